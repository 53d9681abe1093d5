import { describe, expect, it } from 'vitest';
import { screenAnswer } from './screen.js';

const codes = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).map((f) => f.code);

// Doses computed by arithmetic, read as the answer computed them (sentences written for this test).
describe('computed doses', () => {
  it('does not carry a medicine into a later numbered step', () => {
    const answer =
      '1. Adrenaline 1 mg/mL (1:1000), 0.5 mL into the outer thigh.\n2. Lay the person flat with the legs raised.\n3. If the blood pressure stays low, give a saline bolus of 20 mL/kg.';
    expect(codes(answer, 'How is anaphylaxis treated in an adult?')).not.toContain('dose-out-of-range');
  });

  it('judges a rounded volume by the rate the answer states, and exactly without one', () => {
    const q = 'my boy is 14 kg with a fever, how much paracetamol syrup?';
    expect(codes('At 15 mg/kg that is about 210 mg; with the 120 mg/5 mL syrup give 9 mL every 6 hours.', q)).not.toContain('dose-out-of-range');
    expect(codes('With the 120 mg/5 mL paracetamol syrup give him 9 mL every 6 hours.', q)).toContain('dose-out-of-range');
  });

  it('reads a daily total beside the dose as no second amount of the volume', () => {
    const q = 'my son is 16 kg, the doctor gave amoxicillin 400mg/5ml, 6ml twice a day. is that right?';
    expect(codes('With the 400 mg/5 mL suspension, 6 mL = 480 mg per dose, 960 mg/day, which is about 60 mg/kg/day.', q)).not.toContain('dose-out-of-range');
    expect(codes('For a 480 mg dose (960 mg/day) give 0.6 mL of the 400 mg/5 mL suspension.', q)).toContain('dose-out-of-range');
  });
});
