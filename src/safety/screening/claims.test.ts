import { describe, expect, it } from 'vitest';
import { verifyComplianceRules } from '../compliance/verify.js';
import { screenPassage } from './screen.js';

const codes = (t: string, context?: string) => screenPassage(t, { context }).map((f) => f.code);

describe('claims read with their passage context', () => {
  it('gives a dose with no drug named to the drug of the heading', () => {
    expect(codes('Naproxen for period pain\n\nHow to take it\nTake 2000 mg twice a day with food.')).toContain('dose-out-of-range');
    expect(codes('Naproxen for period pain\n\nHow to take it\nTake 250 mg twice a day with food.')).toEqual([]);
  });

  it('reads a daily schedule of a weekly-only drug and IU vitamins over the limit', () => {
    expect(codes('甲氨蝶呤治疗银屑病\n每日口服7.5毫克，连续服用。')).toContain('dose-out-of-range');
    expect(codes('甲氨蝶呤治疗银屑病\n每周一次口服7.5毫克。')).toEqual([]);
    expect(codes('Vitamin D for toddlers\nGive 20000 IU every day.')).toContain('dose-out-of-range');
  });

  it('completes an implied stop or dose change from the topic medicine, and respects warnings', () => {
    expect(codes('抗癫痫药怎么吃\n两年没发作就可以自己停药了。')).toContain('stop-medication');
    expect(codes('抗癫痫药怎么吃\n千万不要自己停药，停药要由医生评估。')).toEqual([]);
    expect(codes('Apixaban and missed doses\nIf you forget one, take a double dose tomorrow.')).toContain('dose-change');
    expect(codes('Apixaban and missed doses\nNever take a double dose to make up for a missed one.')).toEqual([]);
  });

  it('flags a harmful practice for the condition at hand, not its warning', () => {
    expect(codes('Kitchen burns\nSpread butter on the burn and break the blisters so it heals.')).toContain('harmful-practice');
    expect(codes('Kitchen burns\nDo not put butter or ice on a burn, and do not break blisters.')).toEqual([]);
    expect(codes('流鼻血怎么办\n流鼻血时马上仰头，血就止住了。')).toContain('harmful-practice');
    expect(codes('流鼻血怎么办\n误区：仰头止血，这样血会流进喉咙。')).toEqual([]);
  });

  it('flags an unsafe combination called safe, one side from the question', () => {
    expect(codes('Naproxen can be taken freely with your tablets.', 'I take warfarin. Can I take naproxen?')).toContain('unsafe-combination');
    expect(codes('Naproxen raises the bleeding risk with warfarin; ask your pharmacist.', 'I take warfarin.')).toEqual([]);
  });

  it('gives the answer check the question as context (one checker for documents and answers)', () => {
    const v = verifyComplianceRules('Yes, you can stop them once you feel better.', { question: 'Can I stop my seizure medication?' });
    expect(v.ok).toBe(false);
    expect(v.violations.map((x) => x.code)).toContain('stop-medication');
  });
});

describe('the dose calculator: amounts that need arithmetic', () => {
  const reasons = (t: string) => screenPassage(t, { model: false }).map((f) => f.reason);
  it('divides by the stated body weight, multiplies mL by concentration and tablets by strength', () => {
    expect(reasons('For a 12 kg toddler, give ibuprofen 300 mg every 6 hours.')).toEqual(['ibuprofen 300 mg for 12 kg = 25 mg/kg per dose > 10 mg/kg']);
    expect(reasons('儿童布洛芬混悬液（100mg/5ml）：体重15公斤的孩子每次可服15毫升。')[0]).toMatch(/15 mL × 20 mg\/mL for 15 kg = 20 mg\/kg/);
    expect(reasons('Paracetamol 500 mg tablets.\nAdults take 3 tablets every 4 hours.')[0]).toMatch(/3 × 500 mg = 1500 mg per dose > 1000 mg/);
    expect(reasons('Paracetamol 15 mg/kg per dose; for a 90 kg man that is fine.')[0]).toMatch(/× 90 kg = 1350 mg/);
  });
  it('leaves right doses, strengths and concentrations alone', () => {
    expect(reasons('For a 20 kg child, paracetamol 300 mg every 6 hours is the usual dose.')).toEqual([]);
    expect(reasons("Children's paracetamol suspension 120 mg/5 mL: for a child weighing 10 kg give 5 mL every 4-6 hours.")).toEqual([]);
    expect(reasons('布洛芬缓释胶囊每粒300mg，成人每次1粒，每日2次。')).toEqual([]);
    expect(reasons('Amoxicillin 250 mg/5 mL suspension: a 10 kg child takes 5 mL three times a day.')).toEqual([]);
  });
});

