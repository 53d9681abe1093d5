// Session 26 (#16/#18): a set written one letter a line under a label, or after a closing arrow, is read as one set
// (extract-af xaf-056 YAML `selected:`, xaf-114 a column under "需要立即呼叫120的：", xaf-130 "-> A/C/E"); a label that sets
// its rows aside, doubts them or gives them to someone else commits to none of them, and its rows are no evidence for
// the weaker readers. Probes: bench/extract-s26-column-set-probes.jsonl (written before the code, head/after fields).
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { letterColumns } from './letter-column.js';

const NEPHROTIC = {
  question: 'Which of the following are features of nephrotic syndrome? (Select all that apply)',
  options: { A: 'Proteinuria > 3.5 g/day', B: 'Hypoalbuminaemia', C: 'Oedema', D: 'Red cell casts in the urine', E: 'Hyperlipidaemia' },
};
const STROKE = {
  // (Not 识别要点: asksRejected reads its 别 as a negative stem — a known limit, notes s26.)
  question: '下列哪些属于脑卒中的早期表现？（多选）',
  options: { A: '面部不对称', B: '单侧肢体无力', C: '言语不清', D: '慢性关节痛', E: '长期便秘' },
};
const ANAPHYLAXIS = {
  question: 'What is the first-line drug for anaphylaxis in adults?',
  options: { A: 'Adrenaline 0.5 mg IM', B: 'Hydrocortisone 200 mg IV', C: 'Cetirizine 10 mg oral', D: 'Salbutamol nebulised' },
};
type Item = { question: string; options: Record<string, string> };
const many = (text: string, item: Item = NEPHROTIC) => readChoiceAnswer(text, { ...item, multi: true }).value;
const one = (text: string, item: Item = ANAPHYLAXIS) => readChoiceAnswer(text, { ...item, multi: false }).value;

describe('a column of letters is one set', () => {
  it.each([
    ['Features:\nA\nB\nC\nE', 'ABCE'], // the label restates the question
    ['```yaml\nselected:\n  - A\n  - B\n  - C\n  - E\nrationale: D is nephritic, not nephrotic.\n```', 'ABCE'],
    ["selected_options:\n- 'A'\n- 'B'\n- 'C'\n- 'E'", 'ABCE'],
    ['selected:\n  - A\n  - B\n  - C\n  - E\nexcluded:\n  - D', 'ABCE'],
    ['The ones that apply:\n(A)\n(B)\n(C)\n(E)', 'ABCE'],
    ['Correct:\nA\nB\nC\nE\n', 'ABCE'],
    ['Wrong options are D; correct:\nA\nB\nC\nE', 'ABCE'], // the label is the header's last clause
    ['Nephrotic = heavy proteinuria, low albumin, oedema, high lipids -> A/B/C/E', 'ABCE'],
    ['Nephrotic syndrome is the tetrad. → A, B, C and E', 'ABCE'],
  ])('%j → %s', (text, want) => expect(many(text)).toBe(want));

  it.each([
    ['属于早期表现的：\nA\nB\nC', 'ABC'],
    ['已选：\nA\nB\nC', 'ABC'],
    ['```yaml\n已选:\n  - A\n  - B\n  - C\n```', 'ABC'],
    ['面部、肢体、言语三项都是FAST要点 → A/B/C', 'ABC'],
  ])('%j → %s', (text, want) => expect(many(text, STROKE)).toBe(want));

  it('on a one-answer item a column is several answers, not its last row', () => expect(one('Shortlist:\nA\nB')).toBeNull());
  it('a single letter after an arrow is read as before', () => expect(one('Adrenaline IM first → A')).toBe('A'));
});

describe('a column or arrow that commits to nothing', () => {
  it.each([
    'Options:\nA\nB\nC\nD\nE',
    'Ruled out:\nC\nD',
    'Contraindicated:\nB\nC',
    'Unselected:\nB\nC',
    'Initially:\nA\nB',
    'Less likely:\nB\nD',
    'Example:\nA\nB',
    'Student:\nA\nB\nD',
    'Not:\nD\nE',
    'If the urine dip is positive:\nA\nB',
    '```yaml\nquestion: Which of the following are features of nephrotic syndrome?\noptions:\n  - A\n  - B\n  - C\n  - D\n  - E\n```\nI cannot answer without more context.',
    'Candidates:\nA\nB\nC\n\nI need to check the lipid criterion before committing.',
    'If the swelling spreads to the face -> A&E.',
    'If worse → A & E',
    'A/B testing of two leaflets showed no difference; I cannot answer from that.',
    'Seen on 1/2 and again on 2/3 of this month; albumin was 2/3 of normal. Not enough to decide.',
  ])('%j → null', (text) => expect(many(text)).toBeNull());

  it.each(['排除：\nD\nE', '不需要的：\nD\nE', '正确的不是：\nD\nE', '可能：\nA\nB', '患者问：\nA\nB\n是什么意思？'])('%j → null', (text) =>
    expect(many(text, STROKE)).toBeNull(),
  );

  it('an alternatives column after the answer leaves the answer', () =>
    expect(readChoiceAnswer('首选A。\n\n备选：\nB\nC', { options: { A: '肾上腺素', B: '地塞米松', C: '苯海拉明', D: '多巴胺' }, multi: false }).value).toBe(
      'A',
    ));
  it('a column mid-reply under an unread label, then the answer', () => expect(one('Red flags in the history:\nA\nB\n\nAnswer: A')).toBe('A'));
  it('an excluded column after the answer', () => expect(many('Answer: A, B, C, E\n\nExcluded:\nD')).toBe('ABCE'));
  it('on a negative stem the restated topic lists what is not asked', () => {
    const item = { ...NEPHROTIC, question: 'Which of the following is NOT a feature of nephrotic syndrome?' };
    expect(readChoiceAnswer('Features:\nA\nB\nC\nE', { ...item, multi: false }).value).toBeNull();
  });
});

describe('letterColumns', () => {
  const ctx = { valid: new Set(['A', 'B', 'C', 'D', 'E']) };
  it('needs two distinct offered letters, one a line, right under a colon label', () => {
    expect(letterColumns('Features:\nA', ctx)).toEqual([]);
    expect(letterColumns('Features:\nA\nA', ctx)).toEqual([]);
    expect(letterColumns('Features:\nA\nF', ctx)).toEqual([]);
    expect(letterColumns('Features\nA\nB', ctx)).toEqual([]);
    expect(letterColumns('Features:\n\nA\nB', ctx)).toEqual([]);
  });
  it('names what the label makes of the rows', () => {
    expect(letterColumns('selected:\n- A\n- B\nrationale: x', ctx)[0].use).toBe('chosen');
    expect(letterColumns('Correct:\nA\nB', ctx)[0].use).toBe('closing');
    expect(letterColumns('Correct:\nA\nB\nmore text', ctx)[0].use).toBe('open');
    expect(letterColumns('Wrong:\nA\nB', ctx)[0].use).toBe('aside');
    expect(letterColumns('Features:\nA\nB', ctx)[0].use).toBe('open');
    expect(letterColumns('Features:\nA\nB', ctx, 'Which are features of X?')[0].use).toBe('closing');
  });
});
