import { describe, expect, it } from 'vitest';
import { qaRecord } from '../testing/qa-record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { askedState } from './asked-state.js';

// Own probes written for this design (session 18), none taken from a curation batch: harmful acts in new wordings,
// and correct look-alikes that name the same act (later phase, forbidden, an old injury, a back strain, sugar given).
const HARMFUL: [string, string, string][] = [
  ['I rolled my ankle an hour ago at soccer, it is puffy.', 'Wrap it in a hot water bottle tonight to get the blood flowing.', 'heat-on-fresh-sprain'],
  ['刚才打羽毛球把脚崴了，肿得厉害', '可以用热水泡脚，每次半小时，有利于消肿。', 'heat-on-fresh-sprain'],
  [
    'Sprained my wrist this morning falling off my bike.',
    'A heating pad on the wrist for 20 minutes every few hours is best right now.',
    'heat-on-fresh-sprain',
  ],
  ['孩子下午跳绳扭伤了脚踝', '回家后给孩子热敷一下，促进血液循环。', 'heat-on-fresh-sprain'],
  ['twisted my knee 30 min ago skiing', 'Apply heat straight away and keep it moving.', 'heat-on-fresh-sprain'],
  ['我妈刚刚崴了脚', '马上用热毛巾敷上，会好得快一些。', 'heat-on-fresh-sprain'],
  ['扭伤脚踝两小时，怎么处理', '应该立即热敷消肿。', 'heat-on-fresh-sprain'],
  ['My sugar is 3.1 and I feel shaky, I am on insulin.', 'Inject 4 units of your NovoRapid now to stabilise it.', 'lowering-during-low-sugar'],
  ['blood glucose reading 52 mg/dL, sweaty', 'Take your glimepiride now and rest.', 'lowering-during-low-sugar'],
  ['老人低血糖，手抖出冷汗，测了2.8', '先给他吃一片格列齐特，然后休息。', 'lowering-during-low-sugar'],
  ['My dad is hypoglycemic right now, 45 mg/dL, confused but can swallow', 'Give him an extra 6 units of insulin.', 'lowering-during-low-sugar'],
  ['低血糖了 3.2 打的胰岛素', '可以再补打几个单位胰岛素。', 'lowering-during-low-sugar'],
  ['Hypo at 3.4 mmol/L after my run, I use Humalog', 'Use your Humalog pen for a small correction dose.', 'lowering-during-low-sugar'],
  [
    'Low blood sugar again, 60 on my meter, type 2 on gliclazide',
    "Don't eat anything sweet; it will just make it swing. Lie down.",
    'sugar-withheld-during-low',
  ],
  ['我血糖才3.0，心慌', '这时候不要吃糖，喝点白开水躺一会儿就好了。', 'sugar-withheld-during-low'],
  // Second round (written after the first was read)
  ['my daughter twisted her ankle at gym class today', 'Put a hot pack on it tonight before bed.', 'heat-on-fresh-sprain'],
  ['脚踝扭伤了，刚发生的', '用热水烫一烫脚，活血化瘀。', 'heat-on-fresh-sprain'],
  ["sugar 3.0, I'm on Lantus and NovoRapid", 'Give yourself 2 extra units of NovoRapid now.', 'lowering-during-low-sugar'],
];

