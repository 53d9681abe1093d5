// The opening as the consultation's recognisers read it when it is written in traditional characters (Hong Kong,
// Macau, Taiwan) or in Cantonese. Every complaint entry, body-site screen, injury mechanism and presentation the
// consultation knows is written in simplified Mandarin; "個仔4歲，頭先喺公園攀爬架跌落嚟，用手撐地，而家右手手腕有啲腫，佢唔肯郁隻手"
// names none of them as written (traditional 個/歲/頭, Cantonese 跌落嚟 'fell down', 郁 'move'), so its first turn asked
// generic questions where a Mandarin writer's fall onto a wrist is asked the deformity, the snuffbox and the hand's
// circulation. One reading for every entry, not a word per case:
//   1. core's reading form (core/han-variants.ts commitmentReadingForm): traditional → simplified one for one, the
//      Cantonese verbs of eating, drinking and giving, negation (唔, 冇), the copula 係 and the perfective 咗;
//   2. this reader's own Cantonese words, in the order a sentence needs them: function words (喺, 佢, 嚟, 啲, 嘅, 而家,
//      头先…), who (个仔 a son, 个女 a daughter, 嫲嫲, 细路), the body part (膝头 the knee, 脚眼 the ankle, 手踭 the elbow),
//      the mechanism (跌亲 hurt in a fall, 跌落来 fell down, 扭亲 twisted, 郁 to move) and everyday verbs (睇 to see, 痕
//      itchy, 屙 to pass). A list of its own (the triage's normaliser keeps its rows for the triage's readers, and its
//      Cantonese rows are not applied to Mandarin, where 婆婆 is a mother-in-law and 食指 a finger).
// Only a text that is traditional or Cantonese has a reading form; Mandarin in simplified characters is read as written.
// Used only to ADD questions (policy.ts `readingFormQuestions`): the turn the patient's own words give stays as it is.
// Pure.
import { commitmentReadingForm, hasTraditional } from '../core/han-variants.js';

/** Written Cantonese: particles, pronouns and verbs Mandarin does not write (in either script). */
const CANTONESE = /[咗嘅喺佢冇唔嚟啲哋嘢睇瞓攰揸嗰咩啱噉乜嘥嚿]|而家|依家|頭先|头先|係咪|系咪|琴日|尋日|寻日|今朝|點解|点解|成身|好痕/u;

/**
 * Cantonese (and a few Hong Kong) words → the Mandarin words the consultation's recognisers know, read after core's
 * reading form (simplified characters; 唔 → 不, 冇 → 没, 咗 → 了, 係 → 是, 食 → 吃 already done).
 */
