// Session 32: a name written with another dash inside the word (en dash, non-breaking hyphen, minus) is the same name
// (answer-text.ts foldWordDashes, applied to the reply, the options and the question). Blind xak-104 "Case–control
// study." against the option "Case-control study"; xo-046 "EBV" for "Epstein–Barr virus infection".
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { foldWordDashes } from './answer-text.js';

const design = { A: 'Cross-sectional study', B: 'Cohort study', C: 'Randomized controlled trial', D: 'Ecological study', E: 'Case-control study' };
const q = 'Which study design is most efficient for investigating risk factors for a rare disease?';
const read = (out: string) => readChoiceAnswer(out, { options: design, multi: false, question: q }).value;

describe('a dash is the hyphen it stands for', () => {
  it('folds a dash inside a word, keeps ranges and spaced dashes', () => {
    for (const d of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2212']) expect(foldWordDashes(`Case${d}control study`)).toBe('Case-control study');
    expect(foldWordDashes('Options A–D; 3–5 days; A — lorazepam; x—y')).toBe('Options A–D; 3–5 days; A — lorazepam; x—y');
  });
  it('an option written with an en dash is read by its initialism', () =>
    expect(
      readChoiceAnswer('Glandular fever in a teen. So: EBV.', {
        options: { A: 'Diphtheria', B: 'Epstein–Barr virus infection', C: 'Cytomegalovirus infection' },
        multi: false,
      }).value,
    ).toBe('B'));
  it.each([
    ['Case–control study.', 'E'],
    ['Case‑control study', 'E'],
    ['Answer: case–control study', 'E'],
    ['Cross–sectional study.', 'A'],
  ] as const)('%s', (out, want) => expect(read(out)).toBe(want));
  it.each(['Case–control study or cohort study.', 'Not a case–control study.'])('no credit: %s', (out) => expect(read(out)).toBeNull());
});