const SAFE: [string, string][] = [
  // Second round: an injury whose age is told indirectly, a muscle 'sprain' of the neck, the insulin named in passing.
  ['I sprained my ankle last Saturday, still a bit sore', 'Warm soaks and gentle range-of-motion exercises will help now.'],
  ['上个月崴了脚，现在还有点肿', '可以热敷，促进吸收。'],
  ['sprained my wrist over the weekend', 'Use a heating pad for 15 minutes to relax the area.'],
  ['I think I sprained a muscle in my neck sleeping', 'A warm compress and gentle stretches usually help.'],
  ['my sugar dropped to 3.5 this afternoon, I take insulin', 'Eat something with sugar now. Your insulin dose may need adjusting, so talk to your doctor.'],
  ['had a hypo at 3.2 after lunch', 'Take glucose now. The insulin you took before lunch probably caused this; next time inject after eating.'],
  ['低血糖3.3，心慌出汗', '现在马上吃几块糖。平时少吃甜食，注意规律饮食。'],
  ['我爸低血糖了 血糖2.9 他在打胰岛素', '先喝半杯果汁，胰岛素先别打，等血糖恢复后再说。'],
  ['blood sugar 62, shaky, on glipizide', 'Have 4 glucose tablets. Glipizide often causes this, so ask about switching.'],
  ['hypo last night at 3.0', 'Have a bedtime snack and ask your team whether to take less of your evening insulin.'],
  ['低血糖了，怎么办', '立即口服葡萄糖或者含糖饮料，糖尿病患者使用胰岛素要注意监测血糖。'],
  ['崴脚一小时', '冷敷为主，千万不要马上热敷，二天后可以热敷。'],
  ['twisted ankle 1 hour ago', 'Ice now. Heat is for later, after 2-3 days.'],
  ['my son rolled his ankle at football an hour ago', 'Rest, ice, compression and elevation. Avoid heat, alcohol, running and massage for 72 hours.'],
  ['my blood sugar was 3.8 this morning, I take insulin', 'Eat breakfast and check again; if it stays low, take less insulin tonight.'],
  ['低血糖 3.5 用胰岛素', '建议吃点糖，然后调整胰岛素用量。'],
  ['hypo 3.1 now', 'Drink juice. Use your insulin pump suspend feature if you have one.'],
  ['Sprained my ankle an hour ago.', 'Ice it for 20 minutes; after 48 hours you can switch to heat.'],
  ['刚崴脚，肿了', '48小时内冷敷，48小时后再热敷。'],
  ['刚崴脚，肿了', '千万别热敷，会加重肿胀。'],
  ['扭伤三周了还是有点疼，可以热敷吗', '可以热敷，促进血液循环。'],
  ['I strained my lower back lifting yesterday', 'A heat pack helps the muscle spasm.'],
  ['sprained ankle 2 hours ago', 'Heat makes swelling worse at this stage, so use cold packs.'],
  ["My ankle keeps rolling, it's an old sprain from last year", 'Warm soaks before exercise can loosen it.'],
  ['刚才崴了脚', '不要用热水泡脚，也不要揉。'],
  ['Twisted ankle this afternoon, should I use heat or ice?', 'Ice, not heat, for the first two days. Do not use a heating pad yet.'],
  ['twisted my ankle 1 hr ago and now the foot is cold and blue', "Go to the ER now; don't apply heat."],
  ['昨天扭伤了脚踝', '受伤24小时以后肿胀不再加重，才可以改为热敷。'],
  ['low 3.2 on insulin, shaky', 'Take 15 g of glucose tablets now, then recheck in 15 minutes; talk to your doctor about reducing your insulin.'],
  ['my meter says 55 mg/dL and I take glipizide', 'Drink half a cup of juice now. Glipizide can cause lows that recur, so keep checking for several hours.'],
  ['家里老人低血糖昏迷了', '不要往嘴里喂糖水，以免呛咳，立即打120，有胰高血糖素可以注射。'],
  ['sugar 3.5 this morning, on Lantus', 'Eat breakfast first and keep taking your Lantus as usual; your doctor may lower the dose.'],
  ['I had a low of 60 yesterday; now my sugar is high at 15', 'Take your correction insulin now as your plan says.'],
  ['孩子低血糖 3.0', '立即吃几块糖或喝半杯果汁，15分钟后复测。'],
  ['my sugar is 3.3 and I feel weak', 'Avoid sugar-free drinks — they will not raise your sugar. Have regular cola instead.'],
  ['low 2.9 and shaky', "Don't take your insulin until you have eaten and your sugar is back above 4."],
  ['My mother is hypoglycemic and unconscious', 'Do not give anything by mouth; call 911 and use her glucagon kit.'],
  ['低血糖3.1，用的诺和锐', '先吃15克糖，15分钟后复测；诺和锐这两天要减量，跟医生商量。'],
  ['a wasp stung my ankle an hour ago and it is swollen', 'A warm compress can ease the itch later today.'],
  ['My sugar was 3.6 before bed, I use insulin', 'Have a snack with carbohydrate before you inject your night insulin, and tell your diabetes nurse.'],
];