const CONSULT_CANTONESE: readonly (readonly [RegExp, string])[] = [
  // Function words: where (喺 in, 度 there), who (佢 he/she, 我哋 we), what (嘢 a thing, 咩 what), when (而家/依家 now,
  // 头先 just now, 啱啱 just, 琴日/寻日 yesterday, 今朝 this morning, N日 N days), 嚟 come, 啲 some, 嘅 of, 嗰 that, 呢 this
  // (before a measure or a time), 是咪 is it, 点解 why, 几耐 how long, 使不使 need, 点算 what to do.
  [/喺/g, '在'],
  [/(?<=[我你佢他她])哋/g, '们'],
  [/佢/g, '他'],
  [/讲嘢|讲说话/g, '说话'],
  [/嘢/g, '东西'],
  [/咩/g, '什么'],
  [/而家|依家/g, '现在'],
  [/头先/g, '刚才'],
  [/啱啱/g, '刚刚'],
  [/琴日|寻日/g, '昨天'],
  [/琴晚|寻晚/g, '昨晚'],
  [/今朝/g, '今天早上'],
  [/今日/g, '今天'],
  [/(?<!月[\d一二三四五六七八九十]{0,3})(?<=[\d一两二三四五六七八九十半几成])日(?![本子记期])/g, '天'],
  [/嚟/g, '来'],
  [/啲/g, '些'],
  [/嘅/g, '的'],
  [/嚿/g, '块'],
  [/嗰/g, '那'],
  [/呢(?=[一个些两几度排次日天年])/g, '这'],
  [/是咪/g, '是不是'],
  [/点解/g, '为什么'],
  [/几耐/g, '多久'],
  [/使不使/g, '要不要'],
  // 礼拜 is a week (两个礼拜 two weeks; Mandarin's 星期), and 有咗 + weeks or months, or 有咗BB, is "pregnant" (有咗7个礼拜).
  [/礼拜/g, '星期'],
  // Pregnant only as the clause's own predicate of the writer or a woman: 有了 opens the text or its clause, or follows
  // 我/她/老婆… (with 现在/已经/都 between), and the duration ends its clause (我有咗7个礼拜，见红). After a symptom it is
  // "have had it for" (我老公出血有咗两个礼拜; 便血已经有了两个月) and a duration going on to a noun (有了两个星期头痛) is the same.
  [
    /(?<=(?:^|[，。,.；;！!？?、\s]|[我她]们?|老婆|太太|妻子|女儿|媳妇|新抱|女朋友)(?:(?:现在|已经|都)\s*)?)有了(?=(?:宝宝|BB|bb)|[\d一两二三四五六七八九十]{1,3}\s*(?:个)?(?:星期|周|月)(?:多|左右|了|喇|啦|嘞|咯|罗)?(?:[，。,.；;！!？?、\s]|$))/g,
    '怀孕',
  ],
  // 话 is "to say" (他话喉咙痒: he says his throat itches; 电话/说话/笑话/话题 stay), 仲 "also, still" (仲裁/仲夏 stay),
  // 得不要 the 得唔好 of "not well" (睡得唔好: slept badly; 睡姿唔好。a bad posture; core reads 唔好 as "don't").
  [/(?<![说电笑讲对废闲实童神情会听])话(?![题剧费筒])/g, '说'],
  [/仲(?![裁夏秋春冬介])/g, '还'],
  [/(?<=得)不要|不要(?=[，。,.？?！!、\s]|$)/g, '不好'],
  [/谂/g, '想'],
  // Who: 个仔 / 个女 are "(my) son / daughter" (个女人 is a woman, 个女仔 a girl: a child, but not "daughter"); 细路 a child,
  // BB a baby, 老豆 father, 阿妈 mother, 嫲嫲 / 阿嫲 / 阿婆 grandmother (婆婆 stays: a mother-in-law in Taiwan), 阿爷 /
  // 阿公 grandfather, 细佬 a younger brother, 家姐 an elder sister.
  [/个仔(?!细)/g, '儿子'],
  [/个女(?![人仔])/g, '女儿'],
  [/细路(?:仔|女|哥)?|细蚊仔|女仔|男仔/g, '小孩'],
  // BB before a thing's noun is the thing (BB霜 a tinted cream, BB机 a pager; BB针/BB车/BB床/BB衫/BB油/BB樽 are things
  // for a baby, not the baby who is ill): read as written.
  [/(?<![A-Za-z])(?:BB|bb)(?![A-Za-z霜机针车床衫油樽])|B女|B仔/g, '宝宝'],
  [/老豆|老窦|阿爸/g, '爸爸'],
  [/阿妈/g, '妈妈'],
  [/嫲嫲|阿嫲|阿婆/g, '奶奶'],
  [/阿爷|阿公/g, '爷爷'],
  [/细佬/g, '弟弟'],
  [/家姐/g, '姐姐'],
  // The body: 膝头(哥) the knee, 脚眼 the ankle bone, 手踭 the elbow, 膊头 the shoulder, 背脊 the back, 屎忽 the buttocks,
  // 大髀 the thigh, 脚瓜 the calf, 手瓜 the upper arm, 手指公 the thumb, 耳仔 the ear, 鼻哥 the nose, 牙肉 the gums,
  // 头壳 the skull, 眼眉 the eyebrow, 成身 the whole body, 鼻水 a runny nose's mucus (also Taiwan).
  [/膝头哥?/g, '膝盖'],
  [/脚眼/g, '脚踝'],
  [/手踭/g, '手肘'],
  [/膊头/g, '肩膀'],
  [/背脊/g, '背'],
  [/屎忽/g, '屁股'],
  [/大髀/g, '大腿'],
  [/脚瓜/g, '小腿'],
  [/手瓜/g, '上臂'],
  [/手指公/g, '拇指'],
  [/耳仔/g, '耳朵'],
  [/鼻哥/g, '鼻子'],
  [/牙肉/g, '牙龈'],
  [/头壳/g, '头'],
  [/眼眉/g, '眉毛'],
  [/成身/g, '全身'],
  // A likeness (肿到好似馒头咁 'swollen like a steamed bun', 好像个波一样) names a size, not a body part: dropped.
  [/(?:好似|好像|就像)[^，。,.；;！!？?\s]{1,6}?(?:咁|噉|一样)/g, ''],
  // 心口 is the chest (心口翳 a tight chest: 翳 'stuffy'; the eye's 眼翳/云翳 stay), 脚踏车 a bicycle (not a foot).
  [/心口/g, '胸口'],
  [/(?<![眼云雲])翳/g, '闷'],
  [/脚踏车/g, '自行车'],
  [/鼻水/g, '鼻涕'],
  // The mechanism: X亲 is "got hurt by X" (跌亲 in a fall, 撞亲 a knock, 扭亲 a twist, 踩亲 trodden on, 整亲 somehow, 烫亲
  // a scald, 割亲 a cut, 咬亲 a bite); 跌落来/跌落去/跌落地 is falling down, 跌低 / 仆低 falling over, 晕低 fainting.
  // A measurement that 跌 (血糖跌低了, 血压跌了, 体重跌落) has dropped: no fall (read as 下降 before the falls below).
  [/(?<=(?:糖|压|重|温|价|数|率|量|水平|心跳|脉搏)[^，。,.；;！!？?\s]{0,4})跌(?:低|落|了)?/g, '下降'],
  [/跌亲|仆亲|跌低|仆低/g, '摔伤'],
  [/跌落(?=来|去|地|床|楼梯)/g, '摔下'],
  [/整亲/g, '弄伤'],
  [/辣亲/g, '烫伤'],
  [/(?:𠝹|鎅)亲/g, '割伤'],
  [/([撞扭烫割咬踩夹刮擦碰压拗])亲/g, '$1伤'],
  // 落来/落去 after a verb of moving is "down" (跳落来 jumped down, 碌落楼梯 rolled down the stairs).
  [/(?<=[跳掉爬滚碌行走])落(?=来|去|楼梯|床)/g, '下'],
  [/晕低/g, '晕倒'],
  // 郁 is "to move" (不肯郁只手: won't move the hand; 郁不到 can't move it); the Mandarin 郁 of 忧郁/抑郁/郁闷/浓郁 stays.
  [/(?<![忧抑浓葱沉阴苍馥])郁(?![闷金结])/g, '动'],
  // Everyday verbs: 睇 to see or look (睇医生 see a doctor), 饮 to drink (饮料/饮食 stay), 痕 itchy (疤痕/伤痕/痕迹 stay), 屙 to pass (屙屎 stool, 屙尿
  // urine, 肚屙 diarrhoea), 吃不落 can't eat, 瞓 to sleep (眼瞓 sleepy), 攰 tired, 揸 to hold, 企 to stand, 急症 the
  // emergency department (Hong Kong's 急症室).
  [/睇/g, '看'],
  [/(?<![冷热餐])饮(?![料品食用水机])/g, '喝'],
  [/(?<![疤伤裂泪刮划抓掐咬齿牙勒压指])痕(?!迹)/g, '痒'],
  [/肚屙|屙肚|肚痾|痾肚/g, '拉肚子'],
  [/屙屎/g, '大便'],
  [/屙尿/g, '小便'],
  [/[屙痾]/g, '拉'],
  [/吃不落/g, '吃不下'],
  // 晒 after a verb is "all, completely" (出晒疹 broke out all over, 肿晒 all swollen), not the sun: dropped, except the
  // sun's own words (晒太阳, 晒伤, 晒黑, 晒斑, 晒到).
  [/(?<![暴日])晒(?![太阳伤黑斑衫被干到])/g, ''],
  [/眼瞓/g, '困'],
  [/瞓/g, '睡'],
  [/攰/g, '累'],
  [/揸/g, '拿'],
  [/(?<!屋)企(?![业图鹅划])/g, '站'],
  [/急症(?!科)/g, '急诊'],
  // 行路/行楼梯 is walking, 探热 taking a temperature, 痹 numb (痹醒 woken by numbness; Mandarin 麻痹 stays).
  [/行(?=路|楼梯|街)/g, '走'],
  [/探热/g, '量体温'],
  [/(?<!麻)痹/g, '麻'],
  // Taiwanese names: B肝 hepatitis B (带原者 a carrier), 巴金森 Parkinson's.
  [/B肝/g, '乙肝'],
  [/带原者/g, '携带者'],
  [/巴金森/g, '帕金森'],
];

/** Pure: the text is written in traditional characters or in Cantonese (so it has a reading form of its own). */
export function hasReadingForm(text: string): boolean {
  return hasTraditional(text) || CANTONESE.test(text);
}

/**
 * Pure: the text in the form the consultation's recognisers read — unchanged unless it is traditional or Cantonese,
 * else core's reading form with its Cantonese words read in Mandarin (CONSULT_CANTONESE).
 */
export function consultReadingForm(text: string): string {
  if (!hasReadingForm(text)) return text;
  let out = commitmentReadingForm(text);
  for (const [re, to] of CONSULT_CANTONESE) out = out.replace(re, to);
  return out;
}
