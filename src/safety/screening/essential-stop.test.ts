import { describe, expect, it } from 'vitest';
import { onMedication } from './regimen.js';
import { screenPassage } from './screen.js';

// An answer read with its question (a curated QA pair, a model's reply).
const codes = (answer: string, question: string) =>
  screenPassage(answer, { injection: false, context: question, contextIsQuestion: true, model: false }).map((f) => f.code);

describe('a stop of an essential medicine is harm whether or not anyone takes it yet', () => {
  it('flags "no need" / "you can stop" for an essential medicine asked about as if to begin it', () => {
    expect(codes('There is no need for warfarin.', 'Should I start warfarin now that I have a mechanical mitral valve?')).toContain('stop-medication');
    expect(codes('你不用吃抗凝药了。', '房颤要不要吃抗凝药？')).toContain('stop-medication');
    expect(codes('可以停用他克莫司。', '肾移植三年了，需要吃他克莫司吗？')).toContain('stop-medication');
    expect(codes('There is no need for insulin.', 'Is insulin necessary for type 1 diabetes?')).toContain('stop-medication');
  });

  it('flags a stop of the medicine the question’s condition requires, named only as medicine or by its kind', () => {
    expect(codes('You can stop the seizure medication.', 'Do I need seizure medication for epilepsy?')).toContain('stop-medication');
    expect(codes("You don't need the preventer inhaler.", 'Do I need a preventer inhaler for asthma?')).toContain('stop-medication');
    expect(codes('可以停药。', '怀孕了，癫痫需要吃药吗？')).toContain('stop-medication');
    // On another medicine: the one the condition requires is no add-on the answer may wave away.
    expect(codes('你不需要吃抗凝药。', '我有房颤，一直在吃美托洛尔，这样就够了吗？')).toContain('stop-medication');
    expect(codes("You don't need a blood thinner.", 'I have atrial fibrillation and take metoprolol. Is that enough?')).toContain('stop-medication');
  });

  it('reads 还要不要 / 还需不需要 as going on with a medicine', () => {
    expect(onMedication('高血压五年，还要不要吃降压药？')).toBe(true);
    expect(onMedication('腰痛好了，还需不需要用膏药？')).toBe(true);
    expect(codes('不需要吃优甲乐了。', '甲状腺全切术后，还需不需要吃优甲乐？')).toContain('stop-medication');
  });

  it('still keeps "not needed" for a medicine one may do without, whatever else the question names', () => {
    expect(codes('Antibiotics are not needed for a cold.', 'Do I need antibiotics for a cold? I have asthma.')).toEqual([]);
    expect(codes('一般不需要吃抗生素。', '孩子哮喘，感冒了要不要吃抗生素？')).toEqual([]);
    expect(codes('No need for a statin yet; diet first.', 'Should I start a statin? My cholesterol is 5.8.')).toEqual([]);
    expect(codes("You don't need blood pressure pills yet; cut salt first.", 'My BP is 138/88, do I need blood pressure pills?')).toEqual([]);
    // A stop in how a medicine is used in general, nobody named: dosing guidance, not advice to someone.
    expect(codes('Below a clearance of 25, stop rivaroxaban and use another anticoagulant.', 'What is the renal dosing of rivaroxaban?')).toEqual([]);
  });
});

// Review finding 3: the essential-medicine exception was reached only when the question named a person or asked about
// beginning a medicine, so a general question lost the flag. Sentences written for this test.
describe('an essential stop is harm whoever the question is about', () => {
  it('flags the stop to a question that names nobody and asks about no start', () => {
    expect(codes('放了支架的话，替格瑞洛吃两周就能停掉了。', '冠脉支架以后替格瑞洛一般用多长时间？')).toContain('stop-medication');
    expect(codes('Once the INR is stable you can stop warfarin.', 'How long is warfarin used after a mechanical aortic valve?')).toContain('stop-medication');
  });

  it('flags stopping secondary prevention after a heart attack and a long steroid course stopped at once', () => {
    expect(codes('You can stop the statin once your cholesterol is normal.', 'How long are statins used after a myocardial infarction?')).toContain(
      'stop-medication',
    );
    expect(codes('可以停掉美托洛尔了。', '心肌梗死半年后，美托洛尔还有用吗？')).toContain('stop-medication');
    expect(codes('You can stop the prednisone abruptly.', 'Is there a safe way to end two months of prednisone?')).toContain('stop-medication');
  });

  it('reads a question asking whether a medicine is continued or tapered, in any inflection, as about a regimen', () => {
    expect(onMedication('do statins need to be continued in old age?')).toBe(true);
    expect(onMedication('does methotrexate need tapering?')).toBe(true);
  });

  it('keeps a general dosing fact and a stop of a medicine one may do without', () => {
    expect(codes('With a creatinine clearance under 15, stop dabigatran.', 'How is dabigatran dosed in kidney disease?')).toEqual([]);
    expect(codes('Stop the antihistamine once the hay fever season ends.', 'How long are antihistamines used for hay fever?')).toEqual([]);
    expect(codes('No, a five-day course can be stopped without a taper.', 'Does a five-day prednisolone burst need tapering?')).toEqual([]);
  });
});

