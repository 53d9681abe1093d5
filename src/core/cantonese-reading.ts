// Written Cantonese read as Mandarin: the one home for Cantonese GRAMMAR (aspect and result particles, the object put
// before its verb, the passive/give 俾, "can't V", degree 好) and the everyday words Mandarin readers do not know
// (块面 the face, 屋企 home, 枱 a table, 风癞 hives, 抖唔到气 can't breathe). Pure, simplified characters in
// (core/han-variants.ts toSimplified first), Mandarin out, and only for text that IS Cantonese (isCantonese): 晒, 埋,
// 落去, 好, 郁, 亲 are Mandarin characters too (晒太阳, 埋葬, 落去 "fall away", 好人, 抑郁, 亲人), so a Mandarin message
// is never rewritten. Readers of any subsystem then apply unchanged to a Hong Kong or Guangdong message.
// Triage (safety/triage/normalise.ts) applies it after its older Cantonese table; rules here that repeat that table's
// function words (咗, 唔, 冇 …) make the reading complete on its own for other callers and are no-ops there.

/** Characters no Mandarin text writes (唔 only before a word: "唔，我想想" is a Mandarin "um"). */
const STRONG = /咗|嘅|唔(?=[\u4e00-\u9fff])|冇|喺|佢|啲|嘢|嚟|哋|瞓|攰|嗰|攞|嘥|噉|嚿|冚/;
/** Words written Cantonese uses that Mandarin text has now and then (係 in 關係, 仲 in 仲裁, 落去, 俾 in a name). */
const MARKER =
  /睇|咁|乜|揾|搵|啱|咩|而家|依家|係|系咪|屋企|点解|點解|边个|邊個|琴日|琴晚|寻日|寻晚|尋日|尋晚|今朝|头先|頭先|听日|聽日|落去|俾|仲(?![裁夏介秋春冬])|几多|幾多|少少|点样|點樣|边度|邊度|使唔使/g;

