// A stated plan read as its parts, not as a phrase (session 21, #19; study batch triage-ak ak118 "novorapid pens lined
// up … gonna do the lot once the missus is asleep" was routine). A plan is a MEANS (any medicine — by the drug tables'
// generic, brand or Chinese name or by a medicine's shape —, a pen, a ligature, a gun, charcoal, a height) × an ACT on it
// that uses it up or is itself lethal (take/swallow/inject/use/do ALL of it, the lot, every one, 全部吃光, 食晒; jump
// off, hang, 烧炭, 跳下去) × a WHEN (a time chosen — tonight, on Friday, 今晚, 听日 — or a condition that waits for the
// others to be away or asleep — "once the missus is asleep", "when the house is quiet", 等他们睡了, 家里没人的时候) ×
// an INTENT (first or third person, future or progressive, unnegated, not asked and not a what-if). Each slot is a
// small closed class of the grammar; the means may be named in the sentence before and pointed back to ("the lot",
// "them", "it", 全部). Not a plan: a harmless object (vitamins, a course of antibiotics, a dose, the laundry, a series),
// an act of carrying or throwing away (take them TO the pharmacy, 扔掉), doses spread over days, a place visited for
// an ordinary purpose (fireworks, 拍夜景). Pure.
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { matchesOf } from '../red-flags/match.js';
import { withMedicineClass } from './ingestion.js';
import { SELF_POISON_CLASSES, substanceSource } from './substances.js';

/** Sentences; the sentence before may hold the means a later "the lot" points back to. */
const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;

/** Two-character brand names of the seed table (美林, 美平, 安定, 可定): given names as often as medicines. */
let twoCharBrands: Set<string> | undefined;
function shortBrands(): Set<string> {
  if (!twoCharBrands) {
    twoCharBrands = new Set<string>();
    for (const [canon, list] of Object.entries(parseSeedAliases()))
      for (const n of list) if (n !== canon && /^\p{Script=Han}{2}$/u.test(n)) twoCharBrands.add(n);
  }
  return twoCharBrands;
}
/** A medicine word beside a name: an act of taking, a container or a count before it, a form after it. */
const TAKEN_BEFORE = /(?:吃|吞|服|喝|打|盒|瓶|板|片|粒|颗|支)(?:了|掉|下)?(?:一些|几|点|些)?$/;
/** What a person does, said right after a name: the brand is then a subject, a person (等安定睡了, 美林上学). */
const PERSON_PREDICATE = /^(?:[^，。；！？,]{0,2})(?:睡|上学|上班|放学|下班|出门|出去|回家|回来|不在|在家|说|来了|走了|叫|哭|醒)/;
const FORM_AFTER = /^(?:片|粒|颗|盒|瓶|板|支|针|药|丸|胶囊|混悬液|糖浆|颗粒|缓释|滴剂|栓|注射)/;

/** The text with every medicine name read as its class word ('pills', 药), offsets kept — ingestion.ts's one reader of
 *  medicine names (seed table, brand table without the brands that are also words, drug stems), not a second copy of
 *  the brand table (review s21 O6: 罗拉, 美平 read as medicines, "eat all the cake once Laura is asleep" a plan). A
 *  two-character brand (美平, 美林) is a medicine here only with a medicine word beside it; else a person's name. */