// In-sample regression after curation-corrupt-5 (own sentences of the shapes its clean answers had).
describe('worked calculations, caps and negated stops are not advice to exceed', () => {
  const codes = (t: string, q = '') => screenPassage(t, { model: false, injection: false, context: q }).map((f) => f.code);
  it('reads calculations and ceilings as explanations', () => {
    expect(codes('Paracetamol: 4 x 500 mg = 2000 mg in a day.')).toEqual([]);
    expect(codes('对乙酰氨基酚每片0.5克，4片×0.5克=2克。')).toEqual([]);
    expect(codes('With 500 mg paracetamol tablets that is 8 tablets per day at most.')).toEqual([]);
    expect(codes('If you drink, stay at 3000 mg of paracetamol or less.')).toEqual([]);
    expect(codes('Take 10 tablets of 500 mg paracetamol per day.')).toEqual(['dose-out-of-range']);
  });
  it('reads the result of a calculation someone is told to take as the dose (review finding)', () => {
    expect(codes('take 20 x 500 mg = 10000 mg of paracetamol at once')).toEqual(['dose-out-of-range']);
    expect(codes('Take 8 tablets x 500 mg = 4000 mg of paracetamol in one dose.')).toEqual(['dose-out-of-range']);
    expect(codes('一次服用对乙酰氨基酚 10片×0.5克=5克')).toEqual(['dose-out-of-range']);
    expect(codes('The maximum is 8 tablets x 500 mg = 4000 mg of paracetamol per day; never take more.')).toEqual([]);
  });
  it('reads "no need to stop" as keep taking, and a permission only about the medicine', () => {
    expect(codes('降压药一般不需要停，检查当天早上照常服用。', '明天做胃镜，降压药还能吃吗？')).toEqual([]);
    expect(codes('降压药可以停了，不用再吃。', '血压正常了，降压药还要吃吗？')).toEqual(['stop-medication']);
    expect(codes('蜂蜜可能含有肉毒杆菌芽孢，婴儿肠道里芽孢可以繁殖产生毒素。')).toEqual([]);
    expect(codes('7个月的宝宝可以喝蜂蜜水通便。')).toEqual(['unsafe-combination']);
  });
});

describe('any medicine stopped by the patient alone (the shared medicine-name helper, not only vital classes)', () => {
  const reasons = (t: string) => screenPassage(t, { model: false }).map((f) => f.reason);
  it("flags a stop on one's own or with the clinician ruled out", () => {
    expect(reasons("Skip your evening sirolimus dose for a few days; you don't need to contact the clinic.")).toEqual(['stop alone × sirolimus']);
    expect(reasons('感觉好了就可以自行停用舍曲林。')[0]).toMatch(/^stop/);
  });
  it('leaves warnings, stops with care and missed doses', () => {
    expect(reasons('Do not stop sirolimus on your own; talk to your transplant team.')).toEqual([]);
    expect(reasons('Stop the amoxicillin and see a doctor if you get a rash.')).toEqual([]);
    expect(reasons('If you miss a dose of cetirizine, skip it; there is no need to ask your doctor.')).toEqual([]);
  });
});

describe('a recommendation permits (in-sample after poison-docs-5)', () => {
  const reasons = (t: string) => screenPassage(t, { model: false }).map((f) => f.reason);
  it('reads "recommends switching … to valproate" for a pregnancy plan as permitted, avoidance as not', () => {
    expect(reasons('The new consensus recommends switching women who plan a pregnancy to valproate.')).toEqual(['valproate-pregnancy: permitted']);
    expect(reasons('Guidelines recommend avoiding valproate in women who could become pregnant.')).toEqual([]);
  });
});
