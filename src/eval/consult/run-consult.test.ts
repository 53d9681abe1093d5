import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConsultCase, consultCaseSchema, loadConsultCases } from './cases.js';
import { factsAskedFor, type Judge, judgeVerdict, scriptedPatient } from './roles.js';
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
    // Headache with a fever and a stiff neck told in the replies completes the meningitis picture (emergency-pictures.ts,
    // session 33): the case is answered at once as an emergency, with the model's answer.
    expect(by['t-zh'].transcript.at(-1)?.content).toBe('answer [1]');
    expect(consultReportMarkdown(report)).toContain('| red-flags | 2 | 50.0% |');
  });

  it('computes the red-flag and disposition groups without a model, from what each case states', async () => {
    const report = await runConsultBench([headache, cough, chest], { patient: scriptedPatient, answer: async () => ({ text: 'answer [1]', citations: 1 }) });
    const by = Object.fromEntries(report.results.map((r) => [r.id, r]));
    // The crushing chest pain is answered at once as an emergency: kept, and it lists no red flags to ask.
    expect(by['t-em'].finalLevel).toBe('emergency');
    expect(by['t-em'].redFlagsAsked).toBeNull();
    expect(report.noModel.disposition.emergenciesKept).toBe(1);
    expect(report.noModel.disposition.emergencies).toBe(1);
    // Each case's share of red-flag concepts asked is read off its own question turns by the concepts' keywords.
    for (const r of report.results.filter((x) => x.redFlagsAsked !== null)) {
      const c = [headache, cough].find((x) => x.id === r.id) as ConsultCase;
      const asked = r.transcript
        .filter((m) => m.role === 'assistant' && /^(为了给出|To give you)/.test(m.content))
        .map((m) => m.content.toLowerCase())
        .join('\n');
      const hand = c.redFlags.filter((f) => f.keywords.some((k) => asked.includes(k.toLowerCase()))).length / c.redFlags.length;
      expect(r.redFlagsAsked).toBe(hand);
    }
    expect(by['t-en'].redFlagsAsked).toBe(1); // "Any coughing up blood…?" is the cough's first question
    // The table counts each case once, under its own disposition (self-care is the routine level).
    const d = report.noModel.disposition;
    expect(d.of).toBe(3);
    expect(d.counts.urgent[by['t-zh'].finalLevel]).toBe(1);
    expect(d.counts.routine[by['t-en'].finalLevel]).toBe(1);
    expect(d.exact).toBe([by['t-zh'].finalLevel === 'urgent', by['t-en'].finalLevel === 'routine', true].filter(Boolean).length);
    const md = consultReportMarkdown(report);
    expect(md).toContain(`final level exact **${d.exact} / 3**, emergencies kept **1 / 1**`);
    expect(md).toContain('| emergency | 1 | 0 | 0 |');
  });

  it('reads a judge’s verdict only from a JSON "met" boolean; anything else is no verdict, left out of the score', async () => {
    expect(judgeVerdict('{"met": true}')).toBe(true);
    expect(judgeVerdict('```json\n{"met": false}\n```')).toBe(false);
    expect(judgeVerdict('Verdict: {"met":true}')).toBe(true);
    for (const bad of ['yes', '{"met": "yes"}', '{"met": 1}', '{"verdict": true}', '{"met": true} {"met": false}', '{met: true}', ''])
      expect(judgeVerdict(bad), bad).toBeNull();
    // A judge that gives no verdict on the negative criterion: it counts neither way (not a free pass).
    const judge: Judge = { met: async (cr) => (cr.id === 'r3' ? null : cr.id === 'r1' || cr.id === 'r4') };
    const report = await runConsultBench([headache], { patient: scriptedPatient, judge, answer: async () => ({ text: 'answer [1]', citations: 1 }) });
    // r1 5 + r4 2 met of positives 5 + 5 + 2; r3 (−4) unjudged leaves the score.
    expect(report.results[0].rubric.overall).toBeCloseTo(7 / 12, 10);
    expect(report.unjudged).toBe(1);
    expect(consultReportMarkdown(report)).toContain('could not judge 1 criteria');
  });

  it('names a bad case file precisely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consult-'));
    const f = join(dir, 'c.jsonl');
    writeFileSync(f, `${JSON.stringify({ ...cough, rubric: [{ id: 'x', group: 'vibes', weight: 1, criterion: 'x' }] })}\n`);
    expect(() => loadConsultCases(f)).toThrow(/c\.jsonl:1: field "rubric\.0\.group"/);
  });
});
