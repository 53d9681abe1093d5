import { describe, expect, it } from 'vitest';
import { ordinalPositions } from './answer-text.js';
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
  it('gives no credit when the letter and the content disagree', () => {
    expect(readChoiceAnswer('解毒剂见上。\n\n故答案：B（氟马西尼）', { options: ZH, multi: false }).value).toBeNull();
  });
});