// Review s18 (consult-curation-rl) H1 — correct answers the filter dropped — each shape as the review wrote it, then two
// variants of our own per shape: a forbid scoping over a list, heat as the lesser side of a comparison or judged wrong or
// told as what others do, insulin as the cause / carried / dosed another time, a forbid of insulin (not of sugar).
const REVIEW_H1_SAFE: [string, string][] = [
  ['sprained wrist 2 hours ago', "Use a bag of frozen peas; don't use a heat pack, heating pad or hot water for at least 48 hours."],
  ['rolled my ankle this morning', 'Never put on a hot pack, a warm towel or a hot water bottle today.'],
  ['刚崴了脚，肿了', '千万不要用热水袋、热毛巾或者热水泡脚，先冰敷。'],
  ['刚刚扭伤了脚踝，肿了', '冷敷比热敷好，每次15分钟。'],
  ['I twisted my knee an hour ago', 'An ice pack works far better than a heat pack right now.'],
  ['孩子刚扭伤手腕', '用冰袋冷敷，而不是热敷。'],
  ['刚扭伤脚踝两个小时', '热敷是错误的做法，应该冰敷。'],
  ['sprained my ankle 40 minutes ago', 'Putting a heating pad on it is wrong at this stage; use ice.'],
  ['刚崴了脚', '热敷不如冷敷，先冰敷二十分钟。'],
  ['I sprained my ankle an hour ago', 'Many people reach for a hot water bottle, but ice is what you need for the first two days.'],
  ['刚刚扭到脚踝', '很多人喜欢用热水泡脚，但这时应该冷敷。'],
  ['twisted my wrist just now', 'Most people use a heating pad, however cold is what helps in the first days.'],
  ["My blood sugar is 3.1 and I'm shaky.", 'Take 4 glucose tablets now and recheck in 15 minutes. Always keep your insulin pen with you.'],
  ['sugar 3.3, sweaty', 'Eat some jelly beans now. Carry your insulin and a glucose meter with you when you go out.'],
  ['低血糖 3.0，手抖', '马上吃糖。平时随身携带胰岛素笔和糖块。'],
  [
    "I'm having a hypo, 3.1 — I just injected my Humalog before dinner",
    'Eat your dinner and have some juice now; the Humalog you injected is why, so next time inject after you start eating.',
  ],
  ["I'm having a hypo at 3.5", 'Drink half a glass of juice now. Next time take your insulin after eating, not before.'],
  ['低血糖2.9，饭前打了诺和锐', '现在马上吃饭喝果汁。下次吃了几口饭再打诺和锐。'],
  ['我血糖2.9，是不是胰岛素打多了？', '有可能是胰岛素打多了。现在先吃糖，15分钟后复测。'],
  ['sugar 3.0 after my evening dose', 'Have juice now; too much insulin with too little food caused this low.'],
  ['低血糖了 3.1', '马上喝果汁，这次低血糖是格列美脲引起的。'],
  ["My son's sugar is 3.0 and he's on insulin", "Give him juice now. Don't give his insulin until he has eaten and his sugar is back above 4."],
  ['hypo 3.2 on NovoRapid', 'Have glucose now and do not inject NovoRapid while your sugar is under 4.'],
  ['血糖2.8，在打胰岛素', '先吃糖，不要打胰岛素，等血糖升到4以上。'],
];

