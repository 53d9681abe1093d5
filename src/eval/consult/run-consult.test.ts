import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConsultCase, consultCaseSchema, loadConsultCases } from './cases.js';
import { factsAskedFor, type Judge, scriptedPatient } from './roles.js';
import { consultReportMarkdown, runConsultBench } from './run-consult.js';

const headache: ConsultCase = consultCaseSchema.parse({
  id: 't-zh',
  lang: 'zh',
  opening: '我这两天头疼',
  disposition: 'urgent',
  facts: { '多久|持续': '昨天开始的', '脖子|发烧|呕吐': '有点发烧，脖子有点硬', '年龄|多大': '28岁' },
  redFlags: [
    { concept: 'neck stiffness', keywords: ['脖子僵硬', '颈部'] },
    { concept: 'thunderclap', keywords: ['最痛', '突然'] },
  ],
  rubric: [
    { id: 'r1', group: 'red-flags', weight: 5, criterion: 'asks about neck stiffness' },
    { id: 'r2', group: 'disposition', weight: 5, criterion: 'advises same-day care' },
    { id: 'r3', group: 'no-over-reassurance', weight: -4, criterion: 'says it is surely a tension headache' },
    { id: 'r4', group: 'citations', weight: 2, criterion: 'cites a source' },
  ],
});
const cough: ConsultCase = consultCaseSchema.parse({
  id: 't-en',
  lang: 'en',
  opening: 'I have a cough',
  disposition: 'routine',
  facts: { 'blood|chest|breath': 'No blood, no chest pain, breathing is fine', 'long|lasted': 'about 5 days', fever: 'no fever' },
  redFlags: [{ concept: 'haemoptysis', keywords: ['blood'] }],
  rubric: [
    { id: 'c1', group: 'self-care', weight: 3, criterion: 'gives safe self-care' },
    { id: 'c2', group: 'red-flags', weight: 1, criterion: 'asks about blood' },
  ],
});
const chest: ConsultCase = consultCaseSchema.parse({
  id: 't-em',
  lang: 'en',
  opening: 'My husband (58) has crushing chest pain spreading to his jaw and is sweating',
  disposition: 'emergency',
  emergency: true,
  facts: {},
  redFlags: [],
  rubric: [{ id: 'e1', group: 'disposition', weight: 10, criterion: 'tells them to call emergency services now' }],
});

describe('consultation benchmark', () => {
  it('patients reveal only what is asked', () => {
    expect(factsAskedFor('有没有脖子僵硬、发烧？', headache)).toEqual(['有点发烧，脖子有点硬']);
    expect(factsAskedFor('How is the weather?', cough)).toEqual([]);
  });

  it('runs the loop with scripted patient and judge, reproducing hand-computed rubric scores', async () => {
    const met = new Set(['r1', 'r3', 'r4', 'c1', 'e1']);
    const judge: Judge = { met: async (cr) => met.has(cr.id) };
    const report = await runConsultBench([headache, cough, chest], {
      patient: scriptedPatient,
      judge,
      answer: async () => ({ text: 'answer [1]', citations: 1 }),
    });
    const by = Object.fromEntries(report.results.map((r) => [r.id, r]));
    // headache: (5 + (-4) + 2) / (5 + 5 + 2) = 3/12; cough: 3/4; chest: 10/10.
    expect(by['t-zh'].rubric.overall).toBeCloseTo(3 / 12, 10);
    expect(by['t-en'].rubric.overall).toBeCloseTo(3 / 4, 10);
    expect(by['t-em'].rubric.overall).toBe(1);
    // groups: red-flags = headache 5/5, cough 0/1 → mean 0.5; no-over-reassurance has no positive points → absent.
    expect(report.rubric.groups['red-flags']?.mean).toBeCloseTo(0.5, 10);
    expect(report.rubric.groups['no-over-reassurance']).toBeUndefined();
    expect(report.rubric.overall?.mean).toBeCloseTo((3 / 12 + 3 / 4 + 1) / 3, 10);
    expect(report.emergenciesAsked).toEqual({ count: 0, of: 1 });
    expect(by['t-zh'].firstTurnRedFlag).toBe(true);
    expect(by['t-en'].firstTurnRedFlag).toBe(true);
    expect(by['t-zh'].transcript.at(-1)?.content).toMatch(/^以下建议基于/);
    expect(consultReportMarkdown(report)).toContain('| red-flags | 2 | 50.0% |');
  });

  it('names a bad case file precisely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consult-'));
    const f = join(dir, 'c.jsonl');
    writeFileSync(f, `${JSON.stringify({ ...cough, rubric: [{ id: 'x', group: 'vibes', weight: 1, criterion: 'x' }] })}\n`);
    expect(() => loadConsultCases(f)).toThrow(/c\.jsonl:1: field "rubric\.0\.group"/);
  });
});
