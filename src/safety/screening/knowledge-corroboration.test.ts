import { describe, expect, it } from 'vitest';
import { labelConfirmsDose, lastDoseDrug } from './dose-check.js';
import { selfCareMedicine, tableConfirmsIndication } from './kb-claims.js';
import { normalise } from './text.js';

const dose = (s: string, context = '') => labelConfirmsDose(normalise(s), lastDoseDrug(normalise(context)));
/** A dose read under its page's title and headings, which name its medicine and may name more. */
const under = (s: string, page: string) => labelConfirmsDose(normalise(s), lastDoseDrug(normalise(page)), normalise(page));
/** A dose read with the question it answers, which names no medicine for the dose but may name whom it is for. */
const asked = (s: string, question: string) => labelConfirmsDose(normalise(s), undefined, normalise(question));

describe('the dose table confirms a self-care dose within the label maxima (issue #10)', () => {
  it('confirms adult doses of symptom relievers that stay within the single and daily maxima once the schedule is counted', () => {
    expect(dose('Adults can take 1 g of paracetamol up to four times in 24 hours, and should not exceed 4 g a day.')).toBe(true);
    expect(dose('Take ibuprofen 400 mg three times a day with food.')).toBe(true);
    // The medicine is named by the page, not the sentence.
    expect(dose('成人每次0.5克，间隔4～6小时可重复一次，24小时内不超过4次。', '对乙酰氨基酚用法')).toBe(true);
  });

  it('does not confirm a dose the schedule takes over the daily maximum, whatever ceiling the sentence also states', () => {
    expect(dose('You can take 1 g of paracetamol every 4 hours, up to six times in 24 hours.')).toBe(false);
    expect(dose('Take 2 g of paracetamol at once.')).toBe(false);
    expect(dose('成人每次1.5克对乙酰氨基酚。')).toBe(false);
  });

  it('leaves to the prescriber what no label maximum settles: a child, a preventive or chronic medicine, two medicines', () => {
    expect(dose('Give your child 500 mg of paracetamol.')).toBe(false);
    expect(dose('In pregnancy you can take 1 g of paracetamol up to four times a day.')).toBe(false);
    expect(dose('All adults over 40 should take 75–100 mg aspirin every day for prevention.')).toBe(false);
    expect(dose('Take metformin 500 mg twice a day.')).toBe(false);
    expect(dose('Take paracetamol 1 g with codeine 30 mg.')).toBe(false);
    expect(dose('Take 1 g every 6 hours.')).toBe(false);
  });

  it('confirms the dose only: a condition, person, situation, other product or long course beside it is not confirmed', () => {
    // The dose alone, or with a symptom the medicine is listed for, stays confirmed.
    expect(dose('For a headache, adults can take 400 mg of ibuprofen every 8 hours with water.')).toBe(true);
    expect(dose('发烧时成人每次吃对乙酰氨基酚0.5克，一天不超过4次。')).toBe(true);
    // The label's own adult weight narrows nothing; a low weight is a population of its own.
    expect(dose('Adults weighing more than 60 kg can take ibuprofen 400 mg three times a day.')).toBe(true);
    expect(dose('Adults who weigh 45 kg can take 1 g of paracetamol four times a day.')).toBe(false);
    expect(dose('Adults under 50 kg can take 1 g of paracetamol four times a day.')).toBe(false);
    for (const s of [
      // A condition the indication table does not know or list for the medicine.
      'Take ibuprofen 400 mg three times a day for chickenpox.',
      // Who takes it, or the situation they are in.
      'People who drink a lot of alcohol can take paracetamol 1 g four times a day.',
      'Take ibuprofen 200 mg three times a day while you are dehydrated after the marathon.',
      '胃出血的人也可以吃布洛芬400毫克，一天3次。',
      // Another product taken with it.
      'You can take paracetamol 500 mg four times a day along with your flu remedy.',
      '对乙酰氨基酚0.5克一天4次，可以配着复方感冒药吃。',
      // A course beyond the label's self-care days.
      'Take ibuprofen 400 mg twice a day for your back pain for the next six weeks.',
      'Take paracetamol 1 g three times a day for 10 days.',
      '布洛芬0.4克一天3次，吃7天。',
    ])
      expect(dose(s), s).toBe(false);
  });

  it('reads the page title, headings and question by the same rule: whom, what for and what else they name is part of the dose', () => {
    // A context that only names the medicine, the kind of page or the asking leaves the dose confirmed.
    expect(under('Adults can take 400 mg every 8 hours.', 'Ibuprofen dosing guide')).toBe(true);
    expect(under('成人每次0.5克，一天最多4次。', '扑热息痛 用法用量')).toBe(true);
    expect(asked('Adults can take 1 g of paracetamol up to four times a day.', 'How often can I take paracetamol?')).toBe(true);
    expect(asked('成人每次吃对乙酰氨基酚0.5克，一天不超过4次。', '对乙酰氨基酚一天能吃几次？')).toBe(true);
    for (const [s, page] of [
      // A person the adult label does not fit.
      ['Use 250 mg every 6 hours.', 'Acetaminophen for toddlers'],
      ['每次0.4克，一天3次。', '布洛芬 / 孕期头痛'],
      // A condition the indication table does not list the medicine for.
      ['Take 200 mg three times a day.', 'Ibuprofen / Stomach ulcers and pain relief'],
      ['对乙酰氨基酚每次0.5克，每天4次。', '痛风发作怎么办'],
      // Another medicine the reader takes.
      ['Take ibuprofen 200 mg three times a day.', 'On apixaban? Managing aches'],
      ['布洛芬0.2克，一天3次。', '吃氯吡格雷的人怎么止痛'],
    ])
      expect(under(s, page), `${page}: ${s}`).toBe(false);
    for (const [s, question] of [
      ['Take ibuprofen 200 mg every 8 hours.', 'my 6 year old has a temperature, how much ibuprofen?'],
      ['Take paracetamol 1 g four times a day.', 'I drink most nights, how much paracetamol can I take?'],
      ['对乙酰氨基酚每次0.5克，一天4次。', '我有肝硬化，对乙酰氨基酚怎么吃？'],
      ['对乙酰氨基酚每次0.5克，一天4次。', '我每天都喝酒，对乙酰氨基酚怎么吃？'],
    ])
      expect(asked(s, question), `${question}: ${s}`).toBe(false);
  });

  it('lets a prohibition stand beside the dose only when it forbids taking more, never one that waves a sign away (review C4)', () => {
    // Known safe prohibitions: not more than the ceiling, not with alcohol or another product with the same medicine.
    for (const s of [
      'Adults can take ibuprofen 200 mg three times a day, but do not drink alcohol while taking it.',
      'Take paracetamol 500 mg four times a day; never take more than 4 g in 24 hours.',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，不要同时吃其他含对乙酰氨基酚的药。',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，不要空腹吃，避免饮酒。',
    ])
      expect(dose(s), s).toBe(true);
    for (const s of [
      'Adults can take ibuprofen 200 mg three times a day, and do not worry if your stools turn black.',
      'Take 500 mg of paracetamol four times a day; never mind if the whites of your eyes look yellow.',
      "Take ibuprofen 400 mg twice a day, don't bother about the coffee-ground vomit.",
      // A sign named in a prohibition made of plain dose words.
      "Take paracetamol 500 mg four times a day, don't take more if the fever is high.",
      '成人每次吃对乙酰氨基酚0.5克，一天4次，别担心大便发黑。',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，不要理会皮肤发黄。',
    ])
      expect(dose(s), s).toBe(false);
  });

  it('holds any course beyond three days or with no end, however it is worded (review C5)', () => {
    for (const s of [
      'Adults can take ibuprofen 200 mg three times a day for up to 3 days.',
      'Take paracetamol 500 mg four times a day for a day or two.',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，最多吃3天。',
    ])
      expect(dose(s), s).toBe(true);
    for (const s of [
      'Adults can take ibuprofen 200 mg three times a day for up to 7 days.',
      'Take paracetamol 500 mg four times a day for 5 to 10 days.',
      'Adults can take ibuprofen 200 mg three times a day, every day.',
      'Take paracetamol 500 mg four times a day for many days.',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，天天吃。',
      '成人每次吃对乙酰氨基酚0.5克，一天4次，连吃5到7天。',
    ])
      expect(dose(s), s).toBe(false);
  });

  it('reads self-care medicines from the indication table: symptom classes only, none whose self-managed use harms', () => {
    expect(selfCareMedicine('paracetamol')).toBe(true);
    expect(selfCareMedicine('aspirin')).toBe(false);
    expect(selfCareMedicine('metformin')).toBe(false);
    expect(selfCareMedicine('prednisone')).toBe(false);
  });
});

