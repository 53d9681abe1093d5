// Replies rendered as HTML (session 31 reviews): the reader takes their tags as written. Stripping tags was tried and
// reverted — it moved \boxed{} spans before their corrections, read block lists as another set, and a <br> turned a
// hedge or correction into a separate line the reader does not carry back ("Answer: A<br>Not sure, maybe D.").
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const anaphylaxis = { A: 'Intramuscular adrenaline', B: 'IV hydrocortisone', C: 'Oral cetirizine', D: 'Nebulised salbutamol' };
const hyperK = { A: '静注葡萄糖酸钙', B: '口服聚磺苯乙烯', C: '呋塞米', D: '低钾饮食' };
const ssri = { A: 'Sertraline', B: 'Venlafaxine', C: 'Fluoxetine', D: 'Amitriptyline', E: 'Citalopram' };
const one = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: false }).value;

describe('a boxed letter corrected after it in HTML is not credited (rx31-148, -190, -191, -192)', () => {
  it.each([
    ['<div><p><b>Step 1</b></p><p><b>Step 2</b></p></div>\\boxed{A}<p>Actually B.</p>', anaphylaxis],
    ['<h2>Answer</h2>\\boxed{D}<p>No, A.</p>', anaphylaxis],
    ['<p><b>Analysis</b></p><p><i>Hydrocortisone</i> is slow.</p>\\boxed{B}\n\nWait, A.', anaphylaxis],
    ['<p>分析如下。</p>\\boxed{C}<p>更正：A。</p>', hyperK],
  ])('%s', (out, options) => expect(one(out, options)).toBeNull());
});

describe('a hedge or correction after <br> still governs the letter before it', () => {
  it.each([
    ['Answer: A<br>Not sure, maybe D.', anaphylaxis],
    ['\\boxed{A}<br>Hmm, or B.', anaphylaxis],
    ['答案：A<br>没把握。', hyperK],
  ])('%s', (out, options) => expect(one(out, options)).toBeNull());
});

describe('HTML lists read as the set they list (rx31-156, -094, -153)', () => {
  it.each([
    ['<p>The SSRIs are:</p><ul><li>Sertraline</li><li>Fluoxetine</li><li>Citalopram</li></ul>'],
    ['<ol><li>Sertraline</li><li>Fluoxetine</li><li>Citalopram</li></ol>'],
    ['<ul><li>A</li><li>C</li><li>E</li></ul>'],
  ])('%s', (out) => expect(readChoiceAnswer(out, { options: ssri, multi: true }).value).toBe('ACE'));
});
