import { describe, expect, it } from 'vitest';
import { closesDeclining } from './closing-decline.js';
import { readChoiceAnswer } from './final-answer.js';

// Session 44: a reply whose last sentence declines to choose in the writer's own voice (closing-decline.ts). xax-024
// (extract-ax) and look-alikes written for this session (in-sample).
const pancreatitis = {
  A: 'Serum lipase more than 3 times the upper limit of normal',
  B: 'Characteristic epigastric pain radiating to the back',
  C: 'Characteristic findings on contrast-enhanced CT',
  D: 'Elevated ALT',
};

describe('a reply closing that it cannot choose', () => {
  it('credits nothing its stances read (xax-024)', () => {
    const xax024 =
      "To diagnose acute pancreatitis you need 2 of 3 criteria: characteristic abdominal pain, lipase or amylase above 3x ULN, and characteristic imaging findings. An ALT rise can suggest a gallstone etiology. Without more details of the clinical scenario, though, I can't say which findings apply to this particular patient, so I'd need more information before selecting answers.";
    expect(readChoiceAnswer(xax024, { options: pancreatitis, multi: true }).value).toBeNull();
  });

  it('reads the form: first person, a negated ability or a need for more, the choice as its object', () => {
    expect(closesDeclining("Lipase is key. I can't tell which of these applies here.")).toBe(true);
    expect(closesDeclining('脂肪酶升高最有意义。我无法判断该选哪项，需要更多病史。')).toBe(true);
    // A closing that names an option, a third person, or a negation about something else is no decline.
    expect(closesDeclining("I can't see why anyone would pick D. A is right.")).toBe(false);
    expect(closesDeclining("The patient can't choose which drug to take.")).toBe(false);
    expect(closesDeclining("I can't stress enough how specific lipase is.")).toBe(false);
  });

  it('never undoes a stated answer', () => {
    expect(readChoiceAnswer("Answer: A, B, C. I'd need more information to be fully sure about D.", { options: pancreatitis, multi: true }).value).toBe('ABC');
  });
});