describe('the indication table confirms a medicine given for a condition it is listed for (issue #10)', () => {
  it('confirms a listed indication named in the sentence', () => {
    expect(tableConfirmsIndication('metformin is used for type 2 diabetes.')).toBe(true);
  });

  it('does not confirm a medicine for no condition, for an unlisted one, or beside a second condition', () => {
    expect(tableConfirmsIndication('all adults over 40 should take aspirin every day.')).toBe(false);
    expect(tableConfirmsIndication('methimazole is used for hypothyroidism.')).toBe(false);
    expect(tableConfirmsIndication('people with type 2 diabetes and heart failure can keep taking metformin.')).toBe(false);
    // The table's indications are adults': a child, pregnancy or old age beside them is not confirmed.
    expect(tableConfirmsIndication('children with type 2 diabetes can take metformin.')).toBe(false);
    expect(tableConfirmsIndication('孕妇得了2型糖尿病可以吃二甲双胍。')).toBe(false);
    // Who takes it is not what the table reads either.
    expect(tableConfirmsIndication('people who drink every night can take metformin for type 2 diabetes.')).toBe(false);
  });

  it('reads the page title and question by the same rule as the sentence', () => {
    expect(tableConfirmsIndication('metformin is used for type 2 diabetes.', 'type 2 diabetes: your questions answered')).toBe(true);
    expect(tableConfirmsIndication('metformin is used for type 2 diabetes.', 'type 2 diabetes in teenagers')).toBe(false);
    expect(tableConfirmsIndication('metformin is used for type 2 diabetes.', 'type 2 diabetes and warfarin')).toBe(false);
    expect(tableConfirmsIndication('二甲双胍用于2型糖尿病。', '哺乳期的糖尿病用药')).toBe(false);
  });
});
