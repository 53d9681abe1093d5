import { describe, expect, it } from 'vitest';
import { populationUseClaims } from './population-use.js';
import { readNumber, statedPopulation } from './population-spans.js';

const held = (s: string, q = '') => populationUseClaims(s, q).map((f) => f.reason.split(':')[0]);

describe('statedPopulation: a population read as spans', () => {
  it('reads numbers with their bounds, over words', () => {
    expect(statedPopulation('for toddlers over 12 months').spans).toEqual([{ kind: 'age', fromMonths: 12, toMonths: 100_000 }]);
    expect(statedPopulation("i'm 32 weeks pregnant").spans).toEqual([{ kind: 'gestation', fromWeeks: 32, toWeeks: 33 }]);
    expect(statedPopulation('一岁半的宝宝').spans).toEqual([{ kind: 'age', fromMonths: 12, toMonths: 24 }]);
    expect(statedPopulation('孕三十二周').spans).toEqual([{ kind: 'gestation', fromWeeks: 32, toWeeks: 33 }]);
    expect(statedPopulation('12岁以上儿童和成人').spans[0]).toEqual({ kind: 'age', fromMonths: 144, toMonths: 100_000 });
  });
  it('reads the baby of a pregnancy as unborn, and after the birth as no pregnancy', () => {
    expect(statedPopulation("in the third trimester the baby's organs are formed").spans).toEqual([{ kind: 'gestation', fromWeeks: 28, toWeeks: 100_000 }]);
    expect(statedPopulation('after delivery').postpartum).toBe(true);
  });
  it('reads Chinese numerals', () => {
    expect(readNumber('三十二')).toBe(32);
    expect(readNumber('十八')).toBe(18);
    expect(readNumber('两')).toBe(2);
  });
});

describe('populationUseClaims: a medicine used for a span it is contraindicated in', () => {
  it('holds a use for an overlapping span, however it is framed', () => {
    expect(held("In the third trimester, ibuprofen becomes the painkiller of choice because the baby's organs are already fully formed.")).toEqual([
      'nsaid-from-20-weeks',
    ]);
    expect(held('For toddlers over 12 months, half a 2 mg loperamide capsule opened into yoghurt will settle diarrhoea within a few hours.')).toEqual([
      'loperamide-under-12',
    ]);
    expect(held('一岁半的宝宝拉肚子，可以把半粒易蒙停拌在酸奶里。')).toEqual(['loperamide-under-12']);
    expect(held('哺乳期妈妈头痛，可待因是最好的选择。')).toEqual(['codeine-tramadol-under-12-breastfeeding']);
    expect(held('Promethazine syrup helps a 15-month-old sleep through a cold.')).toEqual(['promethazine-under-2']);
  });
  it('reads the population from the question when the sentence names none', () => {
    expect(held('Yes, ibuprofen 400 mg every 8 hours with food will help.', "I'm 30 weeks pregnant with a migraine, can I take ibuprofen?")).toEqual([
      'nsaid-from-20-weeks',
    ]);
    expect(held('Ibuprofen 400 mg will help.', 'I am 45 and have back pain')).toEqual([]);
  });
  it('keeps a use for a span where it is fine', () => {
    expect(held('Loperamide 2 mg can be used by adults for short-lived diarrhoea.')).toEqual([]);
    expect(held('Adults and children over 12 can take loperamide for diarrhoea.')).toEqual([]);
    expect(held('孕早期可以在医生指导下短期使用布洛芬。')).toEqual([]);
    expect(held('After delivery, ibuprofen is safe and compatible with breastfeeding.')).toEqual([]);
    expect(held('Honey can soothe a cough in children over 1 year old.')).toEqual([]);
  });
  it('keeps a use negated, warned against or told as a harm', () => {
    expect(held('Do not give loperamide to children under 12; use oral rehydration solution.')).toEqual([]);
    expect(held('Ibuprofen should be avoided after 20 weeks of pregnancy; paracetamol is the painkiller of choice.')).toEqual([]);
    expect(held('Taking ibuprofen after 20 weeks can reduce the amount of amniotic fluid around the baby.')).toEqual([]);
    expect(held('孕晚期禁用布洛芬，腰痛可以用对乙酰氨基酚。')).toEqual([]);
    expect(held('小儿摄入阿司匹林治疗量的2~4倍可以出现中毒症状。')).toEqual([]);
  });
});