function medicineClassed(text: string): string {
  const out = withMedicineClass(text);
  if (out === text || !/\p{Script=Han}/u.test(text)) return out;
  let fixed = out;
  for (const name of shortBrands()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 2)) {
      if (out.slice(at, at + 2) !== '药药') continue;
      const head = text.slice(Math.max(0, at - 4), at);
      const tail = text.slice(at + 2);
      // 把(攒的)美林全吃了: the object of an eating verb is no person.
      const baObject = /把[^，。；！？]{0,6}$/.test(text.slice(Math.max(0, at - 8), at)) && /^[^，。；]{0,3}(?:吃|吞|服|喝)/.test(tail);
      // 攒的安定 / 存了很久的安定 / 囤了半年的美林: the object of a stockpiling verb in its clause is the medicine, unless a
      // person's predicate follows it (安定睡了, 美林上学) — a subject slot (review s22 S9).
      const hoarded =
        /(?:攒|存|囤|藏|留|偷)[^，。；！？,]{0,7}的\s*$|(?:攒|存|囤|藏|留)(?:了|下|下了|着)?$/.test(text.slice(Math.max(0, at - 10), at)) &&
        !PERSON_PREDICATE.test(tail);
      if (TAKEN_BEFORE.test(head) || FORM_AFTER.test(tail) || baObject || hoarded) continue;
      fixed = fixed.slice(0, at) + name + fixed.slice(at + 2);
    }
  }
  return fixed;
}

/** A firearm by name (English): the one list for the plan's means and self-harm-reader.ts's warning sign of a means. */
export const FIREARM_EN = 'gun|shotgun|rifle|pistol|firearm';
/** A means: a medicine (class word after the rewrite), a device of one, a ligature, a gun, charcoal, a poison, a height. */
const MEANS_EN = new RegExp(
  `\\b(?:pills?|tablets?|tabs|caps(?:ules)?|meds|medications?|medicines?|painkillers|sleeping pills|sleepers|antidepressants|insulin|(?:insulin |epi |injector )?pens|syringes|injections|co-?codamol|codeine|opioids?|rope|noose|belt|cord|${FIREARM_EN}|charcoal|bbq coals|poison|weedkiller|antifreeze|paraquat|bleach|razor|blades?|knife|hose(?:pipe)?|exhaust|helium|ligature|scarf)\\b`,
  'i',
);
const MEANS_ZH = /药|藥|片|粒|颗|胶囊|胰岛素|针剂|绳|炭|枪|农药|百草枯|老鼠药|鼠药|敌敌畏|刀片|煤气|水管|尾气/;
/** A place to fall from, or the train: the act itself is the means. */
const HEIGHT_EN =
  /\b(?:bridge|roof(?:top)?|car ?park|multi[- ]?stor(?:e)?y|cliff|ledge|balcony|tower|overpass|flyover|train tracks|tracks|railway|motorway)\b/i;

/** What is no lethal means: vitamins, food, a course or a dose, chores, a show, money. */
const HARMLESS =
  /\b(?:vitamins?|supplements?|gumm(?:y|ies)|probiotics?|fish oil|sweets|candy|chocolates?|food|dinner|course|antibiotics?|amoxicillin|dose|prescription as|laundry|washing|ironing|dishes|housework|chores|homework|series|show|episodes?|season|box set|money|savings|presents|gifts|bike|shopping|bowel prep)\b|维生素|钙片|鱼油|益生菌|抗生素|消炎药|疗程|衣服|作业|家务|剧|集|钱|礼物|零食|饭|菜/i;

/** An act that uses the means up: a verb of taking or using with ALL of it as its object (or pointing back to it). */
const USE_VERB_EN =
  '(?:take|taking|swallow(?:ing)?|down(?:ing)?|neck(?:ing)?|pop(?:ping)?|have|having|inject(?:ing)?|us(?:e|ing)|do(?:ing)?|overdose on|od on|chug(?:ging)?|drink(?:ing)?)';