/** Cantonese when one character no Mandarin text writes is there, or two different Cantonese words. */
export function isCantonese(text: string): boolean {
  if (STRONG.test(text)) return true;
  const seen = new Set<string>();
  for (const m of text.matchAll(MARKER)) {
    seen.add(m[0]);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** A Han character: the verb or adjective a particle follows. */
const HAN = String.raw`[\u4e00-\u9fff]`;
/** Verbs of taking a medicine in (Cantonese and Mandarin forms: the older table may already have read 食 → 吃). */
const INTAKE = '[吃喝吞食饮]';
/** A medicine after a fronted "whole bottle/box" (成樽药 … 饮落去): pills, tablets, a syrup, a drug ending. */
const MEDICINE = String.raw`(?:药|丸|片|胶囊|止咳|糖浆|必理痛|必理通|扑热息痛|panadol|tylenol)`;

const READING: readonly (readonly [RegExp, string])[] = [
  // Function words (also in triage's older table): perfective 咗, of 嘅, not 唔, not-have 冇, at 喺, he/she 佢, some 啲,
  // thing 嘢, come 嚟, plural 哋, now 而家/依家, is 係, is-it 系咪.
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/唔系|唔係|不系/g, '不是'],
  [/系咪|係咪/g, '是不是'],
  [/唔/g, '不'],
  [/冇/g, '没有'],
  [/喺/g, '在'],
  [/佢/g, '他'],
  [/啲/g, '些'],
  [/讲嘢|讲说话/g, '说话'],
  [/嘢/g, '东西'],
  [/嚟/g, '来'],
  [/(?<=[我你他她])哋/g, '们'],
  [/而家|依家/g, '现在'],
  [/係/g, '是'],
  [/(?<=[我你他她])系(?![统列])/g, '是'],
  // Question and deixis words: why, who, where, this/that. Not 咩/乜 (what), 点样 (how), 咁 (so), 屋企 (home), 樽 (a
  // bottle): older triage readers list those Cantonese words themselves (means-sought.ts 屋企有咩药, self-harm-frames.ts
  // 咩/点样 as a question's turn, condition-frames.ts 当咗长效咁打), and a rewrite would hide them (session-37 gates).
  [/点解/g, '为什么'],
  [/边个/g, '谁'],
  [/边度/g, '哪里'],
  [/呢度/g, '这里'],
  [/嗰度/g, '那里'],
  [/嗰/g, '那'],
  [/(?<![吗呢])呢(?=[个些位次排两几])/g, '这'],
  [/好多(?![了些啦])/g, '很多'],
  [/几多/g, '多少'],
  [/使不使|使唔使/g, '要不要'],
  [/少少/g, '一点'],
  // Not 仲 (still) or V紧 (V-ing now): 仲流紧血 read as 还流着血 hid a bleeding self-harm wound from the suicide screen
  // and the learned reader (review s37 S1 p-c18, p-d04, p-d05, s31 f092); older readers keep them as typed.
  // 话 after a person is "says" (佢话, 老公话我), not 电话, 说话, 话题.
  [/(?<=[我你他她们公婆妈爸仔女生])话(?![题筒费剧语])|(?<![电说讲对通白笑废闲情假真好坏])话(?=[我你他她不要想会：:，,])/g, '说'],
  [/但系/g, '但是'],
  [/行(?=路|楼梯|街)/g, '走'],
  // Times: just now (琴日, 今朝, 听日, 啱啱 stay: course.ts, ending-intent.ts and plan-slots.ts list them as written).
  [/头先/g, '刚才'],
  // Everyday words: home, family, table, find, take, look, tired, sleep, bottle.
  [/枱/g, '桌'],
  [/揾|搵/g, '找'],
  [/攞/g, '拿'],
  [/睇/g, '看'],
  [/攰/g, '累'],
  [/瞓/g, '睡'],
  // 成个 is the whole (成个人软晒); 返 before home is back; 薄血药 a blood thinner; 耳仔 the ear; 搽 to rub on. Not
  // 个仔/个女 or 阿 + a relative: older readers list them (condition-frames.ts, intent-reader.ts).
  [/成个(?=人|身|头|脸)/g, '整个'],
  [/返(?=来|嚟|屋企|家)/g, '回'],
  [/薄血(?:药|丸)/g, '抗凝药'],
  // 嘔 is to vomit (Mandarin writes 吐; 呕吐 and 恶心 stay).
  [/呕(?![吐心])/g, '吐'],
  [/阿妈/g, '妈妈'],
  [/耳仔/g, '耳朵'],
  [/搽/g, '涂'],
  // Eat and drink (not inside a Mandarin word: 食物, 饮料, 冷饮 …).
  [/食(?![物品欲堂谱材道管疗用盐])/g, '吃'],
  [/(?<![冷热餐])饮(?![料品食用水机])/g, '喝'],
  // Grammar. The object put before its verb: 成樽药饮落去 is "drink down a whole bottle of pills" (一整瓶), only when
  // an intake verb follows the medicine in the clause (倒晒成樽药出嚟数 is pouring out to count).
  [new RegExp(`成(?:樽|瓶)(?=[^，。！？,.!?]{0,6}?${MEDICINE}[^，。！？,.!?]{0,3}?${INTAKE})`, 'gi'), '一整瓶'],
  [new RegExp(`成([盒板排包])(?=[^，。！？,.!?]{0,6}?${MEDICINE}[^，。！？,.!?]{0,3}?${INTAKE})`, 'gi'), '一整$1'],
  // Direction complements: V落去 is V下去 (饮落去 drink down, 跳落去 jump down), V落嚟 V下来.
  [/落去/g, '下去'],
  [/落来/g, '下来'],
  // 乱晒笼 is talking nonsense (说话语无伦次); 唔系好应 is hardly answering (没什么反应).
  [/乱(?:晒|了)?笼/g, '语无伦次'],
  [/(?:唔|不)(?:系|是)(?:好|几)应/g, '没什么反应'],
  // 收埋 is to hide away; other V埋 is the V done as well (塊面腫埋: the face has swollen too; 封信写埋: the letter is
  // written too) → V了. Not 埋葬/埋单/埋怨/埋伏/埋头/埋藏.
  [/收埋/g, '藏起'],
  [new RegExp(`(?<=${HAN})(?<![埋])埋(?![葬单怨伏头藏位身])`, 'g'), '了'],
  // V晒 is the V done to all of it (起晒 broke out all over, 倒晒 poured all out, 冇晒 all gone) → V了. Not the sun:
  // 晒太阳/晒衫/晒伤/晒黑/晒干, 去晒, 暴晒.
  [new RegExp(`(?<=${HAN})(?<![去被暴日晾曝])晒(?![太阳衫衣被干伤黑日])`, 'g'), '了'],
  // 俾 before someone and a harm verb is the passive (俾狗咬亲 bitten by a dog) → 被; otherwise it is give/for → 给.
  [/俾(?=[^，。！？,.!?]{1,4}?(?:咬|叮|蜇|蛰|撞|打|斩|刺|割|伤|烫|电|压|夹|锁|偷|抢|骂|呃|炒))/g, '被'],
  [/俾/g, '给'],
  // V唔到 is "cannot V" (郁唔到 cannot move, 企唔到 cannot stand, 讲唔到嘢 cannot speak) → V不了; 郁 there is to move.
  [/(?<![抑忧沉阴浓葱苍馥])郁(?=不|唔|下|得|吓|到)|(?<=[不没])郁(?![闷结郁])/g, '动'],
  [/(?<=[动站企行走讲说吞咽举抬睁张弯屈])不到/g, '不了'],
  // Not V极都唔 ("however much one Vs, not": 叫极都唔应/唔开门) nor 叫唔应: the suicide screen, the learned reader and
  // colloquial-wordings.ts / ending-intent.ts / present-self-harm.ts read them as typed (review s37 S1 p-c01, p-c07).
  // V亲 is hurt by V-ing (跌亲 hurt in a fall, 撞亲 knocked, 整亲 hurt oneself, 咬亲 bitten).
  [/跌亲/g, '摔伤'],
  [/整亲/g, '弄伤'],
  [/(?<=[撞弄烫刮割咬夹])亲/g, '伤'],
  // Degree 好 before a state is 很 (好痛 very painful, 好快 very quick); 好多了/好返 (better) stay.
  [/好(?=痛|晕|累|热|冻|肿|喘|快(?!乐)|急|严重|紧|难|惊|惨|夜)/g, '很'],
  // Body and symptom words: the face (块面, 个面, 面 + a change), hives (风癞), tingling (痹, not 麻痹), can't get a breath
  // (抖唔到气, 透唔到气: 抖气 is to breathe), gasping (扯气), a stomach ache (肚痛), a dizzy head (头晕晕).
  [/(?:成|半边)?(?:块|个)面/g, '脸'],
  [/(?<![全一侧正反表地版封路见前后里外上下对方])面(?=肿|歪|瘫)/g, '脸'],
  [/风癞|风癩|風癩/g, '风疹块'],
  [/(?<!麻)痹/g, '麻'],
  [/(?:抖|透|唞)(?:气)?(?:不|唔)(?:到|过)气/g, '喘不上气'],
  [/抖气/g, '呼吸'],
  [/扯(?:大)?气/g, '喘气'],
  [/(?<![拉子])肚(?=(?:仲|还|都|好|很|有些|有点){0,2}(?:痛|疼))/g, '肚子'],
  // 声沙 a hoarse voice.
  [/声(?:都|音)?沙(?:哑)?(?:埋|晒|了)?/g, '声音嘶哑'],
  [/头晕晕/g, '头晕'],
];

/** The reading applied whatever the text: for a caller that decided with isCantonese on the text as typed, before its
 *  own rewrites erased the markers (triage's older table turns 咗 into 了). */
export function cantoneseAsMandarin(text: string): string {
  let out = text;
  for (const [re, to] of READING) out = out.replace(re, to);
  return out;
}

/** Written Cantonese → Mandarin (see above); text that is not Cantonese comes back unchanged. */
export const readCantonese = (text: string): string => (isCantonese(text) ? cantoneseAsMandarin(text) : text);
