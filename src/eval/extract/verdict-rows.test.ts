// Session 27 (extract-ag xag-086, xag-106; extract-ad xad-032; extract-ae xae-060): a per-option verdict layout whose rows
// carry the verdict as a mark before a bare letter ("✔ A", "✅A", "☑ A") or a verdict word after a Chinese label
// ("A项：正确。") is the reply's set only when the rows are the reply: nothing before them, nothing but rows between them,
// and nothing after them but blank lines and closing punctuation (evidence-reader.ts layoutIsTheReply); one mark on
// every option is not a set (oneMarkOnEveryOption).
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
// a final answer (064). A closing word after the rows (020, '以上。') is text after them, so the rows are not read.
const LEFT = new Set([
  's27v-006',
  's27v-020',
  's27v-013',
  's27v-019',
  's27v-023',
  's27v-047',
  's27v-050',
  's27v-051',
  's27v-052',
  's27v-053',
  's27v-059',
  's27v-064',
]);
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
    ['A项：正确。\nB项：正确。\nC项：错误。\nD项：正确。\nE项：错误。\n\n。', 'ABD'],
    ['☑ A\n☐ B\n☑ C\n☐ D\n☐ E', 'AC'],
  ])('%s → %s', (text, want) => expect(yes(text)).toBe(want));
  it.each([
    '学生的作答：\nA项：正确\nB项：正确\nC项：错误\nD项：正确\nE项：错误',
    'A项：正确\nB项：正确\n第2题：\nC项：错误\nD项：正确\nE项：错误',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\nWait — actually only A.',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\n现在看来不对，应该是A、B。',
    '✔ A\n✔ B\n✘ C\n✔ D\n✘ E\n\nNot sure about D though.',
    'A项：对于EV71很常见\nB项：对于重症需警惕',
    'A项：正确。\nB项：正确。\nC项：错误。\nD项：正确。\nE项：错误。\n\n以上。',
    '✔ A\n✔ B\n✔ C\n✔ D\n✔ E',
  ])('no wide-form verdicts: %s', (text) => expect(yes(text)).toBe(''));
});

// Review s27 (/tmp/rev27x, 16 S1): 7a6505c5 read the rows' set when text after the last row was a letter run, an
// option's text, a hedge or a Cantonese correction its tail check did not list. Text after the rows now leaves the reply
// to the other readers (the wide-form rows are not read), so the rows' set is never what these earn.
describe('a reply that goes on after its wide-form rows is not read as the rows', () => {
  const zh = { A: '大量蛋白尿', B: '低白蛋白血症', C: '水肿', D: '红细胞管型', E: '高血压为诊断必备' };
  const en = { A: 'Proteinuria > 3.5 g/day', B: 'Hypoalbuminaemia', C: 'Oedema', D: 'Red cell casts', E: 'Hypertension as defining sign' };
  const zhQ = '下列哪些是肾病综合征的表现？（多选）';
  const enQ = 'Which of the following are features of nephrotic syndrome? (Select all that apply)';
  const rows = '✔ A\n✔ B\n✔ C\n✘ D\n✘ E\n';
  const tails: [Record<string, string>, string, string][] = [
    [zh, zhQ, '唔係，应该系ABCD。'],
    [zh, zhQ, '仅供参考，不一定对。'],
    [zh, zhQ, '其实我是乱猜的。'],
    [zh, zhQ, '不一定对。'],
    [zh, zhQ, '我是蒙的。'],
    [zh, zhQ, '瞎猜的，别当真。'],
    [zh, zhQ, '大概是这样吧。'],
    [zh, zhQ, '不保证正确。'],
    [zh, zhQ, '有待商榷。'],
    [zh, zhQ, '應該吧？'],
    [zh, zhQ, '可能有错。'],
    [en, enQ, 'Just a guess.'],
    [en, enQ, 'Take this with a grain of salt.'],
    [en, enQ, '50/50 on this.'],
    [zh, zhQ, '应该是ABCD。'],
    [zh, zhQ, '其实红细胞管型也算。'],
  ];
  it.each(tails.map(([options, question, tail]) => [tail, options, question] as const))('rows then %s', (tail, options, question) => {
    const ctx = letterContext({ options, multi: true });
    expect(verdictLayout(rows + tail, ctx).size).toBe(0);
    expect(readChoiceAnswer(rows + tail, { options, multi: true, question }).value).not.toBe('ABC');
  });
  it('a tick on every option is bullets, not the set ABCDE (review S3)', () => {
    const text = '✔ A\n✔ B\n✔ C\n✔ D\n✔ E';
    expect(verdictLayout(text, letterContext({ options: en, multi: true })).size).toBe(0);
    expect(readChoiceAnswer(text, { options: en, multi: true, question: enQ }).value).not.toBe('ABCDE');
  });
  it('a cross on every option is no verdict set either', () => {
    expect(verdictLayout('✘ A\n✘ B\n✘ C\n✘ D\n✘ E', letterContext({ options: en, multi: true })).size).toBe(0);
  });
});
