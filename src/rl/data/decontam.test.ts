import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { createDecontaminator } from './decontam.js';
import { benchmarkForFile } from './eval-sets.js';

const rows = readFileSync(sharedPath('bench', 'cmexam-val.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 2000)
  .map((l) => JSON.parse(l) as { Question: string; Options: string });
const evals = rows.map((r, i) => ({ set: 'cmexam', id: `cmexam-${i + 1}`, text: `${r.Question}\n${r.Options}` }));
const deco = createDecontaminator(evals);

describe('decontamination', () => {
  it('finds exact copies after width/punctuation/space normalisation', () => {
    const t = `${rows[10].Question}\n${rows[10].Options}`.replace(/，/g, ',').replace(/\s+/g, '  ');
    expect(deco.check(t)).toMatchObject({ kind: 'exact', set: 'cmexam', evalId: 'cmexam-11' });
  });

  it('finds near-duplicates (reworded prefix, extra sentence) by n-gram containment', () => {
    const r = rows[500];
    const hit = deco.check(`以下说法请判断：${r.Question}（单选）\n${r.Options}\n请给出理由。`);
    expect(hit).toMatchObject({ kind: 'near', evalId: 'cmexam-501' });
    expect(hit!.overlap).toBeGreaterThan(0.5);
  });

  it('leaves unrelated items alone', () => {
    let false_ = 0;
    const others = readFileSync(sharedPath('bench', 'cpqexam-dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 300);
    for (const l of others) {
      const r = JSON.parse(l) as { question: string; option: string };
      if (deco.check(`${r.question}\n${r.option}`)) false_++;
    }
    expect(false_).toBeLessThan(5);
  });

  it('maps eval file names to benchmark loaders', () => {
    expect(benchmarkForFile('medqa-mcmle-dev.jsonl')).toBe('medqa-mcmle');
    expect(benchmarkForFile('medqa-us-dev.jsonl')).toBe('medqa-us');
    expect(benchmarkForFile('cmmlu-dev')).toBe('cmmlu-medical');
    expect(benchmarkForFile('medicationqa-dev.jsonl')).toBeNull();
  });
});