const ALL_EN = String.raw`(?:all(?: of)?(?: (?:the|my|his|her|their|them|these|those|it))?|every (?:single |last )?(?:one|pill|tablet|pen|tab)s?(?: of)?(?: (?:the|my|his|her|their|them|these|those|it))?|the (?:whole |entire )?lot(?: of)?|the rest(?: of)?|(?:a |the |my |his |her )?(?:whole|entire|full) (?:\w+ )?(?:box|boxes|bottle|bottles|packet|packets|pack|strip|supply|stash|stockpile|lot)(?: of)?|them all|it all|everything|the (?:whole )?stash)`;
const USE_ALL_EN = new RegExp(`\\b${USE_VERB_EN}\\s+(?:(?:up|in|down|off)\\s+)?${ALL_EN}(?<object>(?:\\s+[\\w'-]+){0,3})`, 'gi');
/** "all the tramadol I'll down", "every pill in the cabinet … swallow": the quantifier before a taking verb in the clause. */
const ALL_BEFORE_EN = new RegExp(`\\b(?:${USE_VERB_EN})\\b[^,.;]{0,12}?\\b(?:every|all)\\b(?<object>(?:\\s+[\\w'-]+){0,4})`, 'gi');
/** The lethal act itself (the means is the place or the ligature). */
const LETHAL_ACT_EN =
  /\b(?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)? (?:out )?in front)\s+(?:off|from|in front of|of)\b|\bhang(?:ing)? (?:my|him|her)self\b|\bgas(?:sing)? (?:my|him|her)self\b|\bshoot(?:ing)? (?:my|him|her)self\b|\bdrive (?:off|into)\b|\bdrown(?:ing)? (?:my|him|her)self\b|\bwalk(?:ing)? into the (?:sea|river|lake|water)\b|\b(?:cut(?:ting)?|slit(?:ting)?|slash(?:ing)?) (?:my|his|her) (?:wrists?|throat)\b|\boverdos(?:e|ing)\b(?! on)/i;
/** A means pointed back to and put to use: "use it", "do it", "that's it for me". */
const USE_IT_EN = /\b(?:use|using|do|doing)\s+(?:it|them|that)\b|\bthat'?s it for me\b|\bgo through with it\b/i;
/** Going to a place to fall from (a plan only beside a word of finality). */
const GO_TO_HEIGHT_EN = /\b(?:go(?:ing)?|head(?:ing)?|walk(?:ing)?|driv(?:e|ing))\s+(?:up\s+)?(?:to|on|onto)\s+(?:the|a|that|this)\s+/i;

const USE_ALL_ZH =
  /(?:全部|全都|全|都|统统|一次性?|一口气|一下子)[^，。；\s]{0,3}(?:吃|吞|服|喝|食|打|注射|用)(?:光|掉|完|下去|下|进去|了|晒)?|(?:吃|吞|服|喝|食|打|注射)(?:光|晒|完)(?![^，。；\s]{0,2}(?:饭|菜))|(?:吃|吞|服|喝|食)(?:掉|下)?(?:一整|整)(?:瓶|盒|板|排)|(?:一整|整)(?:瓶|盒|板|排)[^，。；\s]{0,8}(?:吃|吞|服|喝|食)/;
const LETHAL_ACT_ZH =
  /跳(?:下去|下来|楼|河|江|海|桥)|(?:从|由)[^，。；\s]{0,8}跳|上吊|吊死|烧炭|(?:在车里|车里|屋里|房间里)[^，。；\s]{0,4}烧|卧轨|割腕|投河|开煤气|(?<![没不别])就用(?:它|掉|了)?(?=$|[，。；\s])|用(?:那|这)?(?:根|把|条)?(?:绳子|绳|枪|刀片|炭)|结束(?:自己|生命|这一切)/;
const GO_TO_HEIGHT_ZH = /去[^，。；\s]{0,4}(?:桥|楼顶|天台|顶楼|悬崖|铁轨)/;

/** An act of carrying or throwing away, not of taking in: take them to the pharmacy, 扔掉. A carrying has a DESTINATION
 *  (to/back to/down to/round to a place or person, with me on a trip, back at the clause's end); bare back/into/out/with
 *  me/to my are no carrying ("back to back with vodka", "into my body", "with me alone in the car", "to my grave" —
 *  review s22 S10). */
