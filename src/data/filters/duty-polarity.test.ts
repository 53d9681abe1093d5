import { describe, expect, it } from 'vitest';
import { STANDING_DUTIES } from '../../knowledge/standing-duties.js';
import { dutyPolarity } from './duty-polarity.js';

// Self-written sentences (session 43), none copied from a batch: the forms the reader must read and the look-alikes it
// must keep.
describe('dutyPolarity: a standing duty whose governing verb is flipped', () => {
  it('reads a required act stopped or released (odd chain of negators and stop-verbs)', () => {
    const drop: [string, string, string][] = [
      ['乳腺炎还能喂奶吗？', '乳腺炎期间，发炎那一侧先停止哺乳，用另一侧喂。', 'mastitis-keep-emptying'],
      ['I think I have mastitis. Can I keep nursing?', 'You must not feed from the sore breast until the redness is gone.', 'mastitis-keep-emptying'],
      ['宝宝8个月拉肚子，还吃母乳', '腹泻期间母乳喂养要暂停，先喝口服补液盐。', 'infant-diarrhoea-keep-breastfeeding'],
      ['吃华法林两年了，还要抽血吗', '吃了两年已经稳定，不用再查INR了。', 'warfarin-inr-monitoring'],
      [
        'On lithium for 5 years, levels always fine',
        'Since you have been stable for years, you can stop having your lithium levels checked.',
        'lithium-level-monitoring',
      ],
      ['洁厕灵溅到眼睛里了', '千万别用水冲洗，直接去医院。', 'eye-chemical-rinse'],
      ['Got some bleach splashed in my eye', 'Avoid flushing it with tap water; just blink and go to the eye clinic.', 'eye-chemical-rinse'],
      ['被开水烫伤了手背', '烫伤后不要用自来水冲，涂点烫伤膏就行。', 'burn-cool-water'],
    ];
    for (const [q, a, duty] of drop) expect(dutyPolarity(q, a), a).toMatchObject({ duty, polarity: 'must' });
  });

  it('reads a forbidden act advised or permitted (a modal, a permission or an imperative, no negator)', () => {
    const drop: [string, string, string][] = [
      ['孩子高热惊厥怎么办', '发作时家长应该把勺柄垫在孩子上下牙之间。', 'seizure-nothing-in-mouth'],
      ['My friend has fits', 'Wedge a rolled-up cloth between her teeth as soon as the jerking starts.', 'seizure-nothing-in-mouth'],
      ['低血糖昏迷了怎么办', '老人昏迷时可以用勺子往嘴里喂蜂蜜水。', 'unconscious-nothing-by-mouth'],
      [
        'Diabetic neighbour collapsed',
        'While he is unresponsive, squirt some orange juice into his mouth to bring the sugar up.',
        'unconscious-nothing-by-mouth',
      ],
      ['孩子踢球撞到头，有点晕，现在好了', '休息十分钟没有不适的话，今天下半场可以继续上场。', 'concussion-no-same-day-return'],
      ['Took a blow to the head at hockey, feel ok now', "You're fine to head back on for the rest of the game.", 'concussion-no-same-day-return'],
      ['阿仑膦酸钠怎么吃', '每周一片，服药后可以马上躺下休息。', 'pill-stay-upright'],
      ['Doxycycline tips?', 'Take the tablet with a sip of water, then lie flat for half an hour after the dose.', 'pill-stay-upright'],
    ];
    for (const [q, a, duty] of drop) expect(dutyPolarity(q, a), a).toMatchObject({ duty, polarity: 'never' });
  });

  it('reads zh-TW through the reading form', () => {
    expect(dutyPolarity('乳腺炎還能餵奶嗎', '發炎那一側要暫停哺乳。')).toMatchObject({ duty: 'mastitis-keep-emptying' });
    expect(dutyPolarity('癲癇發作怎麼辦', '應該馬上把毛巾塞進他嘴裡。')).toMatchObject({ duty: 'seizure-nothing-in-mouth' });
  });

  it('keeps the right polarity, double negation, conditions, reports, exceptions and other subjects', () => {
    const keep: [string, string][] = [
      ['乳腺炎还能喂奶吗', '乳腺炎不需要停止哺乳，患侧要继续喂或者吸出来。'],
      ['乳腺炎还能喂奶吗', '不要因为乳腺炎就停止哺乳。'],
      ['Mastitis', "Don't let mastitis stop you from breastfeeding; keep feeding from both sides."],
      ['Mastitis', 'There is no need to stop breastfeeding; the milk is safe for your baby.'],
      ['乳腺炎化脓了', '如果已经形成脓肿并切开引流，患侧可以暂停哺乳，用吸奶器吸出。'],
      ['宝宝腹泻', '宝宝腹泻时母乳喂养不要停，还要增加喂奶次数。'],
      ['宝宝腹泻', 'Keep breastfeeding as usual; do not stop feeds.'],
      ['吃华法林的', 'INR稳定后不需要每周都查，可以每4到8周查一次。'],
      ['换了利伐沙班', '利伐沙班不需要定期查INR，这是它比华法林方便的地方。'],
      ['Warfarin', 'Unlike warfarin, apixaban does not need INR checks.'],
      ['Warfarin', 'Keep having your INR checked regularly, at least every 12 weeks.'],
      ['碱液溅到眼睛', '立即用大量清水冲洗至少15分钟，冲洗时不要揉眼睛。'],
      ['Chemical in eye', 'Do not rub the eye; rinse it with lukewarm water for 20 minutes.'],
      ['Chemical in eye', 'Do not try to neutralise it with vinegar or milk; rinse with water.'],
      ['烫伤', '不要用冰水或冰块敷，用凉水冲20分钟。'],
      ['Burn', 'Do not use ice; hold it under cool running water for 20 minutes.'],
      ['孩子抽搐', '不要往孩子嘴里塞任何东西，让他侧卧。'],
      ['Seizure first aid', 'Never put anything in their mouth; they cannot swallow their tongue.'],
      ['Seizure first aid', 'Do not:'],
      ['孩子抽搐', '以前很多人往嘴里塞筷子，这是错误的做法。'],
      ['低血糖昏迷', '病人昏迷时不能喂水喂食，以免窒息，要马上打120。'],
      ['Hypo', 'If he is unconscious, give nothing by mouth; use glucagon and call 911. Once he wakes up and can swallow, give juice.'],
      ['Hypo', 'Rub glucose gel inside his cheek while he is drowsy.'],
      ['低血糖', '如果还清醒、能吞咽，马上喝一杯糖水。'],
      ['Concussion', 'He should not return to play today, even if he feels fine.'],
      ['Concussion', 'He can return to play after a stepwise protocol once cleared by a doctor.'],
      ['脑震荡', '今天不能继续比赛，要休息观察。'],
      ['Doxycycline', 'Do not lie down for at least 30 minutes after swallowing the tablet.'],
      ['多西环素', '服药后30分钟内不要躺下，所以不要睡前服用。'],
      ['Doxycycline', 'Take it at least an hour before you lie down for bed.'],
      ['感冒发烧', '多喝水，注意休息，可以躺下睡一会儿。'],
      // Reviewer-style look-alikes written after the batch figures (s43): the duty met another way, a rescue medicine
      // into the cheek, lying down after the upright half hour, the wrong way of a right act refused.
      ['Mastitis', 'Pause feeding on the sore side only if the nipple is cracked, and express instead.'],
      ['乳腺炎', '乳腺炎期间可以暂停患侧哺乳，改用吸奶器吸出。'],
      ['Seizure over 5 minutes', 'Place the buccal midazolam in his mouth between the cheek and gum.'],
      ['Alendronate', 'Take the tablet, stay upright for 30 minutes, and then you can lie down.'],
      ['Chemical in eye', 'Rinse with lukewarm water for 15 minutes; do not rinse with hot water.'],
      ['Chemical in eye', "Don't rinse for less than 15 minutes."],
      ['吃华法林的，感冒了', '吃这个感冒药不用抽血。'],
      ['Mastitis', 'No need to pump after every feed; just feed on demand.'],
      ['宝宝腹泻', '停止喂奶粉，继续母乳喂养。'],
      ['On warfarin', "You don't need to check your INR yourself at home; the clinic will do it."],
      ['Chemical in eye', 'No need to rinse with saline; tap water is fine.'],
      ['Concussion in pro rugby', 'In professional rugby a player who passes the HIA can return to the same match.'],
      // A temporal condition before a required act is read as a condition: not read (fail closed).
      ['Lithium', 'Once you have been stable for years, you can stop having your lithium levels checked.'],
    ];
    for (const [q, a] of keep) expect(dutyPolarity(q, a), a).toBeUndefined();
  });

  it('every duty names its source and a polarity; ids are unique', () => {
    const ids = STANDING_DUTIES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of STANDING_DUTIES) {
      expect(d.source.length, d.id).toBeGreaterThan(20);
      expect(['must', 'never']).toContain(d.polarity);
      expect(() => new RegExp(d.act, 'giu')).not.toThrow();
    }
  });
});
