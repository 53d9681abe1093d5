import { describe, expect, it } from 'vitest';
import { type ToldSignId, toldRedFlags } from './told-red-flags.js';

// Probes written before the reader (session 23): a red flag the turn asked, told present in the reply's own words —
// never by a bare yes — and the near-misses that must stay unread (a denial, a gain, a gradual onset, a sign the turn
// did not ask, a sign the question names only as a risk factor).
const WEIGHT_ZH = '有没有突然发作，或伴有发烧或体重下降？';
const WEIGHT_EN = 'Did it come on suddenly, or with any fever, weight loss, bleeding (blood in stool, urine or phlegm, or black stools)?';
const HEARING_ZH = '有没有突然听力下降、听不清或耳朵发闷？';
const HEARING_EN = 'Any sudden loss of hearing in one ear, or a blocked feeling that came on suddenly?';
const WOUND_ZH = '有没有糖尿病、腿脚血液循环不好，或脚发麻没感觉？周围有没有红肿发热、流脓或皮肤破溃？';
const WOUND_EN = 'Is there spreading redness around it, pus, red streaks, or a fever?';
const PELVIC_EN = 'Any fever, lower belly pain or back pain?';
const PELVIC_ZH = '有没有发烧、下腹痛或腰痛？';

const told: [string, string, ToldSignId][] = [
  // weight loss told as an amount lost, in either language
  [WEIGHT_ZH, '两个月瘦了五公斤，吃得比以前还多。', 'weightLoss'],
  [WEIGHT_ZH, '瘦了快四斤。', 'weightLoss'],
  [WEIGHT_ZH, '体重这半年掉了七八斤', 'weightLoss'],
  [WEIGHT_ZH, '最近轻了三公斤左右，也没减肥', 'weightLoss'],
  [WEIGHT_ZH, '人明显消瘦了，衣服都宽了', 'weightLoss'],
  [WEIGHT_ZH, '體重一個月少了四公斤', 'weightLoss'],
  [WEIGHT_EN, 'Lost half a stone without trying.', 'weightLoss'],
  [WEIGHT_EN, 'About 5 kilos over 2 months.', 'weightLoss'],
  [WEIGHT_EN, "I've lost about 10 pounds since Christmas", 'weightLoss'],
  [WEIGHT_EN, 'My jeans are hanging off me, I must have dropped a dress size', 'weightLoss'],
  [WEIGHT_EN, 'yeah weight has been dropping off me', 'weightLoss'],
  [WEIGHT_EN, 'Some weight loss, maybe 3kg in a month', 'weightLoss'],
  [WEIGHT_ZH, '最近两个月瘦了差不多八九斤，也没减肥。', 'weightLoss'],
  [WEIGHT_EN, "I wasn't trying to lose weight but I'm down about 4 kilos over 6 weeks", 'weightLoss'],
  // sudden loss of hearing told as a moment of onset
  [HEARING_ZH, '今天早上醒来就这样了。', 'suddenSenseLoss'],
  [HEARING_ZH, '一觉醒来右耳就听不见了', 'suddenSenseLoss'],
  [HEARING_ZH, '是突然的，昨天下午一下子就闷了', 'suddenSenseLoss'],
  [HEARING_EN, 'It came on suddenly yesterday afternoon.', 'suddenSenseLoss'],
  [HEARING_EN, 'I woke up with it like this on Tuesday', 'suddenSenseLoss'],
  [HEARING_EN, 'All of a sudden, in the middle of a phone call', 'suddenSenseLoss'],
  // a wound's infection told by what it shows
  [WOUND_ZH, '有点黄色的脓，有臭味。', 'pus'],
  [WOUND_ZH, '伤口周围红肿了一圈，比前几天大。', 'spreadingRedness'],
  [WOUND_ZH, '红的范围越来越大了', 'spreadingRedness'],
  [WOUND_EN, "There's some yellow pus coming out of it", 'pus'],
  [WOUND_EN, 'The redness is spreading up towards my ankle', 'spreadingRedness'],
  [WOUND_EN, 'the red patch has got bigger since yesterday', 'spreadingRedness'],
  // a lower belly pain told in everyday words
  [PELVIC_EN, "Actually I've had an ache low in my tummy on both sides for a few days", 'lowerBellyPain'],
  [PELVIC_EN, 'My lower belly is sore, sort of crampy', 'lowerBellyPain'],
  [PELVIC_ZH, '小肚子有点坠着疼', 'lowerBellyPain'],
  [PELVIC_ZH, '下腹两边隐隐作痛好几天了', 'lowerBellyPain'],
];

