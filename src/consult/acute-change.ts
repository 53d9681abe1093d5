// An older person's function changed today, told by whoever is with them (session 37). The danger of hypoactive
// delirium, sepsis or a stroke in an elder is rarely told as a sign: relatives say what the person stopped doing or
// how they seem — "grandad is a bit dopey today and not eating", "nan's zonked, hardly touched her dinner", 爷爷今天
// 迷迷瞪瞪的、饭也不吃, 拿不稳筷子. No list of signs can hold every such word, so the reading is of STRUCTURE:
//   WHO   an older person (an age of 65 or more, or an elder kin word with no younger age and no child patient named),
//   WHEN  a change placed in the last day or two (today, since lunch, this morning, suddenly, 今天, 突然, 这两天) or
//         told against the person's usual ("not himself", 跟平时不一样, 怪怪的), in the same sentence as the change,
//   WHAT  the whole person's function — alertness, eating and drinking, using a hand or a leg, speech — or, for words
//         none of those name, a state said of the person (English "is/seems/has been <word> today", Chinese reduplicated
//         state words 蔫蔫的, 呆呆的, 迷迷瞪瞪) in a sentence naming no body part's own complaint (pain, swelling…),
// and not the same as usual ("as usual", 跟平常一样, 也是), not months or years old, not over ("back to normal", 后来就
// 好了), not a what-if, not an injury's consequence (a cut thumb that cannot grip). Session 38: those exclusions are read
// per part of the opening (currentParts), and written Cantonese / traditional script through core's reading.
// What it does (policy.ts): the case is at least same-day (urgent; NICE CG103 / NHS: a sudden change in an older
// person's alertness, eating or drinking needs a doctor today, 999 when hard to wake), and the first turn asks the
// questions that separate 999 from today: harder to wake or newly confused, one-sided weakness or slurred speech,
// drinking and urine, fever, breathing, a fall. Raises only; an emergency stays the triage's.
import { readCantonese } from '../core/cantonese-reading.js';
import { toSimplified } from '../core/han-variants.js';
import type { CaseFacts, ConsultLang } from './types.js';

export type ChangeDomain = 'alertness' | 'intake' | 'limb' | 'speech' | 'state';

export interface AcuteChange {
  domains: ChangeDomain[];
  /** The opening's sentences that told no change: another complaint told beside it (black stools, a cough) lives there. */
  rest: string;
}

/** Elder kin and elder nouns, the reader's own (not a shared list): who the change is about when no age is told. */
const ELDER =
  /爷爷|奶奶|外公|外婆|姥姥|姥爷|阿公|阿嬤|阿嬷|阿婆|嫲|阿爷|老人|老太太|老爷子|老头|老伴|\b(?:grand(?:d?ad|pa|father|ma|mum|mom|mother)|gramps|grampa|gran(?:ny)?|nan(?:a|na|nie)?|elderly|old (?:man|lady|boy|girl))\b/i;
/** A child patient named beside an elder word ("我是奶奶，孙子今天不吃饭"): the change may be the child's.
 *  Review fix s38: no 个女/个仔 here (ordinary Mandarin 一个女邻居, 这个女儿; the Cantonese possessive is read on written
 *  Cantonese only, cantonesePossessiveChild); Cantonese child nouns a grandparent writes about (BB, 囡囡, 细路, 仔仔) and 小朋友. */
const CHILD_PATIENT =
  /孙子|孙女|外孙|外甥|小宝|孙儿|个孙|孙仔|宝宝|孩子|小孩|小朋友|婴儿|囡囡|仔仔|细路|\bB(?:B(?![a-z])|女|仔)|\b(?:grand(?:son|daughter|child|kid|bab(?:y|ies))s?|baby|toddler|child|kids?|son|daughter|little one)\b/i;