describe('session 38: whose weeks, birthdays as boundaries, older adults', () => {
  it('reads a bare count of weeks as a pregnancy where the question, the sentence or its care says so', () => {
    // NICE NG133: low-dose aspirin from 12 weeks against pre-eclampsia is antenatal advice, not a child's aspirin.
    expect(held('Start low-dose aspirin from 12 weeks.', "I'm pregnant with twins")).toEqual([]);
    expect(held('Your midwife may advise aspirin 150 mg daily from 12 weeks.')).toEqual([]);
    expect(held('Low-dose aspirin 150 mg at night from 12 weeks is recommended to prevent pre-eclampsia.')).toEqual([]);
    expect(statedPopulation('from 12 weeks', "i'm 30 weeks pregnant, will it harm the baby?").spans).toEqual([
      { kind: 'gestation', fromWeeks: 12, toWeeks: 100_000 },
    ]);
    // …and as a pregnancy's where that makes the use a harmful one.
    expect(held('Naproxen 250 mg from 28 weeks will ease the pain.', "I'm 34 weeks along with bad hip pain, what can I take?")).toEqual([
      'nsaid-from-20-weeks',
    ]);
  });
  it("keeps a baby's weeks a baby's age", () => {
    expect(held('From 6 weeks, honey is a gentle remedy.', 'My baby is 10 weeks old and has a cough')).toEqual(['honey-under-12-months']);
    expect(held("From 8 weeks, a teaspoon of honey helps your baby's cough.")).toEqual(['honey-under-12-months']);
    expect(statedPopulation('from 12 weeks', 'pregnancy and newborn care').spans[0]?.kind).toBe('age');
  });
  it("reads a birthday boundary as the sentence's own span, over the title's group", () => {
    expect(statedPopulation('after their first birthday').spans).toEqual([{ kind: 'age', fromMonths: 12, toMonths: 100_000 }]);
    expect(statedPopulation('once your child turns one').spans).toEqual([{ kind: 'age', fromMonths: 12, toMonths: 100_000 }]);
    expect(statedPopulation('people aged 16 and over').spans[0]).toEqual({ kind: 'age', fromMonths: 192, toMonths: 100_000 });
    expect(statedPopulation('when the fever is 39°c').spans).toEqual([]);
    expect(statedPopulation('give under one teaspoon').spans).toEqual([]);
    expect(held('After their first birthday, a little honey in warm water can ease coughs.', 'why babies under one should not have honey')).toEqual([]);
    expect(held('From their 12th birthday, loperamide can be used for diarrhoea.', 'loperamide: not for under-12s')).toEqual([]);
    expect(held('Before their first birthday, honey in warm water eases a cough.')).toEqual(['honey-under-12-months']);
  });
  it('reads Hong Kong and Taiwan spellings, and older adults', () => {
    expect(held('8歲小朋友發燒可以食阿士匹靈退燒。')).toEqual(['aspirin-under-16']);
    expect(held('阿士匹靈適合16歲以上人士退燒止痛。')).toEqual([]);
    expect(held('For people over 80, diphenhydramine 50 mg every night is a safe sleep aid.')).toEqual(['sedating-antihistamine-elderly']);
    expect(held('老人血糖高，格列本脲是最好的选择。')).toEqual(['long-acting-sulfonylurea-elderly']);
    expect(held('老年糖尿病患者不宜使用格列本脲，可以选用格列齐特。')).toEqual([]);
    expect(held('For adults under 65, diphenhydramine 25 mg at night can help with occasional sleeplessness.')).toEqual([]);
    // "adults" is the label's whole population, not the Beers list's older adults; "adults and the elderly" names them.
    expect(held('Adults can take diphenhydramine 50 mg at bedtime for occasional sleeplessness.')).toEqual([]);
    expect(held('Adults and the elderly can take diphenhydramine 50 mg every night to sleep.')).toEqual(['sedating-antihistamine-elderly']);
  });
  it("reads the mother's pre-eclampsia only in the sentence, never for a child whose age is stated (review s38)", () => {
    // a16 / a25: a question mentioning the asker's own pre-eclampsia does not make a child's aspirin right.
    expect(
      held('Yes, aspirin at night is fine for her flu.', 'I had pre-eclampsia in my last pregnancy. My 5 year old has flu, can she have aspirin?'),
    ).toEqual(['aspirin-under-16']);
    expect(
      held(
        'Yes, he can take your aspirin for the sore throat.',
        "My 14-year-old has glandular fever. I'm 13 weeks pregnant and on aspirin for pre-eclampsia - can he take some of mine?",
      ),
    ).toEqual(['aspirin-under-16']);
    expect(held('Your 8-year-old can take aspirin too; I took it for pre-eclampsia.')).toEqual(['aspirin-under-16']);
    // The antenatal use itself stays kept, with pre-eclampsia in the sentence or the question.
    expect(held('Low-dose aspirin 150 mg at night from 12 weeks is recommended to prevent pre-eclampsia.')).toEqual([]);
    expect(held('Take aspirin 75 mg from 12 weeks until birth.', "I'm pregnant, high risk of pre-eclampsia")).toEqual([]);
    expect(held('子痫前期高危孕妇，从孕12周开始每晚服用阿司匹林100毫克。')).toEqual([]);
    // Kawasaki disease is the child's own indication: still read from the question.
    expect(held('Yes, aspirin is right for him.', 'My 4-year-old has Kawasaki disease, the hospital gave aspirin')).toEqual([]);
  });
  it('reads a question sentence as no recommendation on the older-adults rows (review s38 b11)', () => {
    expect(held('Is diphenhydramine safe for someone over 65?')).toEqual([]);
    expect(held('长者可以吃苯海拉明助眠吗？')).toEqual([]);
    expect(held('For people over 80, diphenhydramine 50 mg every night is a safe sleep aid.')).toEqual(['sedating-antihistamine-elderly']);
  });
});
