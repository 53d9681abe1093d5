// Session 13's reading floors, on sentences of our own (not from any blind batch), read through readChoiceAnswer as the
// eval harness and the RL exam verifier do: a terminology name counts only said whole, a genus written short is no
// option letter, and an answer read from options merely named in prose keeps no option the reply only rejects.
import { describe, expect, it } from 'vitest';
import { asksRejected, readChoiceAnswer } from './final-answer.js';
import { contentUnits, optionNameUnits, optionUnits, unitsSaid } from './option-names.js';

const potassium = { A: '低钠血症', B: '高钾血症', C: '低钾血症', D: '高钙血症', E: '高镁血症' };
const read = (out: string, options: Record<string, string>, extra: { multi?: boolean; question?: string } = {}) =>
  readChoiceAnswer(out, { options, multi: extra.multi ?? false, question: extra.question }).value;

describe('a terminology name is one word of the other language, not a bag of its words', () => {
  it('a phrase saying part of a name names no option', () => {
    // 低钾血症's lay name "low potassium" shares "potassium" with what any potassium disorder is about.
    expect(read('挤压伤后肌肉坏死，钾大量释放入血。所以最危险的是 the potassium problem.', potassium)).toBeNull();
  });
  it("a word of one option's name does not name it where another option is the same kind of thing", () => {
    const heart = { A: '低血压', B: '高血钾', C: '高血压', D: '心肌梗死', E: '心房颤动' };
    // 'heart' of 心肌梗死's "heart attack" (心房颤动 is a heart problem too); 'high' of 高血压's "high blood pressure" (高血钾 is high too).
    expect(read('Answer: a heart problem', heart)).toBeNull();
    expect(read('Blood pressure is the issue here; the answer is the high one.', heart)).toBeNull();
    expect(read('Answer: heart attack', heart)).toBe('D');
  });
  it('the whole name still names its option, in another spelling too', () => {
    expect(read('挤压伤后肌肉坏死，钾大量释放入血。所以最危险的是 hyperkalaemia.', potassium)).toBe('B');
    expect(read('挤压伤后肌肉坏死。最危险的是 low potassium.', potassium)).toBe('C');
  });
  it('unitsSaid adds a name only when every unit of it is said', () => {
    const units = optionUnits(potassium);
    const names = optionNameUnits(potassium);
    expect(unitsSaid(contentUnits('the potassium problem'), units, names).get('C')?.has('potass')).toBe(false);
    expect(unitsSaid(contentUnits('very low potassium'), units, names).get('C')?.has('potass')).toBe(true);
  });
  it('a name its units cannot keep whole is left to the alias reader ("vitamin b1" is not "vitamin")', () => {
    const vit = { A: 'Folic acid', B: 'Thiamine', C: 'Pyridoxine', D: 'Cyanocobalamin' };
    expect(optionNameUnits(vit).get('B')).toEqual([]);
    expect(read('Glucose metabolism needs a cofactor here. Therefore the vitamin that must be given before dextrose is', vit)).toBeNull();
  });
});

describe('a capital, a full stop and a lower-case word is a genus written short, not an option letter', () => {
  const uti = {
    A: 'Amoxicillin for 7 days',
    B: 'Intramuscular ceftriaxone',
    C: 'Levofloxacin for 14 days',
    D: 'Nitrofurantoin for 5 days',
    E: 'Intravenous vancomycin',
  };
  it('names no option', () => {
    expect(read('Local resistance matters: most cystitis is caused by E. coli, and resistance is rising.', uti)).toBeNull();
    expect(read('This looks like an infection with C. difficile after the antibiotics.', uti)).toBeNull();
  });
  it('after an answer cue too, and a binomial option is named by its short form (self-probe after READY)', () => {
    const org = { A: 'Staphylococcus aureus', B: 'Escherichia coli', C: 'Clostridioides difficile', D: 'Bacteroides fragilis', E: 'Candida albicans' };
    // The start design read these as the letters E and C.
    expect(read('It is E. coli.', org)).toBe('B');
    expect(read('Most likely E. coli — the usual uropathogen.', org)).toBe('B');
    expect(read('Recent clindamycin, profuse watery diarrhoea: C. difficile.', org)).toBe('C');
    expect(read('Most likely E. coli, so nitrofurantoin.', uti)).toBe('D');
  });
  it('an option label is still read', () => {
    expect(read('Short course, good tissue levels in the bladder.\n\nD. Nitrofurantoin for 5 days', uti)).toBe('D');
  });
});

describe('the rejection floor', () => {
  const htn = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
  const best = 'Which is the most appropriate drug for this pregnant woman with chronic hypertension?';
  const avoid = 'Which drug should be avoided in this pregnant woman?';
  it('an option the reply names only to reject it is never its answer', () => {
    for (const reply of [
      'Avoid lisinopril.',
      'Lisinopril should be avoided.',
      'Lisinopril is contraindicated in pregnancy.',
      'Rule out lisinopril.',
      'Avoid A.',
    ])
      expect(read(reply, htn, { question: best })).toBeNull();
  });
  it('a question asking what to avoid is answered by the rejection', () => {
    expect(read('Avoid lisinopril.', htn, { question: avoid })).toBe('A');
    expect(read('Lisinopril is contraindicated in pregnancy.', htn, { question: '妊娠期高血压禁用的药物是' })).toBe('A');
  });
  it('without the question, readings are as before (the stem may ask what to avoid)', () => {
    expect(read('Avoid lisinopril.', htn)).toBe('A');
  });
  it('an option also named without a rejection, a comparison or an answer statement stays', () => {
    expect(read('Not lisinopril. Labetalol.', htn, { question: best })).toBe('D');
    expect(read('Anything other than labetalol would be a mistake here.', htn, { question: best })).toBe('D');
    // Self-probes after READY: a comparison with a negative subject, a clause opened by "without" (a condition).
    expect(read('Nothing beats labetalol here.', htn, { question: best })).toBe('D');
    expect(read('Without labetalol, her pressure will stay dangerous.', htn, { question: best })).toBe('D');
    expect(read('Avoid lisinopril. Final answer: A', htn, { question: best })).toBe('A');
  });
  it('asksRejected reads the stem polarity', () => {
    expect(asksRejected(avoid)).toBe(true);
    expect(asksRejected('All of the following are true EXCEPT')).toBe(true);
    expect(asksRejected('下列哪项是错误的')).toBe(true);
    expect(asksRejected(best)).toBe(false);
  });
});