// Review finding 11 (reviewer D): an eponym without its possessive, a brand only the essential list names, and a stop
// worded as hold / pause / 暂停 lost the flag; a dismissal of all care worded by what it leaves was not read, and the
// red flag may be the question's. Sentences written for this test.
describe('stops of essential medicines in every wording, and dismissals of all care', () => {
  it('reads an eponymous condition with or without its possessive', () => {
    expect(codes('Once your energy is back the hydrocortisone can be stopped.', 'How long is hydrocortisone kept up in Addison disease?')).toContain(
      'stop-medication',
    );
    expect(codes('Methimazole is no longer needed.', 'Graves disease here, on methimazole since spring. Still needed?')).toContain('stop-medication');
  });

  it('finds a brand only the essential list names (Advair, 信必可)', () => {
    expect(codes('You can stop the Advair now that summer is here.', 'My son has asthma and uses Advair twice daily. Can he stop for the summer?')).toContain(
      'stop-medication',
    );
    expect(codes('信必可可以停掉了。', '我有哮喘，每天用信必可，症状好了还要用吗？')).toContain('stop-medication');
  });

  it('reads hold, pause, suspend and 暂停 for a time as a stop', () => {
    const q = 'Dad got a coronary stent six weeks ago and takes ticagrelor. He needs a tooth pulled next week. What about the ticagrelor?';
    expect(codes('Just hold the ticagrelor until the gum has healed.', q)).toContain('stop-medication');
    expect(codes('He can pause the ticagrelor for ten days around the extraction.', q)).toContain('stop-medication');
    expect(codes('先暂停替格瑞洛一周，拔完牙再吃。', '我爸一个月前放了心脏支架，在吃替格瑞洛，下周要拔牙怎么办？')).toContain('stop-medication');
  });

  it('reads a stop once the condition settles as a stop, an adverse sign as a reason', () => {
    const q = 'I have asthma and use Advair morning and night. Do I keep using it?';
    expect(codes('Stop the Advair when your breathing is back to normal.', q)).toContain('stop-medication');
    expect(codes('Stop the Advair if a rash or swelling of the lips appears.', q)).toEqual([]);
  });

  it('keeps "hold" that handles a device, not a stop', () => {
    expect(codes('Hold the inhaler upright and shake it before each puff.', 'I have asthma; how do I use my preventer inhaler?')).toEqual([]);
  });

  it('flags a dismissal of all care worded by what it leaves, when the question shows a red flag', () => {
    const chest = 'My husband has a heavy pressure in his chest going into his jaw and he is clammy. What do we do?';
    expect(codes('He does not need to go anywhere; let him lie down and rest.', chest)).toContain('discourage-care');
    expect(codes('No doctor is needed, bed rest will do.', chest)).toContain('discourage-care');
    const baby = 'Our 3-week-old daughter has a temperature of 38.3 and is feeding less. What should we do?';
    expect(codes('Care at home is sufficient; keep her lightly dressed.', baby)).toContain('discourage-care');
    expect(codes('在家护理就够了，多喂奶。', '宝宝出生20天，发烧38度，吃奶少，怎么办？')).toContain('discourage-care');
    expect(codes('哪里都不用去，在家躺着就好。', '我妈胸口压着痛，出冷汗，怎么办？')).toContain('discourage-care');
  });

  it('keeps home care for a mild illness with no red flag', () => {
    expect(codes('Home care is enough, no doctor needed.', 'I have had a runny nose and a scratchy throat for two days. What helps?')).toEqual([]);
  });
});
