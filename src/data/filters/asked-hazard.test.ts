import { describe, expect, it } from 'vitest';
import { askedHazard } from './asked-hazard.js';
import { readAsker } from './asker.js';
import { clauseStance } from './stance.js';

describe('readAsker', () => {
  it('reads a child or an infant by the age the question states', () => {
    expect(readAsker('My 7 year old son has a sore throat and fever').child).toBe(true);
    expect(readAsker('my daughter (5) has a fever of 38.7').child).toBe(true);
    expect(readAsker('5岁儿子发烧两天了').child).toBe(true);
    expect(readAsker('宝宝10个月大，咳嗽三天').infant).toBe(true);
    expect(readAsker('my son is 9 months and congested').infant).toBe(true);
    expect(readAsker('My 5 week old has white patches on her tongue').infant).toBe(true);
    expect(readAsker('My son (10, 35 kg) ate a cookie at a party').child).toBe(true);
  });
  it('does not read a duration or an adult as a child', () => {
    expect(readAsker('I have had back pain for 3 years').child).toBe(false);
    expect(readAsker('咳嗽两个月了，一直不好').infant).toBe(false);
    expect(readAsker('My daughter is 25 and has migraines').child).toBe(false);
    expect(readAsker('我今年45岁，膝盖疼').child).toBe(false);
    // 九十二岁 was read as 2, 两天大便 as a two-day-old, before the asker read ages through src/safety/red-flags/age.ts.
    expect(readAsker('出院小结 患者杜桂芳，女，九十二岁').child).toBe(false);
    expect(readAsker('我62岁，这两天大便黑的像柏油一样').infant).toBe(false);
  });
  it('reads a pregnancy and its stage; the baby of a pregnancy is no child', () => {
    const early = readAsker('I am 9 weeks pregnant with a bad cough, will it hurt the baby?');
    expect(early).toMatchObject({ pregnant: true, latePregnancy: false, child: false });
    expect(readAsker('怀孕7个月，腰疼').latePregnancy).toBe(true);
    expect(readAsker('I am not pregnant but my period is late').pregnant).toBe(false);
  });
});

describe('clauseStance', () => {
  it('reads permissions in their many wordings', () => {
    for (const c of [
      'having a couple of beers while on it is fine',
      'you can have a glass of wine with this antibiotic',
      'there is no need to avoid alcohol',
      '喝点啤酒一般没关系',
      '两个药可以一起吃',
      'the safest painkiller for you is naproxen',
    ])
      expect(clauseStance(c), c).toBe('permit');
  });
  it('reads prohibitions, negated permissions and permissions that hold only later', () => {
    for (const [c, s] of [
      ['avoid alcohol during the course', 'forbid'],
      ['ibuprofen is not safe with warfarin', 'forbid'],
      ['服药期间不要喝酒', 'forbid'],
      ['这两种药不适合一起吃', 'forbid'],
      ['you can drink again 72 hours after the last dose', 'none'],
      ['停药3天后才可以喝酒', 'none'],
      ['Can I drink on this?', 'none'],
    ] as const)
      expect(clauseStance(c), c).toBe(s);
  });
});

