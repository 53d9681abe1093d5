import { describe, expect, it } from 'vitest';
import { ordinalPositions, ordinalsToLetters } from './answer-text.js';
import { readClosingReferences } from './closing-reference.js';
import { letterContext, readChoiceAnswer } from './final-answer.js';

const EN = { A: 'Metformin', B: 'Insulin glargine', C: 'Glipizide', D: 'Pioglitazone', E: 'Sitagliptin' };
const ZH = { A: '阿托品', B: '纳洛酮', C: '氟马西尼', D: '维生素K1', E: '乙酰半胱氨酸' };

describe('ordinalPositions', () => {
  it('reads bare ordinals, counted from either end', () => {
    expect(ordinalPositions('third')).toEqual([2]);
    expect(ordinalPositions('the last two')).toEqual([-2, -1]);
    expect(ordinalPositions('第二个')).toEqual([1]);
    expect(ordinalPositions('最后两项')).toEqual([-2, -1]);
    expect(ordinalPositions('倒数第三')).toEqual([-3]);
    expect(ordinalPositions('first-line')).toBeNull();
    expect(ordinalPositions('the penultimate')).toEqual([-2]);
    expect(ordinalPositions('前两项')).toEqual([0, 1]);
  });
});

describe('ordinalsToLetters (one grammar with ordinalPositions)', () => {
  it('rewrites an ordinal with its noun, and a bare 个 only where the phrase ends', () => {
    expect(ordinalsToLetters('所以倒数第二个.', 'E')).toBe('所以选项D.');
    expect(ordinalsToLetters('所以倒数第二个不行.', 'E')).toBe('所以倒数第二个不行.');
    expect(ordinalsToLetters('所以倒数第三个是错的.', 'E')).toBe('所以倒数第三个是错的.');
    expect(ordinalsToLetters('第二个不行', 'E')).toBe('第二个不行');
    expect(ordinalsToLetters('倒数第二项', 'E')).toBe('D项');
    expect(ordinalsToLetters('So the second-to-last option is the one.', 'E')).toBe('So option D is the one.');
    expect(ordinalsToLetters('My final choice: B', 'E')).toBe('My final choice: B');
  });
  it('agrees with ordinalPositions on every ordinal it rewrites', () => {
    const last = 'E';
    for (const [phrase, bare] of [
      ['the penultimate choice', 'penultimate'],
      ['the third-to-last option', 'third-to-last'],
      ['the fourth choice', 'fourth'],
      ['倒数第二项', '倒数第二'],
      ['最后一项', '最后一'],
      ['第三个选项', '第三'],
    ]) {
      const at = ordinalPositions(bare)?.[0] as number;
      const letter = 'ABCDE'[at >= 0 ? at : 5 + at];
      expect(ordinalsToLetters(phrase, last)).toContain(letter);
    }
  });
});

describe('readClosingReferences', () => {
  const en = letterContext({ options: EN, multi: true });
  it('resolves ordinals, letters and content in one closing list', () => {
    expect(readClosingReferences('Long discussion.\n\nSo: the second, plus the last two.', en, true)?.letters).toEqual(['B', 'D', 'E']);
    expect(readClosingReferences('Reasoning here.\n\nThat leaves A and the glipizide one.', en, true)?.letters).toEqual(['A', 'C']);
  });
  it('reads "all except" as the complement', () => {
    expect(readClosingReferences('Thinking.\n\nSo all except the pioglitazone one.', en, true)?.letters).toEqual(['A', 'B', 'C', 'E']);
    const zh = letterContext({ options: ZH, multi: true });
    expect(readClosingReferences('分析略。\n\n所以除了第一个和最后一个，其余都对。', zh, true)?.letters).toEqual(['B', 'C', 'D']);
  });
  it('abstains on a piece that names no option, on options left open, and on a denial', () => {
    expect(readClosingReferences('So the answer is acarbose.', en, false)).toBeNull();
    expect(readClosingReferences('So metformin or glipizide, depending on renal function.', en, false)).toBeNull();
    expect(readClosingReferences('So glipizide and pioglitazone are not indicated.', en, true)).toBeNull();
  });
  it('reads "all except" by what it says of the rest: right → the rest, rejected → the list alone, unsaid → unread', () => {
    const zh = letterContext({ options: ZH, multi: true });
    expect(readClosingReferences('分析略。\n\n所以除了纳洛酮，其余都是错的。', zh, true)?.letters).toEqual(['B']);
    expect(readClosingReferences('分析略。\n\n所以除了纳洛酮以外其余都可以排除。', zh, true)?.letters).toEqual(['B']);
    expect(readClosingReferences('分析略。\n\n所以除了氟马西尼，其余选项都不正确。', zh, true)?.letters).toEqual(['C']);
    expect(readClosingReferences('分析略。\n\n所以除了纳洛酮，其余都是。', zh, true)).toBeNull();
    expect(readClosingReferences('分析略。\n\n所以除了纳洛酮，其余都可以。', zh, true)).toBeNull();
    expect(readClosingReferences('分析略。\n\n所以都错，除了阿托品。', zh, true)?.letters).toEqual(['A']);
    expect(readClosingReferences('分析略。\n\n所以都对，除了阿托品。', zh, true)?.letters).toEqual(['B', 'C', 'D', 'E']);
    expect(readClosingReferences('Thinking.\n\nSo all but glipizide are incorrect.', en, true)?.letters).toEqual(['C']);
    expect(readClosingReferences('Thinking.\n\nSo all but metformin and glipizide can be ruled out.', en, true)?.letters).toEqual(['A', 'C']);
    expect(readClosingReferences('Thinking.\n\nSo all are wrong except sitagliptin.', en, true)?.letters).toEqual(['E']);
    expect(readClosingReferences('Thinking.\n\nSo all but glipizide are correct.', en, true)?.letters).toEqual(['A', 'B', 'D', 'E']);
    expect(readClosingReferences('Thinking.\n\nSo all but glipizide cause weight gain.', en, true)).toBeNull();
    expect(readClosingReferences('Thinking.\n\nSo all are reasonable but glipizide is best.', en, true)).toBeNull();
    expect(readClosingReferences('分析略。\n\n所以除了阿托品，其余都是干扰项。', zh, true)?.letters).toEqual(['A']);
  });
  it('reads no option a closing rejects, whether named by letter, position or content', () => {
    const zh = letterContext({ options: ZH, multi: false });
    const one = letterContext({ options: EN, multi: false });
    expect(readClosingReferences('B\n\n故选项D无效。', zh, false)).toBeNull();
    expect(readClosingReferences('B 纳洛酮\n\n故倒数第二个无效。', zh, false)).toBeNull();
    expect(readClosingReferences('纳洛酮\n\n所以维生素K1不行。', zh, false)).toBeNull();
    expect(readClosingReferences('Insulin glargine.\n\nSo the penultimate choice is a distractor.', one, false)).toBeNull();
    expect(readClosingReferences('Insulin glargine.\n\nSo the last one is ruled out.', one, false)).toBeNull();
    expect(readClosingReferences('Insulin glargine.\n\nSo pioglitazone is incorrect.', one, false)).toBeNull();
  });
  it('calls a letter written with another option’s content a conflict', () => {
    const zh = letterContext({ options: ZH, multi: false });
    expect(readClosingReferences('解毒剂选择如上。\n\n故答案：B（氟马西尼）', zh, false)?.conflict).toBe(true);
    expect(readClosingReferences('解毒剂选择如上。\n\n故答案：C（氟马西尼）', zh, false)?.letters).toEqual(['C']);
  });
});

