// Session 27 (extract-ag xag-086, xag-106; extract-ad xad-032; extract-ae xae-060): a per-option verdict layout whose rows
// carry the verdict as a mark before a bare letter ("✔ A", "✅A", "☑ A") or a verdict word after a Chinese label
// ("A项：正确。") is the reply's set only when the rows are the reply: nothing before them, nothing but rows between them,
// and nothing after them that names a letter, takes an answer back or doubts (evidence-reader.ts layoutIsTheReply).
// Rows from bench/extract-s27-verdict-row-probes.jsonl, both halves; the near-miss half holds another person's rows, a
// past draft followed by a new answer, a retraction, rows over two questions, 对于/正确率 read as no verdict.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { readChoiceAnswer } from './final-answer.js';
import { verdictLayout } from './evidence-reader.js';
import { letterContext } from './final-answer.js';

interface Probe {
  id: string;
  kind: string;
  question: string;
  options: Record<string, string>;
  multi: boolean;
  output: string;
  gold: string | null;
}
const probes: Probe[] = readBenchProbes<Probe>('extract-s27-verdict-row-probes.jsonl');
// Left as they were at the start (see bench/results/extract-s27-notes.md): rows under a heading (006, 013) and mixed
// old/new rows (019) stay unread; rows for three of five options (023), a doubt the doubt reader does not know (047),
// old-form rows given to a student (050), negative stems judged by rows (051–053), 正确率 on a row (059), rows against
// a final answer (064).
const LEFT = new Set(['s27v-006', 's27v-013', 's27v-019', 's27v-023', 's27v-047', 's27v-050', 's27v-051', 's27v-052', 's27v-053', 's27v-059', 's27v-064']);
const read = (p: Probe) => readChoiceAnswer(p.output, { options: p.options, multi: p.multi, question: p.question }).value;

describe('the probes of the verdict rows', () => {
  it('holds at least 20 rows of each half', () => {
    expect(probes.filter((p) => p.kind === 'sign').length).toBeGreaterThanOrEqual(20);
    expect(probes.filter((p) => p.kind === 'near-miss').length).toBeGreaterThanOrEqual(20);
  });
  it.each(probes.filter((p) => !LEFT.has(p.id)).map((p) => [p.id, p.output, p] as const))('%s %s', (_id, _out, p) => expect(read(p)).toBe(p.gold));
});

describe('verdictLayout reads a wide-form row only in a layout that is the reply', () => {
  const options = { A: '多由EV71引起', B: '可并发脑干脑炎', C: '应常规使用抗生素', D: '持续高热是重症预警信号', E: 'EV71疫苗可预防所有型别' };
  const ctx = letterContext({ options, multi: true });
  const yes = (text: string) =>
    [...verdictLayout(text, ctx)]
      .filter(([, v]) => v)
      .map(([l]) => l)
      .join('');
  it.each([
    ['✔ A\n✔ B\n✘ C\n✔ D\n✘ E', 'ABD'],
    ['A项：正确。\nB项：正确。\nC项：错误。\nD项：正确。\nE项：错误。\n\n以上。', 'ABD'],
    ['☑ A\n☐ B\n☑ C\n☐ D\n☐ E', 'AC'],
  ])('%s → %s', (text, want) => expect(yes(text)).toBe(want));
  it.each([
    '学生的作答：\nA项：正确\nB项：正确\nC项：错误\nD项：正确\nE项：错误',
    'A项：正确\nB项：正确\n第2题：\nC项：错误\nD项：正确\nE项：错误',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\nWait — actually only A.',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\n现在看来不对，应该是A、B。',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\nNot sure about D though.',
    'A项：对于EV71很常见\nB项：对于重症需警惕',
  ])('no wide-form verdicts: %s', (text) => expect(yes(text)).toBe(''));
});
