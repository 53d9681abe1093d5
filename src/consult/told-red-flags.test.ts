import { describe, expect, it } from 'vitest';
import { type ToldContext, type ToldSignId, toldRedFlags } from './told-red-flags.js';

// Probes (sessions 23): a same-day red flag the turn asked, told present in the reply's own words — never by a bare yes —
// and the near-misses that must stay unread: a denial, a gradual onset, a sign the turn did not ask, someone else's sign,
// a sign told as past or over, pus in phlegm or from an ear, and (review s23) weight loss in any wording.
const WEIGHT_ZH = '有没有突然发作，或伴有发烧或体重下降？';
const WEIGHT_EN = 'Did it come on suddenly, or with any fever, weight loss, bleeding (blood in stool, urine or phlegm, or black stools)?';
const HEARING_ZH = '有没有突然听力下降、听不清或耳朵发闷？';
const HEARING_EN = 'Any sudden loss of hearing in one ear, or a blocked feeling that came on suddenly?';
const WOUND_ZH = '有没有糖尿病、腿脚血液循环不好，或脚发麻没感觉？周围有没有红肿发热、流脓或皮肤破溃？';
const WOUND_EN = 'Is there spreading redness around it, pus, red streaks, or a fever?';
const PELVIC_EN = 'Any fever, lower belly pain or back pain?';
const PELVIC_ZH = '有没有发烧、下腹痛或腰痛？';
const PHLEGM_EN = 'Are you coughing up pus-like phlegm?';
const PHLEGM_ZH = '有没有咳黄脓痰？';
const EAR_EN = 'Is there any pus or fluid coming out of the ear?';
const EAR_ZH = '耳朵有没有流脓、流水？';

const FEVER: ToldContext = { febrile: true, patientIsOther: false };
const NO_FEVER: ToldContext = { febrile: false, patientIsOther: false };

const told: [string, string, ToldSignId][] = [
  // sudden loss of hearing told as a moment of onset
  [HEARING_ZH, '今天早上醒来就这样了。', 'suddenSenseLoss'],
  [HEARING_ZH, '一觉醒来右耳就听不见了', 'suddenSenseLoss'],
  [HEARING_ZH, '是突然的，昨天下午一下子就闷了', 'suddenSenseLoss'],
  [HEARING_EN, 'It came on suddenly yesterday afternoon.', 'suddenSenseLoss'],
  [HEARING_EN, 'I woke up with it like this on Tuesday', 'suddenSenseLoss'],
  [HEARING_EN, 'All of a sudden, in the middle of a phone call', 'suddenSenseLoss'],
  [HEARING_EN, 'It came on suddenly 2 days ago', 'suddenSenseLoss'],
  // a wound's infection told by what it shows (with a fever in the case)
  [WOUND_ZH, '有点黄色的脓，有臭味。', 'woundPus'],
  [WOUND_ZH, '伤口周围红肿了一圈，比前几天大。', 'spreadingRedness'],
  [WOUND_ZH, '红的范围越来越大了', 'spreadingRedness'],
  [WOUND_EN, "There's some yellow pus coming out of it", 'woundPus'],
  [WOUND_EN, 'The redness is spreading up towards my ankle', 'spreadingRedness'],
  [WOUND_EN, 'the red patch has got bigger since yesterday', 'spreadingRedness'],
  [WOUND_EN, 'the red patches are getting bigger', 'spreadingRedness'],
];