describe('askedHazard', () => {
  it('catches an interaction permitted with what the asker takes', () => {
    expect(askedHazard('I started tinidazole yesterday, can I drink at a party tonight?', 'Yes, a few drinks are fine while taking tinidazole.')).toMatchObject(
      {
        kind: 'interaction',
        id: 'alcohol-disulfiram-like',
      },
    );
    expect(askedHazard('我在吃华法林，牙疼吃什么止痛药好？', '可以吃布洛芬，止痛效果好。')?.id).toBe('warfarin-bleeding');
    expect(askedHazard('正在吃辛伐他汀，医生又开了红霉素，两个药能一起吃吗', '这两个药可以一起吃，不用调整。')?.id).toBe('statin-strong-cyp3a4-inhibitor');
  });
  it('catches a medicine permitted to a child or a pregnancy the question tells of', () => {
    expect(askedHazard('My 8 year old has flu with a fever, what can I give?', 'Give her aspirin every 6 hours for the fever.')?.id).toBe('aspirin-child');
    expect(askedHazard('怀孕12周，尿路感染，能吃什么药', '可以选择环丙沙星，一天两次。')?.id).toBe('fluoroquinolone-pregnancy');
    expect(askedHazard('I take isotretinoin for acne, can we start trying for a baby?', 'Yes, you can try for a baby while on it.')?.id).toBe(
      'isotretinoin-pregnancy',
    );
  });
  it('reads a list item as the clause it is: the bullet or number opening a line is no word', () => {
    // Session 17 own probe: at 2efb0e4 a bulleted harm was dropped only by accident (Gopher's bullet rule); once bulleted
    // sentences are prose (symbol-ratio.ts) the permission must be read through the marker.
    const q = 'My 2 year old has a fever of 39, what can I give?';
    expect(askedHazard(q, '- Give aspirin 300 mg every 4 hours.\n- Keep her cool.')?.id).toBe('aspirin-child');
    expect(askedHazard(q, '* Give aspirin 300 mg every 4 hours.')?.id).toBe('aspirin-child');
    expect(askedHazard(q, '1) Give aspirin 300 mg every 4 hours.')?.id).toBe('aspirin-child');
    expect(askedHazard('孩子3岁发烧39度，吃什么药？', '1、可以吃阿司匹林退烧，每次半片。')?.id).toBe('aspirin-child');
    expect(askedHazard(q, '- Paracetamol 15 mg/kg every 4 to 6 hours.\n- Never give aspirin to children.')).toBeUndefined();
    expect(askedHazard('孩子3岁发烧39度，吃什么药？', '1、不要吃阿司匹林。\n2、可以吃对乙酰氨基酚。')).toBeUndefined();
  });
  it('keeps the correct answers to the same questions', () => {
    expect(
      askedHazard('I started tinidazole yesterday, can I drink at a party tonight?', 'No — avoid alcohol while taking tinidazole and for 3 days after.'),
    ).toBeUndefined();
    expect(askedHazard('我在吃华法林，牙疼吃什么止痛药好？', '可以吃对乙酰氨基酚，不要吃布洛芬。')).toBeUndefined();
    expect(askedHazard('I am on warfarin, is ibuprofen ok for my back?', 'Warfarin is safe to continue; for pain use paracetamol.')).toBeUndefined();
    expect(askedHazard('I am on warfarin, knee pain', 'A topical NSAID gel on the knee is generally fine.')).toBeUndefined();
    expect(
      askedHazard('My 8 year old has flu with a fever, what can I give?', 'Paracetamol is the best choice; never give aspirin to children.'),
    ).toBeUndefined();
    expect(askedHazard('I have an ectopic pregnancy, what treatment?', 'Methotrexate is the recommended medical treatment.')).toBeUndefined();
    expect(askedHazard('I take isotretinoin, can we start trying for a baby?', 'You can try for a baby one month after the last capsule.')).toBeUndefined();
    expect(askedHazard('I am on metronidazole, any tips?', 'Drinking plenty of water is fine.')).toBeUndefined();
  });
});

describe('askedHazard — two people in one question', () => {
  it('judges a sentence that names its own person by age for that person', () => {
    const q = 'Can my children have honey for a cough? One is 5 years old, the baby is 7 months.';
    expect(askedHazard(q, 'For the 5-year-old, a teaspoon of honey can soothe the cough. For the baby, no honey under 12 months.')).toBeUndefined();
    expect(askedHazard(q, 'Honey can soothe the cough for both of them.')?.id).toBe('honey-infant');
  });
});

describe('askedHazard — waiting periods are no permission now', () => {
  it('keeps a time to wait after drinking or after the last dose, catches "right after"', () => {
    expect(askedHazard('昨晚喝了酒，今天感冒了能吃头孢吗', '喝酒后24小时可以吃头孢，如果症状严重请就医。')).toBeUndefined();
    expect(askedHazard('吃完甲硝唑多久能喝酒', '停药三天后就可以喝酒了。')).toBeUndefined();
    expect(askedHazard('昨晚喝了酒，今天能吃头孢吗', '喝酒后马上吃头孢也没事，不用等。')?.id).toBe('alcohol-disulfiram-like');
    expect(askedHazard('吃完甲硝唑多久能喝酒', '甲硝唑吃完当天就可以喝酒。')?.id).toBe('alcohol-disulfiram-like');
  });
});

describe('askedHazard — forms and foods the tables do not mean', () => {
  it('keeps eye drops in pregnancy and fresh cheese on an MAOI, catches aged cheese', () => {
    expect(
      askedHazard("I'm 10 weeks pregnant with conjunctivitis, can I use levofloxacin eye drops?", 'Levofloxacin eye drops are fine in pregnancy.'),
    ).toBeUndefined();
    expect(askedHazard('我在吃苯乙肼，能吃奶酪吗', '新鲜奶酪可以吃，陈年奶酪不要吃。')).toBeUndefined();
    expect(askedHazard('I take phenelzine, can I eat cheese?', 'Aged cheddar is fine in small amounts.')?.id).toBe('maoi-sympathomimetic-tyramine');
  });
});
