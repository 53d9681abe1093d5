// Session 31 (#16/#18): a reply rendered as HTML — its presentation tags are markup, not words (blind xz-040
// "<p>答案：<b>C</b></p>" read the "b" of <b> as option B). A tag counts only when the reply closes one of its name.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const troponin = { A: '肌红蛋白', B: '肌酸激酶（CK）', C: '心肌肌钙蛋白（cTnI/cTnT）', D: '乳酸脱氢酶', E: '天冬氨酸氨基转移酶' };
const read = (out: string) => readChoiceAnswer(out, { options: troponin, multi: false }).value;

describe('HTML presentation tags are not letters', () => {
  it.each([
    ['<p>肌钙蛋白特异性最高。</p>\n<p>答案：<b>C</b></p>', 'C'],
    ['<p>The answer is <strong>C</strong>.</p>', 'C'],
    ['答案：<i>C</i>', 'C'],
    ['<b>Answer:</b> D<br>LDH rises late.', 'D'],
    ['<ul><li>Myoglobin rises first</li></ul><p>Final answer: <em>C</em></p>', 'C'],
  ])('%s', (out, want) => expect(read(out)).toBe(want));
});

describe('angle brackets that close nothing are left as written', () => {
  it.each([
    ['答案：<C>', 'C'],
    ['Answer: <B>', 'B'],
  ])('%s', (out, want) => expect(read(out)).toBe(want));
});

// Review s31 (S1): tags are stripped before the \boxed{} / <answer> spans are placed, so a correction after a boxed
// letter still comes after it; block tags (<p>, <li>, <td>) are left as START read them; <sup>/<sub> part words.
const anaphylaxis = { A: 'Intramuscular adrenaline', B: 'IV hydrocortisone', C: 'Oral cetirizine', D: 'Nebulised salbutamol' };
const hyperK = { A: '静注葡萄糖酸钙', B: '口服聚磺苯乙烯', C: '呋塞米', D: '低钾饮食' };
const ssri = { A: 'Sertraline', B: 'Venlafaxine', C: 'Fluoxetine', D: 'Amitriptyline', E: 'Citalopram' };

describe('a boxed letter corrected after it in HTML is not credited (rx31-148, -190, -191, -192)', () => {
  it.each([
    ['<div><p><b>Step 1</b></p><p><b>Step 2</b></p><p><b>Step 3</b></p><p><b>Step 4</b></p></div>\\boxed{A}<p>Actually B.</p>', anaphylaxis],
    ['<h2>Answer</h2>\\boxed{D}<p>No, A.</p>', anaphylaxis],
    ['<p><b>Analysis</b></p><p><i>Hydrocortisone</i> is slow.</p>\\boxed{B}\n\nWait, A.', anaphylaxis],
    ['<p>分析如下。</p>\\boxed{C}<p>更正：A。</p>', hyperK],
  ])('%s', (out, options) => expect(readChoiceAnswer(out, { options, multi: false }).value).toBeNull());
});

describe('HTML lists and footnote marks read as at START (rx31-156, -094, -153, -099)', () => {
  it.each([
    ['<p>The SSRIs are:</p><ul><li>Sertraline</li><li>Fluoxetine</li><li>Citalopram</li></ul>', true, 'ACE'],
    ['<ol><li>Sertraline</li><li>Fluoxetine</li><li>Citalopram</li></ol>', true, 'ACE'],
    ['<ul><li>A</li><li>C</li><li>E</li></ul>', true, 'ACE'],
  ])('%s', (out, m, want) => expect(readChoiceAnswer(out, { options: ssri, multi: m }).value).toBe(want));
  it('Answer: A<sup>1</sup> is A', () =>
    expect(readChoiceAnswer('Answer: A<sup>1</sup>\n<sup>1</sup> Resuscitation Council UK.', { options: anaphylaxis, multi: false }).value).toBe('A'));
});