describe('readChoiceAnswer with closing references', () => {
  it('reads an answer given by position from the end', () => {
    expect(readChoiceAnswer('First-line for most patients.\n\nSo the second-to-last option is the one.', { options: EN, multi: false }).value).toBe('D');
    expect(readChoiceAnswer('维生素K拮抗剂过量的解毒。\n\n所以答案选倒数第二个。', { options: ZH, multi: false }).value).toBe('D');
  });
  it('reads a multi-answer closing that mixes a letter, content and ordinals', () => {
    expect(readChoiceAnswer('Glipizide causes hypoglycaemia; so does insulin.\n\nSo: C, plus the last two.', { options: EN, multi: true }).value).toBe('CDE');
  });
  it('never credits an option the reply rejects (a reward must not pay for it)', () => {
    const zh = { options: ZH, multi: false };
    const en = { options: EN, multi: false };
    for (const reply of [
      '纳洛酮\n\n所以倒数第二个不行。',
      'B 纳洛酮\n\n所以倒数第二个是错的。',
      'B\n\n故选项D无效。',
      'B 纳洛酮\n\n故倒数第二个无效。',
      'B 纳洛酮\n\n所以选项D不行。',
      'B 纳洛酮\n\n所以倒数第二项不考虑。',
    ])
      expect(readChoiceAnswer(reply, zh).value).not.toBe('D');
    for (const reply of [
      'Insulin glargine.\n\nSo the penultimate choice is a distractor.',
      'Insulin glargine.\n\nSo option D is a distractor.',
      'B\n\nSo the second-to-last option is incorrect.',
      "Insulin glargine.\n\nSo the fourth one shouldn't be used.",
    ])
      expect(readChoiceAnswer(reply, en).value).not.toBe('D');
    expect(readChoiceAnswer('分析略。\n\n所以除了纳洛酮，其余都是错的。', { options: ZH, multi: true }).value).toBe('B');
    expect(readChoiceAnswer('分析略。\n\n所以除了纳洛酮以外其余都可以排除。', { options: ZH, multi: true }).value).toBe('B');
    expect(readChoiceAnswer('So all but glipizide are incorrect.', { options: EN, multi: true }).value).toBe('C');
  });
  it('still reads an answer whose next clause rejects something else, or says it is right', () => {
    const en = { options: EN, multi: false };
    const zh = { options: ZH, multi: false };
    expect(readChoiceAnswer('Reasoning.\n\nThe answer is D — the others are wrong.', en).value).toBe('D');
    expect(readChoiceAnswer('Reasoning.\n\nThe answer is D because it does not cause hypoglycaemia.', en).value).toBe('D');
    expect(readChoiceAnswer('Reasoning.\n\nThe answer is D since metformin is contraindicated.', en).value).toBe('D');
    expect(readChoiceAnswer('Reasoning.\n\nThe answer is D, not C.', en).value).toBe('D');
    expect(readChoiceAnswer('分析。\n\n所以选D不会错。', zh).value).toBe('D');
    expect(readChoiceAnswer('分析。\n\n答案是D，没错。', zh).value).toBe('D');
    expect(readChoiceAnswer('分析。\n\n答案是D，因为其他药物无效。', zh).value).toBe('D');
  });
  it('gives no credit when the letter and the content disagree', () => {
    expect(readChoiceAnswer('解毒剂见上。\n\n故答案：B（氟马西尼）', { options: ZH, multi: false }).value).toBeNull();
  });
});
