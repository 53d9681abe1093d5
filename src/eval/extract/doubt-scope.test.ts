// Session 25 (review s25 R1–R12): a denied certainty (不确定, 不肯定, 没有很确定, 唔係幾肯定 in reading form) is doubt only
// when said of the writer's answer (modal-reading.ts writerDoubtsCertainty); an option named in a condition that denies
// it ("不是A的话") leaves the option after it an either/or; 没错 calls nothing false; to a question asking what is set
// aside, a cleft of rejection ("错误的是D") names the answer. Rows from bench/extract-s25-doubt-scope-probes.jsonl, both
// halves; the near-miss half holds the review's regressions R3–R9 and the doubts said of evidence, a diagnosis or a dose.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { readChoiceAnswer } from './final-answer.js';
import { writerDoubtsCertainty } from './modal-reading.js';

interface Probe {
  id: string;
  kind: string;
  question: string;
  options: Record<string, string>;
  output: string;
  gold: string | null;
}
const probes: Probe[] = readBenchProbes<Probe>('extract-s25-doubt-scope-probes.jsonl');
// Left as they were (see bench/results/extract-s25-notes.md): a doubt before the answer's clause (xy-072 labels
// '不太确定，但我倾向于选D' D), and '也慢' read as another option offered.
const LEFT = new Set(['s25d-008', 's25d-009', 's25d-n07']);
const read = (p: Probe) => readChoiceAnswer(p.output, { options: p.options, multi: false, question: p.question }).value;

describe('the probes of the doubt scope, the either/or and the negative-stem cleft', () => {
  it('holds at least 20 rows of each half', () => {
    expect(probes.filter((p) => p.kind === 'sign').length).toBeGreaterThanOrEqual(20);
    expect(probes.filter((p) => p.kind === 'near').length).toBeGreaterThanOrEqual(20);
  });
  it.each(probes.filter((p) => !LEFT.has(p.id)).map((p) => [p.id, p.output, p] as const))('%s %s', (_id, _out, p) => expect(read(p)).toBe(p.gold));
});

describe('writerDoubtsCertainty reads a denied certainty in its clause', () => {
  it.each([
    '我选B，但不肯定。',
    '我觉得是B啦，但没有很确定耶。',
    '我也不太确定，应该是D。',
    '答案是A（不是很肯定）',
    'D项是否入选不太确定，可能要看教材版本。',
    '我选A，其实我不太肯定。',
    '答案不太确定',
  ])('doubt: %s', (t) => expect(writerDoubtsCertainty(t)).toBe(true));
  it.each([
    '答案是A。不过丙戊酸钠的疗效目前证据并不肯定。',
    '选B。研究结果并不肯定维拉帕米在低血压时的安全性。',
    '在诊断不肯定的情况下，也应首选A。',
    '即使诊断不肯定，也应首选A。',
    'A。苯妥英钠起效慢，效果不太肯定。',
    '我选A，不肯定的是剂量。',
    '我揀D，不肯定嘅是剂量。',
    '不确定因素很多，但首选仍是A。',
    '我老师说她不太肯定，但我选A。',
    '我很肯定是A。',
    '肯定不是B，选A。',
  ])('no doubt of the answer: %s', (t) => expect(writerDoubtsCertainty(t)).toBe(false));
});
