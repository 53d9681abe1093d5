// Regression on blind batches extract-a to -e (270 + 260 + 260 + 260 + 200 outputs written blind, frozen and scored at first
// sight before they were studied; see bench/results/first-sight.md). In-sample now: they guard against
// regressions, they do not measure quality — fresh sealed batches do.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { readChoiceAnswer } from './final-answer.js';

type Rec = { id: string; lang: string; options: Record<string, string> | null; multi: boolean; output: string; gold: string | null };
const rows = ['extract-a.jsonl', 'extract-b.jsonl', 'extract-c.jsonl', 'extract-d.jsonl', 'extract-e.jsonl'].flatMap((f) => readBenchProbes<Rec>(`blind/${f}`));
/** null and "INVALID" (extract-c's spelling) are no valid answer. */
const gold = (g: string | null) => (g === null || /^invalid$/i.test(g) ? null : [...new Set(g.toUpperCase())].sort().join(''));

describe('blind batches extract-a to -e as a regression set', () => {
  const results = rows.map((r) => ({ r, pred: readChoiceAnswer(r.output, { options: r.options ?? undefined, multi: r.multi }).value }));

  it('agrees with the labels on at least 98% of outputs in each language', () => {
    for (const lang of ['zh', 'en']) {
      const mine = results.filter((x) => x.r.lang === lang);
      const agree = mine.filter((x) => x.pred === gold(x.r.gold)).length;
      expect(
        agree / mine.length,
        `${lang}: ${mine
          .filter((x) => x.pred !== gold(x.r.gold))
          .map((x) => x.r.id)
          .join(' ')}`,
      ).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('never credits a letter to an output labelled as having no valid answer', () => {
    const credited = results.filter((x) => gold(x.r.gold) === null && x.pred !== null).map((x) => x.r.id);
    expect(credited).toEqual([]);
  });
});

// extract-f to -i: first sight 94.2 / 82.5 / 82.5 / 87.0 %, then studied — in-sample floors at the figures of 7eff272
// (97.5–98.3 / 97.0 / 98.3 / 90.5 %), so a change that loses what the structured reader reads fails here.
describe('blind batches extract-f to -i as a regression set (in-sample)', () => {
  // extract-j to -l added at session 7 (first sight 92.5 / 90.0 / 84.6 %; in-sample at that session's end 95.8 / 97.5 / 86.2 %);
  // floors raised at session 8 after the extract-l/-m studies (f 99.2, g 97.5, h 99.2, i 92.5, j 97.5, k 98.3, l 94.6 % in-sample).
  const floors: Record<string, number> = {
    'extract-f.jsonl': 0.99,
    'extract-g.jsonl': 0.975,
    'extract-h.jsonl': 0.99,
    'extract-i.jsonl': 0.92,
    'extract-j.jsonl': 0.975,
    'extract-k.jsonl': 0.98,
    'extract-l.jsonl': 0.945,
    // extract-m: first sight 88.5 % (session 8, 0f88862), in-sample after its study 94.6 %.
    'extract-m.jsonl': 0.945,
    // extract-n/-o/-p (first sight 74.6 / 70.8 / 75.4 %): in-sample after session 10's stance reader (commitment.ts)
    // 82.3 / 72.3 / 83.8 %.
    // Session 16 (retractions said, the rest / all of the above, answers off the list): n…v in-sample 83.8 / 74.6 / 86.9 /
    // 90.0 / 88.5 / 81.5 / 83.1 / 86.2 / 90.8 % (start of session 16: 83.1 / 73.1 / 84.6 / 89.2 / 87.7 / 80.8 / 82.3 /
    // 83.1 / 89.2 %).
    'extract-n.jsonl': 0.835,
    'extract-o.jsonl': 0.745,
    'extract-p.jsonl': 0.865,
    'extract-q.jsonl': 0.895,
    'extract-r.jsonl': 0.88,
    'extract-s.jsonl': 0.81,
    'extract-t.jsonl': 0.83,
    'extract-u.jsonl': 0.86,
    'extract-v.jsonl': 0.905,
  };
  for (const [file, floor] of Object.entries(floors)) {
    it(`${file} agrees on at least ${(floor * 100).toFixed(1)}%`, () => {
      const recs = readBenchProbes<Rec>(`blind/${file}`);
      const agree = recs.filter((r) => readChoiceAnswer(r.output, { options: r.options ?? undefined, multi: r.multi }).value === gold(r.gold)).length;
      expect(agree / recs.length).toBeGreaterThanOrEqual(floor);
    });
  }
});
