import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { signClassesIn } from './exposure-signs.js';
import { readNarrowMarginToxicity } from './double-dose.js';

// Session 22 (triage #19, knowledge, review s21 S0b/S21/S2/S9/S14/S1/S17/O2): ONE sign reader. The exposure readers ask
// the triage's sign vocabulary (red-flags/signs.ts + toxidrome-signs.ts) for the signs of a message, grouped into the
// classes the knowledge rows name (chlorine gas × breathing/collapse, organophosphate × cholinergic, lithium × ataxia,
// methotrexate × mouth ulcers + fever). Each emergency has a harmless twin: the same agent and words without the sign,
// or the sign without the exposure.

const level = (text: string) => triageDetail(text, { locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en-GB' }).level;

describe('signClassesIn: the one sign reader, grouped', () => {
  it('reads Cantonese breath, chest and collapse words as the main reader does', () => {
    expect([...signClassesIn('而家胸口好翳，透唔到气')].sort()).toEqual(['breathing', 'chest']);
    expect(signClassesIn('阿嫲晕咗喺厕所').has('collapse')).toBe(true);
  });
  it('reads cholinergic, airway and narrow-margin toxicity signs in both languages', () => {
    expect(signClassesIn('now sweating, drooling and pinpoint pupils').has('cholinergic')).toBe(true);
    expect(signClassesIn('现在流口水，瞳孔很小').has('cholinergic')).toBe(true);
    expect(signClassesIn("he's drooling and won't swallow").has('airway')).toBe(true);
    expect(signClassesIn('满嘴溃疡，发热38.9度').has('mucosal')).toBe(true);
    expect(signClassesIn('sores all over her mouth and a temperature').has('fever')).toBe(true);
  });
  it('reads no sign that is denied', () => {
    expect(signClassesIn('没有流口水，瞳孔正常').has('cholinergic')).toBe(false);
    expect(signClassesIn('not drooling, breathing fine').has('cholinergic')).toBe(false);
  });
});

describe('an exposure with a sign of its own harm is an emergency; its twin is not', () => {
  const pairs: [string, string][] = [
    ['84同洁厕灵混埋一齐用，而家胸口好翳，透唔到气', '84同洁厕灵可唔可以一齐用？'],
    ['I mixed bleach and ammonia, my husband collapsed in the bathroom', 'can I use bleach and ammonia on different days?'],
    ['漂白水同洁厕灵撈埋，阿嫲晕咗喺厕所', '漂白水同洁厕灵可以分开用吗'],
    ['sprayed chlorpyrifos without gloves, now sweating, drooling and pinpoint pupils', 'what gloves should I wear to spray chlorpyrifos?'],
    ["my dad was spraying malathion on the crops and now he's foaming at the mouth with tiny pupils", 'my dad sprays malathion on the crops every spring'],
    ['他打完敌敌畏，现在大汗淋漓，口吐白沫，瞳孔缩小', '打敌敌畏的时候要戴什么口罩？'],
    ['爸爸在地里打农药，晕倒了，满身汗，流口水', '爸爸在地里打农药，要注意什么'],
    [
      "I'm on lithium and for two days I've been throwing up, my hands shake a lot and I'm stumbling, can't walk straight",
      "I'm on lithium, my hands have a slight tremor the psychiatrist knows about",
    ],
    ['我在吃碳酸锂，这两天一直吐，走路不稳，有点糊涂', '我在吃碳酸锂，需要多久查一次血药浓度？'],
    ['我每周一次的甲氨蝶呤，这周不小心天天吃了，现在口腔全是溃疡，发烧', '甲氨蝶呤每周一次，叶酸每天吃，对吗'],
    [
      'my weekly methotrexate, I took it every day this week by mistake, now my mouth is full of ulcers',
      'I take methotrexate once a week and folic acid every day',
    ],
    ['84同洁厕灵混埋，而家透唔到气，要唔要去医院', '84同洁厕灵混埋会唔会有毒？'],
    ['孩子舔了洗碗机的洗涤块，嘴里起泡，一直流口水', '洗碗机的洗涤块放在哪里比较安全'],
    ['my toddler bit a dishwasher tablet, mouth blistered and drooling', 'my toddler is teething and drooling a lot'],
  ];
  for (const [emergency, twin] of pairs) {
    it(emergency, () => {
      expect(level(emergency)).toBe('emergency');
      expect(level(twin)).not.toBe('emergency');
    });
  }
});

describe('narrow-margin toxicity without an extra dose (S14)', () => {
  it('lithium: vomiting is a level today, an unsteady walk or confusion is now; a question about the signs is neither', () => {
    expect(readNarrowMarginToxicity("I take my lithium twice a day. Today I'm vomiting and have diarrhoea")?.level).toBe('urgent');
    expect(readNarrowMarginToxicity("I take my lithium twice a day. Today I'm vomiting, shaking badly and can't walk straight")?.level).toBe('emergency');
    expect(readNarrowMarginToxicity('what are the signs of lithium toxicity? vomiting, confusion?')).toBeNull();
    expect(readNarrowMarginToxicity('lithium batteries make me confused')).toBeNull();
  });
});

describe('a denial lowers a double dose only when its object is the dose (S17), and a question is no dose (O2)', () => {
  it('a meal denied keeps the extra dose', () => {
    expect(level('没吃饭，又多打了一针胰岛素，现在心慌出汗手抖')).toBe('emergency');
    expect(level("I haven't had dinner yet and I injected my novorapid twice")).not.toBe('routine');
    expect(level("I didn't have breakfast and took my gliclazide twice")).not.toBe('routine');
  });
  it('a dose told and then asked about stays a dose; the daily taking of a weekly medicine told beside a question too', () => {
    expect(level('I took my warfarin twice today, is that ok?')).not.toBe('routine');
    expect(level('华法林今天吃了两次，要紧吗？')).not.toBe('routine');
    expect(level('my methotrexate is weekly but I took it every day this week, should I stop?')).not.toBe('routine');
    expect(level('甲氨蝶呤一周一次的，我这周每天都吃了，要不要紧')).not.toBe('routine');
    expect(level('is it safe to take methotrexate daily?')).not.toBe('emergency');
  });
  it('a missed dose asked about is no extra dose', () => {
    expect(level('华法林漏吃了一次，明天要吃两次吗？')).toBe('routine');
    expect(level("I didn't take my insulin twice, only once")).toBe('routine');
  });
});
