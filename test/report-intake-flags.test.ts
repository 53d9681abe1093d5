// The intake scorer's flag comparison (bench/report-intake.ts flagAgrees, session 30): the gold writers' vocabulary
// (normal/low/high/abnormal/unknown + critical, or critical-low/-high in batches 1–17) against ours.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlindReports } from '../bench/report-blind-cases.js';
import { emptyTally, flagAgrees, scoreCase } from '../bench/report-intake.js';
import type { LabFlag, LabResult } from '../src/report/types.js';

const OURS: LabFlag[] = ['normal', 'low', 'high', 'critical-low', 'critical-high', 'unknown'];
const agreeing = (gold: string) => OURS.filter((o) => flagAgrees(gold, o));

describe('flagAgrees', () => {
  it('credits the direction: a critical flag is an out-of-range flag with its direction', () => {
    expect(agreeing('high')).toEqual(['high', 'critical-high']);
    expect(agreeing('low')).toEqual(['low', 'critical-low']);
    expect(agreeing('critical-high')).toEqual(['high', 'critical-high']);
    expect(agreeing('critical-low')).toEqual(['low', 'critical-low']);
  });
  it('abnormal (a qualitative result outside its reference) is any out-of-range flag, never normal or unknown', () => {
    expect(agreeing('abnormal')).toEqual(['low', 'high', 'critical-low', 'critical-high']);
    expect(agreeing('critical')).toEqual(['low', 'high', 'critical-low', 'critical-high']);
  });
  it('normal and unknown agree only with themselves, and so does a word outside the vocabulary', () => {
    expect(agreeing('normal')).toEqual(['normal']);
    expect(agreeing('unknown')).toEqual(['unknown']);
    expect(agreeing('borderline')).toEqual([]);
  });
  it('never takes back a flag the exact comparison (before session 30) credited, on every gold flag of every batch', () => {
    const dir = join(import.meta.dirname, '..', 'bench', 'blind');
    const golds = new Set(
      readdirSync(dir)
        .filter((f) => /^report-texts-\d+\.jsonl$/.test(f))
        .flatMap((f) => readBlindReports(join(dir, f)).flatMap((c) => c.expected.map((e) => e.flag))),
    );
    expect(golds.size).toBeGreaterThanOrEqual(5);
    for (const gold of golds) for (const o of OURS) if (o === gold) expect(flagAgrees(gold, o)).toBe(true);
  });
});

// Review s30: once the flag column credits a direction, a critical missed with the direction right (gold critical-low,
// ours low: r16 PLT 14) was in no list; a missed or over-called critical now gets its own line in `misses`.
describe('scoreCase misses', () => {
  const got = (code: string, valueText: string, flag: LabFlag) =>
    ({ name: code, code, valueText, value: Number(valueText), unit: null, flag }) as unknown as LabResult;
  it('lists a critical missed with its direction right, and a critical over-called', () => {
    const t = emptyTally();
    scoreCase(
      {
        id: 'c1',
        text: '',
        expected: [
          { code: 'plt', value: '14', unit: null, flag: 'low', critical: true },
          { code: 'k', value: '5.6', unit: null, flag: 'high' },
        ],
      },
      [got('plt', '14', 'low'), got('k', '5.6', 'critical-high')],
      t,
      'text',
    );
    expect(t.flagCorrect).toBe(2);
    expect(t.criticalFoundOrMarked).toBe(0);
    expect(t.criticalOvercall).toBe(1);
    expect(t.misses).toEqual([
      'text c1: plt critical missed: low 14, gold low (critical) 14',
      'text c1: k critical over-called: critical-high 5.6, gold high not critical',
    ]);
  });
});