// Review s18 S2/S3 — a fresh sprain read as old or as a back strain because of a date, age or back word elsewhere in the
// question; the injury's own part is read now. The review's shapes, then two variants of our own per shape.
const REVIEW_S2_S3_HARMFUL: [string, string][] = [
  ['我打了5年篮球，今天下午扭伤了脚踝，肿得厉害', '立刻用热水泡脚二十分钟，促进血液循环'],
  ['我跑了十年步，刚才把脚崴了', '回去用热毛巾敷一敷。'],
  ["I've played tennis for 8 years and twisted my knee an hour ago", 'Put a heating pad on it tonight.'],
  ["I'm 25 years old and sprained my ankle an hour ago.", 'Put a heating pad on it for 30 minutes.'],
  ['sprained my ankle 30 min ago, my daughter is 3 years old and was with me', 'Use a hot water bottle on it.'],
  ['My 70-year-old mum rolled her ankle this afternoon', 'A hot water bottle wrapped in a towel will help.'],
  ['孩子刚才打球扭伤了脚踝，他今年上三年级', '马上用热水泡脚。'],
  ['女儿读初二，今天上体育课崴了脚', '晚上用热水泡脚。'],
  ['我儿子五年级，下午跳远扭伤了脚踝', '给他热敷一下。'],
  ['背着孩子下楼梯，刚刚把脚踝扭了，肿了', '赶紧热敷，用热水袋敷在脚踝上'],
  ['刚刚扭伤了手腕，腰没事，肿起来了', '马上热敷，用热水袋敷手腕。'],
  ["I rolled my ankle 20 minutes ago, it's puffy. My back is fine.", 'Apply heat with a hot water bottle tonight.'],
  ['Sprained my wrist an hour ago. No neck pain at all.', 'Wrap it in a heating pad.'],
  ['脖子不疼，就是刚才把脚扭了', '用热水袋热敷脚踝。'],
  ['脚背扭伤了，刚刚', '马上热敷。'],
];
const REVIEW_S2_S3_SAFE: [string, string][] = [
  ['我的脚踝扭伤了，已经三天了', '可以热敷，促进吸收。'],
  ['I sprained my ankle, it was 3 days ago', 'Warm soaks will help now.'],
  ['刚才扭伤了腰', '可以热敷，放松肌肉。'],
];

describe('askedState', () => {
  it.each(HARMFUL)('flags %s → %s', (q, a, kind) => {
    expect(askedState(q, a)?.kind).toBe(kind);
  });
  it.each(SAFE)('keeps %s → %s', (q, a) => {
    expect(askedState(q, a)).toBeUndefined();
  });
  it.each(REVIEW_H1_SAFE)('keeps (review s18 H1) %s → %s', (q, a) => {
    expect(askedState(q, a)).toBeUndefined();
  });
  it.each(REVIEW_S2_S3_HARMFUL)('flags (review s18 S2/S3) %s → %s', (q, a) => {
    expect(askedState(q, a)?.kind).toBe('heat-on-fresh-sprain');
  });
  it.each(REVIEW_S2_S3_SAFE)('keeps (review s18 S2/S3) %s → %s', (q, a) => {
    expect(askedState(q, a)).toBeUndefined();
  });
  it('keeps a later turn about the phase after 48 h (cmtmedqa, the corpora run)', () => {
    const q = '我的脚崴了，脚背很疼\n脚也肿得厉害。\n请问，在冷敷后的48小时之后，我该怎么处理脚伤？';
    expect(askedState(q, '恢复过程中，48小时之后您可以开始热敷。使用热敷时，可以选择温热水袋或热毛巾，每次15-20分钟。')).toBeUndefined();
    expect(askedState('我的脚崴了', '冷敷48小时后可以热敷。使用热敷时，可以选择温热水袋或热毛巾。')).toBeUndefined();
  });
  it('reads nothing without a question', () => {
    expect(askedState('', '48小时内应热敷。')).toBeUndefined();
  });
});

describe('advice-check drops the act with its reason', () => {
  const qa = qaRecord;
  const o = adviceCheckOptions.parse({});
  it('heat on a sprain two hours old', () => {
    expect(adviceVerdict(qa('下楼梯崴了脚，两个小时了，外踝肿了', '扭伤早期应立即用热水袋热敷，每次20分钟。'), o)).toEqual({
      drop: 'advice_asked_heat-on-fresh-sprain',
    });
  });
  it('cold first and heat after 48 hours is kept', () => {
    expect(adviceVerdict(qa('下楼梯崴了脚，两个小时了，外踝肿了', '48小时内冷敷，每次15分钟；48小时后再改为热敷。'), o)).toBe(true);
  });
});
