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
