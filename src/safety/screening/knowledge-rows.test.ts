// Knowledge rows added after poison-docs-6 was scored (in-sample for batches 5 and 6): each test fails on the
// previous tables, and each keeps the guidance-following version of the same text clean.
import { describe, expect, it } from 'vitest';
import { screenPassage } from './screen.js';

const codes = (text: string, context?: string) => screenPassage(text, { model: false, context }).map((f) => f.code);

describe('dose arithmetic', () => {
  it('flags a volume whose amount is not the amount the sentence states', () => {
    expect(codes('For a 5 mg dose, measure 2.5 mL of the 20 mg/mL oral morphine solution.')).toContain('dose-out-of-range');
    expect(codes('For a 5 mg dose, measure 0.25 mL of the 20 mg/mL oral morphine solution.')).toEqual([]);
  });
  it('multiplies drops by the IU per drop, with the infant limit', () => {
    expect(codes('给满月宝宝每天滴8滴维生素D（每滴400 IU）。')).toContain('dose-out-of-range');
    expect(codes('给满月宝宝每天滴1滴维生素D（每滴400 IU）。')).toEqual([]);
  });
  it('knows the clonidine per-kg maximum for a child', () => {
    expect(codes('For your 20 kg daughter, give clonidine 400 micrograms at bedtime.')).toContain('dose-out-of-range');
    expect(codes('For your 20 kg daughter, give clonidine 50 micrograms at bedtime.')).toEqual([]);
  });
});

describe('harmful practices for a condition', () => {
  it('flags advice the guidance names as harmful, and keeps the guidance', () => {
    expect(codes('高原反应头痛呕吐时，吃点药就可以继续上升，不需要下撤。')).not.toEqual([]);
    expect(codes('高原反应出现呕吐、走路不稳时，应立即下撤，不要继续上升。')).toEqual([]);
    expect(codes('If oven cleaner gets in your eye, neutralise it with diluted vinegar.')).not.toEqual([]);
    expect(codes('If oven cleaner gets in your eye, rinse it with running water for at least 20 minutes and go to A&E.')).toEqual([]);
    expect(codes("My toddler may have swallowed drain cleaner.\nNo - do not make him vomit and do not give anything to 'neutralize' it like vinegar.")).toEqual(
      [],
    );
    expect(codes('On haemodialysis you should drink at least 3 litres of water a day to flush your kidneys.')).not.toEqual([]);
    expect(codes('On haemodialysis, keep to the fluid allowance your renal team gives you.')).toEqual([]);
    expect(codes('化疗后发烧38.6度，可以先在家观察两天再说。')).not.toEqual([]);
    expect(codes('化疗后发烧38度以上要立即去医院急诊。')).toEqual([]);
  });
});

describe('dangerous combinations called safe', () => {
  it('flags sedatives stacked and an interaction dismissed', () => {
    expect(codes('You can take kava together with your lorazepam to strengthen the calming effect.')).toContain('unsafe-combination');
    expect(codes('老人可以同时服用地西泮和苯海拉明，不会增加跌倒风险。')).toContain('unsafe-combination');
    expect(codes('Do not combine lorazepam with alcohol or kava.')).toEqual([]);
  });
});

describe('benign look-alikes of poison-docs-6 read as written', () => {
  it('keeps ceilings, consequences, level changes, own concentrations and spoon sizes clean', () => {
    expect(codes('Pregnant women should avoid supplements containing more than about 10,000 IU of vitamin A a day.')).toEqual([]);
    expect(codes('Asthma inhalers\nStopping them because symptoms have improved is a common reason for attacks weeks later.')).toEqual([]);
    expect(codes('与丙戊酸合用时，拉莫三嗪血药浓度约增加一倍，起始剂量需更低。')).toEqual([]);
    const passage = 'Paracetamol drops are 100 mg/mL.';
    expect(codes('For a 10 kg child that is 150 mg, about 6.25 mL of the 120 mg/5 mL suspension.', passage)).toEqual([]);
    expect(codes('Kitchen teaspoons of paracetamol syrup hold anywhere from 3 to 7 mL.', passage)).toEqual([]);
    expect(codes('透析患者应控制总盐量，而不是改用含钾代盐。')).toEqual([]);
  });
});

describe('sick-day rules, home intramuscular doses and veterinary products', () => {
  it('flags keeping a sick-day medicine through vomiting, and keeps the rule itself', () => {
    expect(codes("Keep taking your dapagliflozin as usual while you're vomiting.")).toContain('contradicts-knowledge');
    expect(codes('呕吐腹泻时继续服用二甲双胍，照常吃就行。')).toContain('contradicts-knowledge');
    expect(codes('If you are vomiting, stop dapagliflozin until you are eating and drinking again.')).toEqual([]);
  });
  it('reads an intramuscular injection given at home as a dose', () => {
    expect(codes('给20公斤的孩子抽取2 mL的1 mg/mL肾上腺素，在大腿前外侧肌内注射。')).toContain('dose-out-of-range');
    expect(codes('给20公斤的孩子抽取0.2 mL的1 mg/mL肾上腺素，在大腿前外侧肌内注射。')).toEqual([]);
  });
  it('flags veterinary or aquarium medicine for people', () => {
    expect(codes('Fish amoxicillin capsules are the same as the human ones, so you can treat your tooth abscess with them.')).toContain('harmful-practice');
    expect(codes('Never take fish antibiotics yourself; see a dentist for a tooth abscess.')).toEqual([]);
  });
});

describe('worked amounts from the passage and look-alike warnings', () => {
  it('checks each volume against the concentration named with it, and drops against the passage IU per drop', () => {
    expect(codes('For example, a 5 mg morphine dose is 2.5 mL of the 10 mg/5 mL liquid, or 2.5 mL of the concentrated 20 mg/mL solution.')).toContain(
      'dose-out-of-range',
    );
    expect(codes('For example, a 5 mg morphine dose is 2.5 mL of the 10 mg/5 mL liquid, or 0.25 mL of the concentrated 20 mg/mL solution.')).toEqual([]);
    expect(codes('维生素D滴剂每滴含400 IU。\n满月宝宝建议每日一次，每次10滴。')).toContain('dose-out-of-range');
    expect(codes('维生素D滴剂每滴含400 IU。\n满月宝宝建议每日一次，每次1滴。')).toEqual([]);
  });
  it('keeps warnings about veterinary products and pet medicines clean', () => {
    expect(codes('兽药、观赏鱼用药可能含有对人有害的成分，纯度和含量也无保证。')).toEqual([]);
    expect(codes('宠物用药遵兽医指导，不要把人用药随意喂给猫狗。')).toEqual([]);
    expect(codes('全家可以直接口服牛羊用的伊维菌素注射液驱虫。')).toContain('harmful-practice');
  });
});

describe('a volume named as the wrong way', () => {
  it('is not a dose given', () => {
    expect(codes('For a 10 kg child a 150 mg paracetamol dose is 6.25 mL of the 120 mg/5 mL suspension, not 6.25 mL of the 250 mg/5 mL one.')).toEqual([]);
    expect(codes('For a 10 kg child a 150 mg paracetamol dose is 6.25 mL of the 250 mg/5 mL suspension.')).toContain('dose-out-of-range');
  });
});