/** Placed in the last day or two, or against the person's usual. */
const RECENT =
  /今天|今早|今儿|今日|今朝|琴晚|寻晚|早上起来|起床后|(?:上午|中午|下午|晚上)(?:开始|起)|刚才|突然|忽然|一下子|昨天|昨晚|这两天|这一两天|不像平时|跟平时不一样|和平时不一样|跟平常不一样|和平常不一样|不对劲|怪怪的|\b(?:today|tonight|this (?:morning|afternoon|evening)|since (?:lunch\w*|breakfast|dinner|tea|yesterday|last night|this morning|(?:he|she) (?:woke|got up))|overnight|suddenly|all of a sudden|out of (?:nowhere|the blue)|(?:in|over) the (?:last|past) (?:few |couple of )?hours|not (?:him|her|them)self|not (?:his|her|their) usual(?: self)?|not right)\b/i;
/** The same as usual, long-standing, or over: no change now. */
const NOT_NOW =
  /平时就|平常就|一向|一直都这样|一直这样|跟平常一样|和平时一样|跟平时一样|和平常一样|照常|也是这样|几个月|几年|半年|一年|好多年|后来就好了|现在(?:一切)?(?:都)?正常|已经好了|恢复正常|\b(?:as usual|same as (?:usual|always|ever)|like (?:always|usual)|as always|always (?:been|is|was|does)|for (?:\w+ )?(?:weeks?|months?|years?)|over the (?:last|past) (?:\w+ )?(?:weeks?|months?|years?)|(?:weeks|months|years) ago|back to (?:normal|(?:his|her) (?:usual|normal|old) self)|(?:is|seems|was) (?:fine|ok|okay|well) now)\b/i;
/** Not current: a what-if, a plan. */
const WHAT_IF = /如果|万一|要是|假如|\b(?:what if|if (?:he|she|they|my|our)|in case|should (?:he|she) ever|planning ahead)\b/i;
/** An injury's consequence: a cut, a burn, a fall's bruise — the injury's own questions apply. */
const INJURY = /割|划伤|划破|烫|扭|撞|\b(?:cut|burn(?:t|ed)?|sprain\w*|twist\w*|bruis\w*|bandage\w*|plaster|splint|stitches)\b/i;
/** A body part's own complaint in the sentence: the change is that complaint's, not the whole person's. */
const BODY_COMPLAINT = /疼|痛|痒|肿|出血|咳|疹|\b(?:pain\w*|hurts?|ache\w*|aching|itch\w*|swell\w*|swollen|bleed\w*|cough\w*|rash)\b/i;