const notTold: [string, string][] = [
  // weight loss is no same-day sign in any wording (review s23 rows 1–22 and the told rows of the first version)
  [WEIGHT_ZH, '两个月瘦了五公斤，吃得比以前还多。'],
  [WEIGHT_ZH, '我妈妈瘦了很多，我没有'],
  [WEIGHT_ZH, '吃了司美格鲁肽，瘦了八斤'],
  [WEIGHT_ZH, '我在控制饮食，瘦了三公斤'],
  [WEIGHT_ZH, '健身三个月瘦了十斤'],
  [WEIGHT_ZH, '跑步半年瘦了六公斤'],
  [WEIGHT_ZH, '最近少吃晚饭，瘦了三公斤'],
  [WEIGHT_ZH, '坐月子以后瘦了十几斤'],
  [WEIGHT_ZH, '产后三个月，瘦了八斤'],
  [WEIGHT_ZH, '我爸之前瘦了很多才查出来的，所以担心'],
  [WEIGHT_EN, 'Lost half a stone without trying.'],
  [WEIGHT_EN, "haven't noticed any weight loss"],
  [WEIGHT_EN, 'Lost weight? Not that I know of'],
  [WEIGHT_EN, "Lost weight? No, if anything I've gained"],
  [WEIGHT_EN, "my dad lost a lot of weight before he was diagnosed, that's why I'm worried"],
  [WEIGHT_EN, "I've lost a stone since starting Mounjaro"],
  [WEIGHT_EN, "I've been doing intermittent fasting and lost 6 kilos"],
  [WEIGHT_EN, "I've lost weight but I've been on keto"],
  [WEIGHT_EN, 'lost weight after having my baby in March'],
  [WEIGHT_EN, 'Lost a few pounds when I had flu last year but it came back'],
  [WEIGHT_EN, "I lost weight last year after my operation, it's been steady since"],
  [WEIGHT_EN, 'Lost 4 kg after a stomach bug last month, back to normal now'],
  [WEIGHT_EN, 'Lost weight? I lost 3 kg on holiday, walked a lot'],
  [WEIGHT_EN, 'lost some weight with the runs, maybe 2 pounds'],
  // pus in phlegm, from an ear or the tonsils is no wound's (review s23 rows 23–26, 34)
  [PHLEGM_EN, "I'm coughing up some green stuff"],
  [PHLEGM_EN, 'Yes, pus-like phlegm in the mornings'],
  [PHLEGM_ZH, '有黄脓痰'],
  [EAR_ZH, '以前流过脓，现在不流了'],
  [EAR_ZH, '耳朵流脓，黄色的'],
  [EAR_EN, 'She had pus from that ear last year'],
  [EAR_EN, "There's pus coming out of her ear"],
  [WOUND_EN, 'There is pus on my tonsils'],
  // a wound's pus or redness told as past, over, or someone else's (review s23 rows 7, 27)
  [WOUND_EN, "There was pus last week but it's gone now"],
  [WOUND_EN, 'My son had pus in his toe, mine is fine'],
  [WOUND_ZH, '上周流过脓，现在好了'],
  [WOUND_ZH, '我老公的伤口流脓了，我的没事'],
  [WOUND_EN, 'The redness spread last month but it settled'],
  // the lower belly is no sign here any more (review s23 rows 29, 30)
  [PELVIC_EN, 'Just normal period cramps in my lower belly last week'],
  [PELVIC_ZH, '来月经时小肚子疼，平时不疼'],
  [PELVIC_ZH, '小肚子有点坠着疼'],
  // a gradual onset, or a denial of suddenness
  [HEARING_EN, 'I ask people to repeat themselves a lot. no dizziness. nothing sudden.'],
  [HEARING_ZH, '不是突然的，是慢慢越来越听不清'],
  [HEARING_EN, "No, it's been coming on gradually over months"],
  [HEARING_EN, 'Not suddenly, it built up slowly'],
  [HEARING_ZH, '突然头晕了一下，现在好了'],
  // onset words where no sudden sign was asked (the generic "did it come on suddenly" is no sense loss)
  [WEIGHT_EN, 'It came on suddenly after the takeaway.'],
  [WEIGHT_ZH, '今天早上醒来就这样了。'],
  // a wound that is healing
  [WOUND_ZH, '没有脓，也不红。'],
  [WOUND_EN, 'No pus, and the redness is fading.'],
  [WOUND_ZH, '有点白白的烂，不流脓，不疼。'],
  [WOUND_ZH, '没见脓，红的地方也没变大'],
  [WOUND_EN, 'There is no spreading redness'],
  [WOUND_EN, 'No pus now, there was a bit last week'],
];

describe('toldRedFlags: a red flag the turn asked, told present in the reply', () => {
  it.each(told)('%s ← %s → %s', (q, reply, id) => {
    expect(toldRedFlags([{ asked: [q], reply }], FEVER).map((x) => x.id)).toContain(id);
  });
  it.each(notTold)('%s ← %s → nothing', (q, reply) => {
    expect(toldRedFlags([{ asked: [q], reply }], FEVER)).toEqual([]);
  });
  it('a wound sign is same day only with a fever; a sudden sense loss by itself', () => {
    expect(toldRedFlags([{ asked: [WOUND_EN], reply: "There's some yellow pus coming out of it" }], NO_FEVER)).toEqual([]);
    expect(toldRedFlags([{ asked: [WOUND_EN], reply: 'The redness is spreading up towards my ankle' }], NO_FEVER)).toEqual([]);
    expect(toldRedFlags([{ asked: [HEARING_EN], reply: 'It came on suddenly yesterday afternoon.' }], NO_FEVER).map((x) => x.id)).toEqual(['suddenSenseLoss']);
  });
  it("another person's sign is the patient's when the consultation is about someone else", () => {
    const reply = 'My son has pus coming out of his cut';
    expect(toldRedFlags([{ asked: [WOUND_EN], reply }], FEVER)).toEqual([]);
    expect(toldRedFlags([{ asked: [WOUND_EN], reply }], { febrile: true, patientIsOther: true }).map((x) => x.id)).toEqual(['woundPus']);
  });
  it('reads every question of the turn against the whole reply (the patient answers them in one message)', () => {
    const t = toldRedFlags([{ asked: ['有没有晕倒、胸痛、气短？', HEARING_ZH], reply: '没有胸痛，也没晕过；今天早上醒来就这样了' }], NO_FEVER);
    expect(t.map((x) => x.id)).toEqual(['suddenSenseLoss']);
    expect(t[0].question).toBe(HEARING_ZH);
  });
  it('reads nothing without a question turn', () => {
    expect(toldRedFlags([], FEVER)).toEqual([]);
  });
});