const CARRY_PLACE =
  "(?:pharmac(?:y|ies|ist)|chemists?|GP|doctors?|surgery|clinic|hospital|shop|store|bin|tip|dump|recycling|drop[- ]?off|disposal|office|work|school|nurse|vet|police|station|counter|boots|walgreens|cvs|[\\w-]+'s(?: house| place)?)";
export const NOT_INTAKE = new RegExp(
  String.raw`\btak(?:e|ing) [^.,;!?]{0,60}?(?:\b(?:back |down |round |over |in )?to (?:the |a |an |my |our |your |his |her |their )?(?:local |nearest |nearby |old |usual )?${CARRY_PLACE}\b|\bback(?= *(?:$|[.,;!?]|to (?:the|a|my) |tomorrow|today|later|on |next |this ))(?! to back)|\bwith (?:me|us|him|her|them) (?:on|to|when|for|while|abroad|overseas)\b|\bfor disposal\b)|` +
    String.raw`\b(?:for disposal|dispose|throw (?:\w+ )?away|bin them|hand (?:them )?in)\b|扔|丢|处理掉|交给|送去|退回|整理`,
  'i',
);
/** Doses spread over days: a supply used as treatment. */
const SPREAD =
  /\bover (?:the )?(?:next )?(?:\w+ )?(?:days|weeks|week|month|holiday|trip)\b|\b(?:each|every|a|per) (?:day|morning|night|evening)\b|每天|每晚|一天[一两二三]次|分[^，。]{0,3}次/i;