const DOMAINS: Record<Exclude<ChangeDomain, 'state'>, RegExp> = {
  alertness:
    /嗜睡|昏睡|睡不醒|一直(?:在)?睡|老是睡|总是睡|光(?:是)?睡|迷糊|迷瞪|昏昏|呆|蔫|没有?了?(?:什么|啥)?精神|精神(?:不好|差|很差)|不理|叫不醒|叫了?不?应|叫(?:他|她|了|都|也|几声|半天){0,3}(?:不|没|懒得?)(?:太|怎么)?(?:理|应|答应|回应)|不怎么应|(?:没|不)(?:什么|啥|怎么|太)?(?:反应|回应)|糊涂|反应慢|不认人|胡话|胡言乱语|\b(?:sleep\w*|asleep|doz(?:y|ing|ed)|drows\w*|dopey|groggy|out of it|not with it|vacant|star(?:e|es|ing) (?:into|at)|zonked|spaced|confus\w*|muddled|disorient\w*|lethargic|listless|not respond\w*|barely respond\w*|unresponsive|hard to (?:wake|rouse)|not making sense|talking nonsense|away with the fairies)\b/i,
  intake:
    /(?:不|没有?)(?:肯|想|太|大|怎么|愿意|再)?(?:吃|喝)(?![^，。,.;；!！?？饭粥菜水奶东也又和跟]*(?:药|片|丸|胶囊|酒|烟))|吃得少|吃不下|喝得少|不怎么吃|不怎么喝|不进食|饭也不|水也不|\b(?:not (?:eat|drink)\w*|won'?t (?:eat|drink)|isn'?t (?:eating|drinking)|off (?:his|her|their) (?:food|grub|drink)|(?:hasn'?t|has not|hardly|barely) (?:eaten|touched|drunk|had|eat|drink)|refus\w* (?:to eat|to drink|food|drinks?|meals?|(?:his|her) (?:food|dinner|lunch|tea|breakfast)))\b/i,
  limb: /拿不稳|拿不住|端不住|握不住|掉东西|老掉|不听使唤|使不上劲|抬不起|站不起|站不稳|走不了|走不动|腿软|\b(?:(?:keeps? )?dropp\w* (?:things|everything|(?:his|her|the|a) \w+)|(?:can'?t|cannot|couldn'?t) (?:hold|grip|lift|stand|walk|get up)|legs? (?:gave|giving|give) way|off (?:his|her) legs)\b/i,
  speech:
    /(?:说|讲)话(?:也|都|有点|有些|开始)?(?:不太|不大|不怎么|不)清|口齿(?:也|都|有点|有些)?(?:不太|不大|不)清|说不出话|舌头发硬|\b(?:slurr\w*|can'?t get (?:his|her|the) words out|words? (?:are |were )?(?:jumbled|muddled))\b/i,
};

/** An English state said of the person, in words no domain names: "is a bit zonked today", "seems really flat today". */
const STATE_EN =
  /\b(?:is|seems?|looks?|has been|'s been|'s|gone|went|got|was)\s+(?:(?:a bit|a little|really|very|so|quite|rather|pretty|all|kind of|kinda|just|feeling|acting|being)\s+)*([a-z]+)\b/gi;
/** State words that are no change for the worse. */
const FINE_EN = new Set(
  'fine ok okay well better good great normal alright happy same chipper cheerful bright perky lively chatty full sprightly spritely home out here there back up asking wondering going coming doing eating drinking sleeping talking walking to had having been got getting taking on off 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 a an the his her in on at'.split(
    ' ',
  ),
);
/** A Chinese reduplicated state word (蔫蔫的, 呆呆的, 迷迷瞪瞪, 昏昏沉沉): how the person seems, not a body part's sign. */
const STATE_ZH = /([\u4e00-\u9fff])\1(?:的|哋)|([\u4e00-\u9fff])\2([\u4e00-\u9fff])\3/;
/** Reduplicated words of a good state or a colour's look (好好的, 乐呵呵, 红红的): no change for the worse. */
const FINE_ZH = /精神(?:很|挺|特别|非常|还|都)?(?:好|不错)|好好|乐呵呵|高高兴兴|开开心心|精精神神|红红|胖胖|美美|香香|饱饱|稳稳|清清楚楚|利利索索/g;

/** A part of the person named by a possessive ("his forehead", "her hip"). */
const OWN_PART = /\b(?:his|her|their)\s+(?!own\b|usual\b|normal\b|self\b)[a-z]+/i;

const SENTENCES = /[^。！？!?；;\n.]+/g;

/** An older patient: an age of 65 or more, or an elder word with no child patient beside it (an age told beside an
 *  elder word may be the writer's own: "I'm 35 and my nan…"). */
export function olderPatient(written: string, facts: CaseFacts): boolean {
  // Session 38: read as the reading reads (traditional script, written Cantonese), so policy's WHO agrees with it.
  const text = acuteChangeReadingText(written);
  // Review fix s37: the reading steps aside (START's) for an animal owned by the elder ("my grandad's dog"), a child's
  // age told in the opening ("小外甥3岁", "6 months old": the patient may be the child) and the writer's own age ("I'm 70").
  if (OWNED_ANIMAL.test(text) || childAgeTold(text, facts)) return false;
  if (facts.age !== undefined && facts.age >= 65 && !WRITERS_OWN_AGE.test(text)) return true;
  if (KIN_AGE_ZH.test(text)) return true;
  return ELDER.test(text) && !CHILD_PATIENT.test(text.replace(new RegExp(ELDER.source, 'gi'), ' ')) && !cantonesePossessiveChild(written, text);
}

/** Review fix s38: the Cantonese possessive "my daughter / his son" (我個女, 佢個仔, 我哋個女) — read only with a possessor
 *  right before 個/个 and only on written Cantonese (traditional 個 in the original, or text readCantonese changed), so
 *  ordinary Mandarin (一个女邻居, 一个女医生, 这个女儿, 那个女保姆) keeps its elder reading. */
const CANTONESE_POSSESSIVE_CHILD = /(?:我|佢|你)(?:哋)?[個个](?:仔|女)(?![人孩兒儿的生性士朋婿傭佣工])/;
function cantonesePossessiveChild(written: string, read: string): boolean {
  if (!CANTONESE_POSSESSIVE_CHILD.test(written)) return false;
  return /個/.test(written) || read !== toSimplified(written);
}

/** An animal the elder owns is the subject ("my grandad's dog", "奶奶家的猫"): not a person's change. */
const OWNED_ANIMAL =
  /(?:'s|’s|s'|的|家的|养的)\s*(?:old |little |young |new )?(?:小)?(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|parrots?|budgies?|rabbits?|hamsters?|horses?|birds?|狗|猫|宠物|鹦鹉|兔|鸟|仓鼠)/i;
/** The writer tells their own age ("I'm 70", "我今年72岁", "本人68"): an age of 65+ is then the writer's, not an elder relative's. */
const WRITERS_OWN_AGE =
  /\bI(?:'m|’m| am)\s+(?:now\s+|nearly\s+|almost\s+|over\s+)?\d{2,3}\b|我(?:今年|已经|都)?\d{2,3}(?:岁|了)|本人\d{2,3}|\b(?:I'm|I am) (?:a|an) \d{2,3}[- ]year[- ]old\b/i;
/** A child's age told in the opening: under 18 years, or an age in months, weeks or days. */
function childAgeTold(text: string, facts: CaseFacts): boolean {
  if (facts.age !== undefined && facts.age < 18) return true;
  if (/\d+\s*(?:个多?月|周|星期)大|\b\d+[- ](?:months?|weeks?|days?)[- ]old\b|\b\d+\s*(?:months?|weeks?|mo)\b(?! ago)/i.test(text)) return true;
  for (const m of text.matchAll(/(\d{1,3})\s*(?:周岁|岁|歲)|\b(\d{1,3})[- ](?:years?|yrs?)[- ]old\b|\b(?:aged?|is) (\d{1,2})\b(?! (?:years?|yrs?) ago)/gi)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (n < 18) return true;
  }
  return false;
}

/** "我爸75了", "我妈八十多了": a kin word's age told as "…了", which the facts' age reader does not read. */
const KIN_AGE_ZH = /(?:爸|妈|爷|奶|公|婆|姥|父亲|母亲|老人)[^，。,\d]{0,2}(?:6[5-9]|[7-9]\d|1[01]\d|[七八九]十)(?:多)?(?:了|岁)/;

/** Sleep lost is no drowsiness ("睡不着", "can't sleep"). */
const SLEEP_LOST = /睡不着|睡不好|失眠|\b(?:can'?t|couldn'?t|cannot|trouble|not) (?:get to )?sleep\w*/gi;

/** A negation just before a match, in its own clause ("not confused today", "没有糊涂"): no change told. */
const NEG_BEFORE =
  /(?:没有|没|不是|并不|不|未|\b(?:not|isn'?t|wasn'?t|aren'?t|no longer|never|nor|without|hasn'?t been|doesn'?t seem)\b)\s*(?:(?:at all|too|very|so|a bit|really|that|as|more|any|remotely|\w+ly)\s+)?(?:(?:太|很|那么|怎么|再|那样|有|特别|是)\s*)?$/i;
/** A good state right after the match ("糊涂…no", "睡得很好", "sleeping fine"): no change told. */
const FINE_AFTER = /^\s*(?:得|的)?\s*(?:很|挺|都|也)?(?:正常|很好|挺好|不错|(?:fine|well|normally|ok|okay|great)\b)/i;
/** A domain's word that is not negated in its clause (review fix s37: "not confused today" / 没有糊涂 told no change). */
function domainHit(re: RegExp, s: string): boolean {
  for (const m of s.matchAll(new RegExp(re.source, 'gi'))) {
    const idx = m.index ?? 0;
    const clause =
      s
        .slice(0, idx)
        .split(/[，,、：:]/)
        .pop() ?? '';
    if (NEG_BEFORE.test(clause.slice(-14))) continue;
    if (FINE_AFTER.test(s.slice(idx + m[0].length, idx + m[0].length + 8))) continue;
    return true;
  }
  return false;
}

/** Bleeding told beside the change (black or tarry stools, blood in the stool or vomit, 大便黑黑的, 柏油样): review fix s37 —
 *  the first turn is then START's (the bleeding entry's melena / bleeding / fainting questions), the level raise stays. */
export const BLEEDING_TOLD =
  /黑便|便血|大便[^，。,.]{0,8}(?:黑|血|红)|柏油|呕血|吐血|咯血|咳血|尿血|出血|\b(?:black|tarry|dark|bloody|red) (?:stools?|poos?|poops?|motions?|bowel movements?)|(?:stools?|poos?|poop) (?:are|is|was|were|looks?) (?:black|tarry|bloody)|blood (?:in|from) (?:his|her|their|the)|vomit\w* (?:up )?blood|coughing (?:up )?blood|bleed\w*|haemorrh\w*|hemorrh\w*/i;

/** The opening with the change's own words blanked: another complaint told in the same clause (black stools) lives there. */
export function withoutChangeWords(text: string): string {
  let t = text.replace(SLEEP_LOST, ' ');
  for (const re of Object.values(DOMAINS)) t = t.replace(new RegExp(re.source, 'gi'), ' ');
  return t;
}

/** Session 38: a contrast that turns to the course NOW — "…for years, but since this morning…", 平时就爱睡觉，可今天…,
 *  老年痴呆好几年了，今天突然… Chinese 可 only at a clause's start and not 可以/可能/可是…'s other senses. */
const CONTRAST =
  /\b(?:but|however|although|though|yet|whereas|suddenly|all of a sudden)\b|但是|可是|但(?!愿)|不过(?![来去])|然而|却|突然|忽然|(?<=^|[，,、；;。.!！?？\s])可(?![以能爱怕惜口乐])/i;
/** Split before each contrast, so the contrast (突然, suddenly: a time of its own) stays with the part it opens. */
const BEFORE_CONTRAST = new RegExp(`(?=${CONTRAST.source})`, 'i');
/** A what-if's own span: from its marker to the end of its clause ("what if she stops eating", 如果他不吃饭，…). */
const WHAT_IF_SPAN = new RegExp(`(?:${WHAT_IF.source})[^，,。.;；!！?？]*`, 'gi');

/** The text as the reader reads it: traditional characters simplified and written Cantonese read as Mandarin, both by
 *  core's one home (han-variants.ts toSimplified, cantonese-reading.ts readCantonese): 阿嫲今日成日瞓，叫佢都懶應，食嘢都唔食
 *  is read as 阿嫲今日成日睡，叫他都懒应，吃东西都不吃. Mandarin in simplified characters and English come back unchanged. */
export function acuteChangeReadingText(text: string): string {
  return readCantonese(toSimplified(text));
}

/**
 * The parts of the opening a change may be read in (session 38, review s37 §5): a long-standing, same-as-usual or over
 * marker ("for years", 平时就, "back to normal") vetoes the part it stands in and every part BEFORE it — the writer's last
 * word on the course wins — but not a part after a later contrast ("…for years, but since this morning much more
 * confused"); a what-if covers only its own span. Undefined when the last part holding a veto is the last part.
 */
function currentParts(text: string): string | undefined {
  const parts = text.replace(WHAT_IF_SPAN, ' ').split(BEFORE_CONTRAST);
  let last = -1;
  parts.forEach((p, i) => {
    if (NOT_NOW.test(p)) last = i;
  });
  if (last < 0) return parts.join(' ');
  const after = parts.slice(last + 1).join(' ');
  return after.trim() ? after : undefined;
}

/** The reading, or undefined when the opening does not tell an older person's recent change of function. */
export function readAcuteChange(written: string, facts: CaseFacts): AcuteChange | undefined {
  const whole = acuteChangeReadingText(written);
  if (!olderPatient(written, facts) || INJURY.test(whole)) return undefined;
  const text = currentParts(whole);
  if (text === undefined) return undefined;
  const sentences = text.match(SENTENCES) ?? [];
  // The time may stand in the sentence before ("Grandad is 83. Since lunch he's been out of it." or "今天，他…"); after a
  // veto the time must stand in the current parts themselves.
  const recentAll = RECENT.test(text);
  const domains = new Set<ChangeDomain>();
  const rest: string[] = [];
  for (const s0 of sentences) {
    const before = domains.size;
    const s = s0.replace(SLEEP_LOST, ' ');
    const named = (Object.keys(DOMAINS) as (keyof typeof DOMAINS)[]).filter((d) => domainHit(DOMAINS[d], s));
    for (const d of named) domains.add(d);
    if (named.length === 0 && !BODY_COMPLAINT.test(s)) {
      // A sentence about one of the person's parts ("a sore patch on his forehead") tells no state of the whole person.
      const en = !OWN_PART.test(s) && [...s.matchAll(STATE_EN)].some((m) => !FINE_EN.has(m[1].toLowerCase()) && RECENT.test(s));
      if (en || (STATE_ZH.test(s.replace(FINE_ZH, ' ')) && RECENT.test(s))) domains.add('state');
    }
    if (named.length === 0 && domains.size === before) rest.push(s0);
  }
  if (domains.size === 0 || !recentAll) return undefined;
  return { domains: [...domains], rest: rest.join('。') };
}

/** The questions that separate "999 now" from "a doctor today" for such a change, most decisive first. */
export const ACUTE_CHANGE_QUESTIONS: Record<ConsultLang, readonly string[]> = {
  zh: [
    '和平时比，有没有更难叫醒、叫了不怎么应，或者突然糊涂、认不清人？',
    '有没有一侧手脚无力、嘴歪或说话不清？',
    '今天有没有喝水和小便明显减少，发烧、呼吸急促或者摔倒？',
  ],
  en: [
    'Compared with usual, is the person harder to wake or to get an answer from, or suddenly confused?',
    'Any weakness of an arm or leg on one side, a drooping face or slurred speech?',
    'Today, any much less drinking or passing urine, fever, fast breathing or a fall?',
  ],
};

/** The held situation the case is raised to: a doctor today. */
export const ACUTE_CHANGE_HELD = {
  id: 'acute-change-older',
  level: 'urgent' as const,
  title: { zh: '老人今天状态的突然变化', en: "an older person's sudden change today" },
  advice: {
    zh: '老人精神、吃喝或手脚活动突然变差，需要今天就让医生看看；如果叫不醒、说话不清、一侧无力或呼吸困难，请立即拨打急救电话。',
    en: "A sudden change in an older person's alertness, eating and drinking or use of a limb needs a doctor today; if they are hard to wake, their speech is slurred, one side is weak or they struggle to breathe, call an ambulance now.",
  },
};
