import { describe, expect, it } from 'vitest';
import { extractChoice } from './choice.js';
import { extractDate, extractLabel, extractNumber, extractWeeksDays } from './values.js';

const ABCDE = ['A', 'B', 'C', 'D', 'E'];

describe('extractChoice (lenient letters for MCQ benchmarks)', () => {
  const cases: [string, string, string | null][] = [
    ['plain JSON', '{"answer": "B"}', 'B'],
    ['fenced JSON', '```json\n{"answer": "C"}\n```', 'C'],
    ['JSON after reasoning', 'The patient has gonorrhea, so ceftriaxone.\n\n{"answer": "C"}', 'C'],
    ['reasoning model think block', '<think>maybe A? no, {"answer": "A"} is wrong</think>\n{"answer": "D"}', 'D'],
    ['unclosed think block', '<think>long reasoning {"answer": "A"}', null],
    ['lower case', '{"answer": "b"}', 'B'],
    ['multi with Chinese punctuation', '{"answer": "A，C、D"}', 'ACD'],
    ['list answer', '{"answer": ["D", "a"]}', 'AD'],
    ['list of objects', '[{"answer": "B"}, {"answer": "E"}]', 'BE'],
    ['letter with option text', '{"answer": "B. 肿瘤呈膨胀性生长"}', 'B'],
    ['truncated JSON', '{"answer": "C', 'C'],
    ['Chinese phrase', '综合分析，正确答案是：E。', 'E'],
    ['English phrase', 'Therefore, the answer is (B).', 'B'],
    ['bare letter', 'C', 'C'],
    ['empty', '', null],
    ['prose only', 'I cannot answer medical questions.', null],
    ['out-of-range letter ignored', '{"answer": "Z"}', null],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(extractChoice(text, ABCDE).value).toBe(expected));
  }

  it('maps an answer given as the option text to its letter', () => {
    expect(extractChoice('{"answer": "Ceftriaxone"}', ['A', 'B'], { A: 'Gentamicin', B: 'Ceftriaxone' }).value).toBe('B');
  });
});

describe('label, number, date and weeks-days extraction', () => {
  it('labels', () => {
    expect(extractLabel('{"answer": "Yes"}', ['yes', 'no', 'maybe']).value).toBe('yes');
    expect(extractLabel('Based on the abstract, the answer is maybe.', ['yes', 'no', 'maybe']).value).toBe('maybe');
    expect(extractLabel('no', ['yes', 'no', 'maybe']).value).toBe('no');
    expect(extractLabel('It depends.', ['yes', 'no', 'maybe']).value).toBeNull();
  });
  it('numbers', () => {
    expect(extractNumber('Step 1… so CrCl = 30.2 mL/min.\n{"answer": 30.2}').value).toBe('30.2');
    expect(extractNumber('{"answer": "1,234.5 mL/min"}').value).toBe('1234.5');
    expect(extractNumber('{"answer": "-2"}').value).toBe('-2');
    expect(extractNumber('The answer is 7').value).toBe('7');
    expect(extractNumber('no idea').value).toBeNull();
  });
  it('dates and gestational age', () => {
    expect(extractDate('{"answer": "8/5/2021"}').value).toBe('08/05/2021');
    expect(extractDate('due 2021-08-05').value).toBe('08/05/2021');
    expect(extractWeeksDays('{"answer": "(14 weeks, 2 days)"}').value).toBe('14,2');
    expect(extractWeeksDays("('3 weeks', '4 days')").value).toBe('3,4');
  });
});