/** A time chosen (future), or a condition that waits for a moment: once/when/as soon as/after … . */
const TIME_EN =
  /\b(?:tonight|tonite|tomorrow|tmrw|tmr|later (?:on|today|tonight)?|this (?:weekend|evening|afternoon|week)|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|at the weekend|after (?:my|the|his|her|their) (?:shift|exam|funeral|results?|party|wedding|appointment|work)|(?:after|once|when|as soon as|the moment|the minute|till|until|before) (?:the |my |our |his |her |every(?:one|body)|he|she|they|i|it)\b[^.,;]{0,40}|(?:after|once|when|as soon as|till|until|before) (?:[\w']+ ){1,2}(?:is|are|'s|'re|has|have|goes|go|leaves|leave|gets|falls|wakes|finishes|heads)\b|in (?:an|a few|\d+) (?:hour|hours|minutes)|once (?:it'?s|its) dark|when (?:it'?s|its) dark)\b/i;
/** A condition of concealment: the others away or asleep, the writer alone, the house empty. */
const CONCEAL_EN =
  /\b(?:asleep|sleeping|gone to (?:bed|sleep|work|school)|go(?:es)? to (?:bed|sleep|work|school)|goes? out|are out|is out|away|leaves?|left|at (?:work|school)|not home|alone|on my own|by myself|house (?:is |goes )?(?:quiet|empty)|nobody(?:'s| is)? (?:home|around|here)|no one(?:'s| is)? (?:home|around|here)|falls? asleep)\b/i;
const TIME_ZH =
  /今晚|今天晚上|今夜|明天|明晚|听日|聽日|听晚|后天|周末|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下班|放学后|过几天|那天|到时候|等[^，。；]{0,14}(?:了|之后|以后|后|的时候|那天|就)|[^，。；]{1,10}(?:之后|以后|的时候)(?:，)?(?:我)?就/;
const CONCEAL_ZH = /睡(?:了|着|觉)|不在|出差|上班|上学|出门|走了|离开|没人|一个人|家里没|都出去/;

/** An intent said of the future (first or third person), or a bare act after a time (Chinese). */
const INTENT_EN =
  /\b(?:i'?m|im|i am|he'?s|she'?s|they'?re|he is|she is|they are)\s+(?:(?:just|really|literally|actually|finally|definitely)\s+)?(?:going to|gonna|about to|planning (?:on|to)|taking|doing|using|swallowing|jumping|hanging|injecting)\b|\b(?:i|he|she|they)(?:'ll|\s+will|\s+shall)\b|\b(?:gonna|going to|planning to|plan is to|ima|imma)\b|(?:^\s*|[,;:]\s*)(?:doing|taking|using|swallowing|jumping|drinking|downing)\b|\bthat'?s it for me\b|\bi(?:'m| am) (?:going|heading) (?:to|up)\b/i;
const NOT_INTENT_EN = /\b(?:not|never|won'?t|wouldn'?t|don'?t|didn'?t|if|what if|would|should|could|can|scared|afraid|worried|in case)\b[^.?!]{0,24}$/i;
const INTENT_ZH = /就|要|打算|准备|决定|会|想好了/;

export type PlanSlotKind = 'useAll' | 'lethalAct' | 'useMeans' | 'goToHeight' | 'readiedFor' | 'drinkPoison';

/** A means made ready for a moment: "have the paracetamol and the vodka ready for when I'm alone". */
const READY_FOR_EN = /\b(?:ready|lined up|laid out|counted out|set aside|sorted)\s+(?:for (?:when|once|tonight|tomorrow|after)|(?:when|once|for) )/i;
const READY_FOR_ZH = /(?:准备好|备好|摆好|数好|放好)[^，。]{0,3}(?:了)?[，,]?[^，。]{0,3}(?:等|到时候|今晚|明天)/;
/** A fear of an accident or a child's act, not a plan: "in case my toddler gets into them", 误服, 不小心. */
const ACCIDENT_FEAR =
  /\b(?:toddler|baby|dog|puppy|kid|child)\b[^.?!]{0,24}\b(?:might|could|gonna|going to|will|get(?:s)? into|got into)\b|(?:孩子|宝宝|小孩|狗|猫)[^，。]{0,6}(?:会|可能|万一)[^，。]{0,4}(?:吃|喝|吞|拿)|误(?:服|吃|食)|不小心|\baccident(?:al(?:ly)?)?\b|\bby mistake\b|\bin case\b|\bchildproof\b/i;

export interface PlanSlots {
  kind: PlanSlotKind;
  /** Offset of the sentence holding the act. */
  at: number;
  /** The condition waits for the others to be away or asleep (or the writer alone). */
  concealed: boolean;
}

/** The means of the act: the act's own object when it names one, else a means in the sentence or the one before. */
function meansOf(object: string, sentence: string, before: string): boolean {
  const o = object.trim();
  if (o && HARMLESS.test(o)) return false;
  if (o && (MEANS_EN.test(o) || MEANS_ZH.test(o))) return true;
  // A named object that is no means ("the lot of the laundry") is the act's object; a pronoun or nothing points back.
  if (o && /^(?:of\s+)?(?:the|my|his|her|their|this|that)\s+\w/i.test(o) && !MEANS_EN.test(o)) return false;
  const context = `${before} ${sentence}`;
  return !HARMLESS.test(context) && (MEANS_EN.test(context) || MEANS_ZH.test(context));
}

/** A Chinese intent word is negated only right before it (室友不在就… is a condition, not a negation); a conditional,
 *  a fear or a reported instruction before it, or a question after it, states no plan. */
const NEGATED_ZH = /(?:不|没|别|不会|不要|不想)$/;
const FRAMED_ZH = /如果|要是|万一|假如|假设|怕|担心|医生说|会不会|是不是/;
const ASKED_ZH = /^[^，。；]*(?:吗|呢|？|\?)/;

function intended(sentence: string, zh: boolean): boolean {
  if (zh) {
    if (FRAMED_ZH.test(sentence)) return false;
    const said = matchesOf(new RegExp(INTENT_ZH.source, 'g'), sentence).some((m) => {
      const at = m.index ?? 0;
      return !NEGATED_ZH.test(sentence.slice(0, at)) && !ASKED_ZH.test(sentence.slice(at));
    });
    // A bare act after a chosen time ("周末在车里烧") is the future in Chinese.
    return said || (TIME_ZH.test(sentence) && !ASKED_ZH.test(sentence));
  }
  const m = INTENT_EN.exec(sentence);
  return m !== null && !NOT_INTENT_EN.test(sentence.slice(0, m.index));
}

/** A poison (substances.ts: pesticides, caustics, toxic alcohols — the self-harm reader's own poison class) or the word
 *  poison itself: lethal when DRUNK or swallowed, whatever the amount; used to clean or spray, it is no act on oneself. */
const POISON_EN = new RegExp(`${substanceSource(SELF_POISON_CLASSES, ['en'])}|\\b(?:poison|cyanide|screenwash|de-?icer)\\b`, 'i');
const POISON_ZH = new RegExp(`${substanceSource(SELF_POISON_CLASSES, ['zh'])}|(?<!病)毒药|氰化物`);
/** An ingesting verb and its object up to where the clause goes on (a time, a condition, a purpose, a comma). */
const DRINK_EN =
  /\b(?:drink|drinking|swallow|swallowing|down|downing|chug|chugging|neck|necking|gulp|gulping)\s+(?<object>(?:(?!(?:after|before|when|once|as soon|while|then|and|to|so|because|tonight|tomorrow|on|at|in)\b)[\w'-]+\s*){1,6})/gi;
const POINTS_BACK_EN = /^(?:it|that|them|this|those|these)\b/i;
/** A Chinese ingesting verb; what follows it up to the clause's end is its object (empty: the object was fronted, 把它喝了). */
const DRINK_ZH = /(?:喝|吞|灌)(?:掉|了|下去|下|光|完)?/g;
/** A single-act means put to use, named as the verb's object ("use the rope", "use my dad's gun"): the object, not "it". */
const USE_OBJECT_EN =
  /\b(?:use|using)\s+(?:the|my|that|this|a|his|her|[\w]+'s)\s+(?:[\w'-]+\s+){0,2}?(?:rope|cord|noose|belt|ligature|knife|blade|razor(?: blades?)?|gun|shotgun|rifle|pistol|charcoal|hose(?:pipe)?|helium)\b/i;
/** What an instrument is used ON: a purpose infinitive or a 把-object naming a thing that is not the self ("to tie the
 *  tent down", "to carve the pumpkin", 用绳子把树绑好) makes the instrument a tool, not a means. The self, a body part, a
 *  state of the self (the pain, it all) or no object keeps it a means. */
const TOOL_TARGET_EN =
  /^[^.?!,;]{0,30}?\b(?:to|for)\s+(?:\w+\s+){0,1}?(?:the|a|an|some|our|their|his|her|my|those|these)\s+(?!(?:pain|hurt|suffering|voices?|thoughts?|noise|wrists?|arms?|throat|neck|body|life|misery|world)\b)[a-z]/i;
const TOOL_TARGET_ZH = /用[^，。；]{0,6}?把(?!自己|我|他自己|她自己)[^，。；]{1,8}(?:绑|捆|绑|系|拴|挂|切|剁|削|砍|割|修|固定|拉)/;

/** The act fits the means: a poison drunk, a single-act instrument put to use on oneself. */
function actOnMeans(s: string, before: string, zh: boolean): PlanSlotKind | null {
  if (zh) {
    if (TOOL_TARGET_ZH.test(s)) return null;
    if (!POISON_ZH.test(`${before}${s}`)) return null;
    for (const m of matchesOf(DRINK_ZH, s)) {
      const rest = /^[^，。；！？,.;!?\s]{0,8}/.exec(s.slice((m.index ?? 0) + m[0].length))?.[0] ?? '';
      if (rest === '' || /^(?:了|吧|啦|算了|它|掉)/.test(rest) || POISON_ZH.test(rest)) return 'drinkPoison';
    }
    return null;
  }
  for (const m of matchesOf(DRINK_EN, s)) {
    const object = m.groups?.object ?? '';
    if (POISON_EN.test(object) || (POINTS_BACK_EN.test(object) && POISON_EN.test(`${before} ${s}`))) return 'drinkPoison';
  }
  const use = USE_OBJECT_EN.exec(s);
  if (use && !TOOL_TARGET_EN.test(s.slice(use.index + use[0].length))) return 'useMeans';
  return null;
}

function readSentence(s: string, before: string, whole: string): PlanSlotKind | null {
  const zh = /\p{Script=Han}/u.test(s);
  const when = zh ? TIME_ZH.test(s) || TIME_EN.test(s) : TIME_EN.test(s);
  if (!when || NOT_INTAKE.test(s) || SPREAD.test(s)) return null;
  // A means made ready for a moment of being alone is the plan's act itself, said with or without a verb of intent.
  if (
    !zh &&
    READY_FOR_EN.test(s) &&
    (MEANS_EN.test(s) || MEANS_EN.test(before)) &&
    !HARMLESS.test(s) &&
    CONCEAL_EN.test(s) &&
    !NOT_INTENT_EN.test(s.slice(0, s.search(READY_FOR_EN)))
  )
    return 'readiedFor';
  if (!intended(s, zh)) return null;
  const fits = actOnMeans(s, before, zh);
  if (fits) return fits;
  if (zh) {
    if (LETHAL_ACT_ZH.test(s) && !TOOL_TARGET_ZH.test(s) && (/用/.test(s) ? MEANS_ZH.test(`${before}${s}`) && !HARMLESS.test(`${before}${s}`) : true))
      return 'lethalAct';
    if (READY_FOR_ZH.test(s) && MEANS_ZH.test(`${before}${s}`) && !HARMLESS.test(s) && CONCEAL_ZH.test(s)) return 'readiedFor';
    const all = USE_ALL_ZH.exec(s);
    if (all && !HARMLESS.test(`${before}${s}`) && MEANS_ZH.test(`${before}${s}`)) return 'useAll';
    if (GO_TO_HEIGHT_ZH.test(s) && FINALITY.test(whole) && !ORDINARY_PURPOSE.test(whole)) return 'goToHeight';
    return null;
  }
  if (LETHAL_ACT_EN.test(s)) return 'lethalAct';
  for (const re of [USE_ALL_EN, ALL_BEFORE_EN]) {
    for (const m of matchesOf(new RegExp(re.source, 'gi'), s)) {
      // A poison is drunk, not used up: "use all the bleach" cleans with it (the drinking act is read by actOnMeans).
      if (/^(?:us|do)/i.test(m[0]) && POISON_EN.test(`${m.groups?.object ?? ''} ${s}`) && !/\b(?:pills|tablets|meds|insulin|pens)\b/i.test(s)) continue;
      if (meansOf(m.groups?.object ?? '', s, before)) return 'useAll';
    }
  }
  if (USE_IT_EN.test(s) && meansOf('', s, before) && LETHAL_MEANS.test(`${before} ${s}`)) return 'useMeans';
  if (GO_TO_HEIGHT_EN.test(s) && HEIGHT_EN.test(s) && FINALITY.test(whole) && !ORDINARY_PURPOSE.test(whole)) return 'goToHeight';
  return null;
}

/** A means that is used by a single act (not swallowed by the handful): the plan's "use it" needs one of these or a
 *  supply made ready. */
const LETHAL_MEANS = new RegExp(
  `\\b(?:rope|noose|ligature|${FIREARM_EN}|charcoal|hose(?:pipe)?|exhaust|helium|insulin|pens|poison|weedkiller|antifreeze|paraquat)\\b|\\b(?:lined up|counted out|laid out|saved up|stockpiled|stashed|collected|hoarded|ready)\\b`,
  'i',
);
/** A word that the act is an ending. */
const FINALITY =
  /\b(?:nobody (?:will|would|'?ll) (?:even )?(?:notice|miss me|care)|no one (?:will|would) (?:even )?(?:notice|miss me|care)|i'?m done|that'?s it|for good|goodbye|end (?:it|it all|things)|not coming back|won'?t be coming back|last time)\b|一了百了|结束|不想活|再见|永别|解脱|受够了|不想再撑|撑不下去|不会回来|最后一次/i;
/** A height visited for an ordinary purpose: a view, fireworks, photos, a walk, with the children. */
const ORDINARY_PURPOSE =
  /\b(?:to (?:watch|see|take|photograph|film|meet|walk|run)|fireworks|photos?|pictures|sunset|sunrise|view|picnic|with (?:my|the) (?:kids|children|family|friends|dog))\b|拍|看(?:夜景|风景|日出|日落|烟花)|散步|跑步|带孩子/i;

const CONCEAL_ANY = new RegExp(`${CONCEAL_EN.source}|${CONCEAL_ZH.source}`, 'i');
/** A supply as a quantity or made ready. */
const SUPPLY_MARK =
  /\b(?:\d{2,}|twenty|thirty|forty|fifty|hundred|box(?:es)?|bottles?|packets?|packs?|strips?|stash(?:ed)?|stockpil\w*|sav(?:ed|ing) (?:up|them)|collect(?:ed|ing)|hoard\w*|lined up|counted|laid out|ready|lot|whole|entire|every)\b|攒|攢|存了|囤|藏|一整|整(?:瓶|盒|板)|(?:准备|备|买)好|[二三四五六七八九十百]十?(?:多)?(?:片|粒|颗)|\d{2,}\s*(?:片|粒|颗)|晒|光/i;

/** "all of my sertraline", "every one of her zopiclone": ALL of a medicine called by its NAME is the whole supply of
 *  it (the class rewrite turned the name into 'pills'; where the writer wrote 'pills' or 'meds' it may be one evening's
 *  doses). Read on the rewritten sentence, the name checked in the original at the same offsets. */
const ALL_OF_CLASS =
  /\b(?:all|every (?:single |last )?one|the (?:whole )?lot|the rest)\s+(?:of\s+)?(?:(?:my|his|her|their|the|these|those|[\w]+'s)\s+)?(?:pills|meds)\b/gi;
function namedWhole(original: string, classed: string): boolean {
  return matchesOf(ALL_OF_CLASS, classed).some((m) => {
    const at = (m.index ?? 0) + m[0].length - (m[0].endsWith('meds') ? 4 : 5);
    return !/^(?:pills|meds)/i.test(original.slice(at));
  });
}

/** The plan stated in `text` (the normalised message), read slot by slot, or null. */
export function readPlanSlots(text: string): PlanSlots | null {
  if ((!TIME_EN.test(text) && !TIME_ZH.test(text)) || ACCIDENT_FEAR.test(text)) return null;
  const t = medicineClassed(text);
  const sentences = matchesOf(SENTENCE, t);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]?.[0] ?? '';
    const before = i > 0 ? (sentences[i - 1]?.[0] ?? '') : '';
    const kind = readSentence(s, before, t);
    // Taking all of a medicine at a time chosen is a plan when the supply is a quantity (a count, a container, the lot,
    // a stash made ready) or the moment waits for the others to be away; "all my meds tonight" after a missed dose is not.
    const at = sentences[i]?.index ?? 0;
    const named = namedWhole(text.slice(at, at + s.length), s);
    if (kind === 'useAll' && !(CONCEAL_ANY.test(s) || SUPPLY_MARK.test(`${before} ${s}`) || FINALITY.test(t) || named)) continue;
    if (kind) {
      const concealed = (/\p{Script=Han}/u.test(s) ? CONCEAL_ZH : CONCEAL_EN).test(s);
      return { kind, at: sentences[i]?.index ?? 0, concealed };
    }
  }
  return null;
}