const notTold: [string, string][] = [
  // denials and gains
  [WEIGHT_ZH, '体重没变。'],
  [WEIGHT_ZH, '没瘦，反而胖了两斤'],
  [WEIGHT_ZH, '最近重了三公斤'],
  [WEIGHT_EN, 'No weight loss or night sweats.'],
  [WEIGHT_EN, "I've put on 5 kilos over 2 months, if anything."],
  [WEIGHT_EN, "Weight's stable, no fever."],
  [WEIGHT_EN, "I haven't lost any weight"],
  // a loss sought, or too small to be the unexplained loss a referral asks (in-sample c8-041, c5-007)
  [WEIGHT_ZH, '最近在减肥，瘦了三四斤。'],
  [WEIGHT_ZH, '体重好像掉了两斤'],
  [WEIGHT_EN, "I've lost half a stone but I've been dieting since January"],
  [WEIGHT_EN, 'Lost about 1 kilo, I think.'],
  // in-sample c12-062, c19-015, c16-040: a denial inside the phrase, a loss sought, "nothing sudden"
  [WEIGHT_ZH, '不发烧，体重没掉，就是有点胖。'],
  [WEIGHT_EN, "I've lost a few pounds but I have been trying to."],
  [HEARING_EN, 'I ask people to repeat themselves a lot. no dizziness. nothing sudden.'],
  // a weight told where weight loss was not asked
  ['How old is the person?', 'Lost half a stone without trying.'],
  ['有没有胸痛、气短？', '两个月瘦了五公斤'],
  // a gradual onset, or a denial of suddenness
  [HEARING_ZH, '不是突然的，是慢慢越来越听不清'],
  [HEARING_EN, "No, it's been coming on gradually over months"],
  [HEARING_EN, 'Not suddenly, it built up slowly'],
  // onset words where no sudden sign was asked (the generic "did it come on suddenly" is no sense loss)
  [WEIGHT_EN, 'It came on suddenly after the takeaway.'],
  [WEIGHT_ZH, '今天早上醒来就这样了。'],
  // a wound that is healing
  [WOUND_ZH, '没有脓，也不红。'],
  [WOUND_EN, 'No pus, and the redness is fading.'],
  [WOUND_ZH, '有点白白的烂，不流脓，不疼。'],
  [WOUND_ZH, '没见脓，红的地方也没变大'],
  [WOUND_EN, 'There is no spreading redness'],
  // pain elsewhere than the lower belly, or denied
  [PELVIC_EN, 'No tummy pain, just the itch.'],
  [PELVIC_EN, 'My lower back aches a bit from lifting'],
  [PELVIC_ZH, '肚子不疼，就是痒'],
  [PELVIC_ZH, '没有下腹痛'],
  [PELVIC_ZH, '没有发烧，小腹不疼'],
  [PELVIC_EN, "My lower tummy doesn't hurt"],
];

describe('toldRedFlags: a red flag the turn asked, told present in the reply', () => {
  it.each(told)('%s ← %s → %s', (q, reply, id) => {
    expect(toldRedFlags([{ asked: [q], reply }]).map((x) => x.id)).toContain(id);
  });
  it.each(notTold)('%s ← %s → nothing', (q, reply) => {
    expect(toldRedFlags([{ asked: [q], reply }])).toEqual([]);
  });
  it('reads every question of the turn against the whole reply (the patient answers them in one message)', () => {
    const t = toldRedFlags([{ asked: ['有没有晕倒、胸痛、气短？', WEIGHT_ZH], reply: '没有胸痛，也没晕过；两个月瘦了五公斤' }]);
    expect(t.map((x) => x.id)).toEqual(['weightLoss']);
    expect(t[0].question).toBe(WEIGHT_ZH);
  });
  it('reads nothing without a question turn', () => {
    expect(toldRedFlags([])).toEqual([]);
  });
});
