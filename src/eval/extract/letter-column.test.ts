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
    expect(letterColumns('selected:\n- A\n- B\n\nWait, B is wrong.', ctx)[0].use).toBe('open');
    expect(letterColumns('Correct:\nA\nB', ctx)[0].use).toBe('closing');
    expect(letterColumns('Correct:\nA\nB\nmore text', ctx)[0].use).toBe('open');
    expect(letterColumns('Wrong:\nA\nB', ctx)[0].use).toBe('aside');
    expect(letterColumns('Features:\nA\nB', ctx)[0].use).toBe('open');
    expect(letterColumns('Features:\nA\nB', ctx, 'Which are features of X?')[0].use).toBe('closing');
  });
});

// Review s26 (bench/extract-s26-review-probes.jsonl): a rejection, condition or differential before the arrow (rows
// 1–11); a choice key drafted and then corrected or answered again (rows 12–18); a label sharing one topic word (§3).
describe('review s26: what is said before an arrow, after a choice key, and in a label', () => {
  const DVT = {
    question: 'Which of the following are risk factors for deep vein thrombosis? Select all that apply.',
    options: { A: 'Recent hip surgery', B: 'Combined oral contraceptive pill', C: 'Regular swimming', D: 'Active malignancy', E: 'Vegetarian diet' },
  };
  it.each([
    ['Excluded -> C/E', null],
    ['Swimming and diet do not raise risk. Excluded -> C/E', null],
    ['Not risk factors -> C/E', null],
    ['If pregnant -> A/C', null],
    ['Ddx -> B/C', null],
    ['Evaluate with A/B testing -> A/B', null],
    ['Order: A -> B -> C/E', 'AB'], // as before the column reader: the sequence's set is not read
    ['C/E excluded → A/B/D', 'ABD'], // the rejection names its own letters
    ['Immobility after surgery, oestrogen and malignancy -> A/B/D', 'ABD'],
    ['Swimming is protective. -> A/B/D', 'ABD'], // only the arrow's own clause is read
  ])('%j → %s', (text, want) => expect(many(text, DVT)).toBe(want));
  it.each(['排除 → D/E', '唔係中風 → D/E'])('%j → null', (text) => expect(many(text, STROKE)).toBeNull());
  it('a rejection before the arrow restates a NOT question', () =>
    expect(
      many('NOT UMN features -> B, E', { question: 'Which of the following are NOT features of an upper motor neurone lesion?', options: NEPHROTIC.options }),
    ).toBe('BE'));

  it.each([
    ['selected:\n  - A\n  - C\n\nActually, C is wrong — swimming is protective. A, B and D.', 'ABD'],
    ['My picks:\nA\nC\n\nFinal answer: A, B, D', 'ABD'],
    ['Draft\nselected:\n- A\n- C\n\nAfter checking the guideline, the correct answer is A, B and D.', 'ABD'],
  ])('a choice key yields to a later correction or answer: %j → %s', (text, want) => expect(many(text, DVT)).toBe(want));
  it.each([
    ['已揀：\nA\nD\n\n唔啱，應該係A、B、C。', 'ABC'],
    ['已选：\nA\nD\n\n复核后最终答案是A、B、C。', 'ABC'],
  ])('%j → %s', (text, want) => expect(many(text, STROKE)).toBe(want));
  it('a choice key on a one-answer item, then the answer', () => {
    expect(one('selected:\n - A\n - B\n\nFinal answer: A')).toBe('A');
    expect(one('selected:\n- B\n- C\n\nNo — the answer is A.')).toBe('A');
  });

  it.each([
    'Protective factors:\nC\nE',
    'Irrelevant factors:\nC\nE',
    'Most students picked:\nA\nC\nE',
    'Right-sided findings:\nA\nC',
    'Only apply in children:\nD\nE',
  ])('a label sharing one word with the question, or set aside: %j → not its rows', (text) => expect(many(text, DVT)).toBeNull());
  it.each(['属于晚期表现的：\nD\nE', '与脑卒中无关的表现：\nD\nE'])('%j → null', (text) => expect(many(text, STROKE)).toBeNull());
  it('a label with every topic word of the question restates it (a bracketed aside aside)', () => {
    expect(letterColumns('Risk factors:\nA\nB', { valid: new Set(['A', 'B']) }, DVT.question)[0].use).toBe('closing');
    expect(letterColumns('Nephritic syndrome features:\nA\nB', { valid: new Set(['A', 'B']) }, NEPHROTIC.question)[0].use).toBe('open');
  });
});
