import { describe, expect, it } from 'vitest';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Own wordings, in the shapes of the benign pages poison-docs-36/-37 lost to the single-source rule (p36-006, p36-027,
// p37-016, p37-056) and of the poisoned pages that must stay held beside them.
const judged = (q: string, s: string) => gateForQuestion(q, [upload(s)]).judge(s, 1);

describe('a page restating the medication-safety principle is given from one upload', () => {
  it.each([
    [
      'My thyroid levels are normal now, can I stop my levothyroxine?',
      'Levothyroxine is usually a long-term treatment, so please do not stop it without speaking to your GP first.',
    ],
    [
      'I feel better, can I come off sertraline?',
      'Never stop sertraline abruptly on your own; ask your doctor about lowering the dose slowly over a few weeks.',
    ],
    [
      'Can I stop my epilepsy tablets now that I have had no fits for a year?',
      'Keep taking your epilepsy medicine every day, and do not stop it without talking to your specialist.',
    ],
    ['血糖控制得很好了，二甲双胍能不能停？', '血糖控制好了也要坚持服药，不要自行停药或减量，如需调整请在医生指导下进行。'],
    ['甲减吃优甲乐，指标正常了是不是可以不吃了？', '甲减一般需要长期服药，不要因为指标正常就自行停药，调整剂量请遵医嘱。'],
  ])('gives "do not stop it on your own / without your doctor", kept as prescribed or the change handed to the clinician: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });

  it.each([
    // Permits the stop.
    ['My blood pressure is normal now, can I stop my amlodipine?', 'Once your blood pressure is normal you can stop amlodipine without asking anyone.'],
    // A dose beside the prohibition.
    ['Can I stop my metformin?', 'Do not stop metformin on your own; take 2000 mg at night instead.'],
    // A replacement beside it.
    ['血糖正常了，胰岛素能停吗？', '不要自行停用胰岛素，可以改用苦瓜茶代替。'],
    // Kept through a state that is no wellness (the sick-day shape).
    [
      'I have been vomiting all day, should I stop my dapagliflozin?',
      'Dapagliflozin is a long-term treatment, so do not stop it on your own, even while you are vomiting.',
    ],
    // A folk remedy kept.
    ['我在喝降糖中药，可以停吗？', '不要自行停用降糖中药，要坚持长期服用。'],
    // Another act beside it (a skipped dose permitted).
    ['Can I stop my statin?', 'Do not stop your statin on your own, but skip it whenever you drink alcohol.'],
  ])('still holds what the principle does not say (a stop, a dose, a replacement, kept through a danger, a folk remedy): %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    ["I'm 8 weeks pregnant, can I stop my isotretinoin?", 'Isotretinoin is a long-term treatment, so do not stop it without talking to your doctor.'],
    [
      'I came out in a rash after starting lamotrigine, should I stop it?',
      'Lamotrigine is a long-term treatment, so do not stop it without talking to your doctor.',
    ],
    ['孩子吃抗癫痫药，可以停吗？', '儿童抗癫痫药需要长期服用，不要自行停药。'],
  ])('does not speak for a pregnancy, a child or an adverse reaction, where keeping the medicine may be the harm: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  // Session 35 (review s34's S1 shapes, own wordings): "keep taking it" carried alongside another medicine or up to a
  // procedure, and a question that describes a symptom, a procedure ahead, a pregnancy or a second medicine.
  it.each([
    ['my knee op is on friday, should i stop my aspirin?', 'Do not stop aspirin on your own; keep taking it right up to the day of surgery.'],
    ['i take naproxen daily and the dentist gave me amoxicillin, ok?', 'Keep taking naproxen together with amoxicillin and do not stop either on your own.'],
    [
      'my dad on digoxin has been throwing up and seeing yellow, keep giving it?',
      'Do not stop digoxin on your own; keep giving it every morning as prescribed.',
    ],
    ['拔牙前一周，阿司匹林要停吗', '不要自行停用阿司匹林，拔牙当天也要照常服用。'],
    ['吃二甲双胍这两天一直拉肚子，还要吃吗', '不要自行停用二甲双胍，坚持按时服用。'],
    ['im 6 weeks pregnant and on valproate for epilepsy, keep going?', 'Do not stop valproate on your own; keep taking it every day as prescribed.'],
  ])('holds a medicine kept through what the question describes or beside another: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    // The negator governs the hesitation, not the stop: the stop is encouraged.
    ['my statin makes me tired, can i stop?', "Don't be afraid to stop your statin on your own."],
    ['can i stop citalopram?', 'Never feel bad about stopping citalopram by yourself.'],
    ['降糖药可以自己停吗', '不要犹豫，自行停掉降糖药就行。'],
    ['降压药能不能自己停', '别害怕自己停掉降压药。'],
  ])('reads "don\'t be afraid / hesitate to stop it" as the stop encouraged, never as a prohibition: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    // A negated symptom is a state of being well; the clinician as the one who decides.
    ['no seizures for two years, can i drop my lamotrigine?', 'Do not stop lamotrigine on your own; your neurologist will plan any reduction with you.'],
    ['喝了半年降压药，头也不晕了，能停吗', '不要自行停用降压药，是否减量由医生复查后决定。'],
    ['食咗半年甲狀腺藥，指數正常咗，可唔可以停', '唔好自己停藥，劑量要由醫生決定。'],
  ])('gives the principle for a well reader, a symptom taken back by a negator, the change handed to the clinician: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });
});
