// Presentations a consultation must not wait on: clinical knowledge calls each an emergency until a clinician has
// excluded the danger, however well the patient looks. The triage reads signs; these are situations whose signs come
// late (a button battery burns the oesophagus within two hours while the child plays; ketoacidosis in type 1 diabetes
// starts as "a tummy bug"), so the consultation reads the situation itself — who the patient is and what happened.
//   · NHS / RoSPA / Child Accident Prevention Trust: a child who may have swallowed a button battery or magnets goes to
//     A&E at once, symptoms or not; an object not identified cannot be excluded as one.
//   · NHS / ISPAD / JBDS sick-day rules: in type 1 diabetes, vomiting (or high ketones) is insulin deficiency until proved
//     otherwise — never stop insulin; vomiting that will not settle or ketones ≥ 3 mmol/L go to A&E. On insulin for type 2,
//     vomiting or not eating needs same-day advice on the dose.
import type { TriageLevel } from '../safety/types.js';
import { readCount } from '../safety/red-flags/numbers.js';
import { sentenceBounds } from '../safety/red-flags/context.js';

export interface UntilExcluded {
  id: 'swallowed-object-child' | 'insulin-sick-day';
  level: Exclude<TriageLevel, 'routine'>;
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
  /**
   * The checks that settle it at home within minutes (a ketone meter, fluids kept down), when nothing told settles it
   * yet: the consultation gives the emergency advice FIRST and asks them in the same turn, instead of answering without
   * them (consult-27 c27-059: "stomach bug… I'm type 1, should I skip my insulin?" was answered before the ketones of
   * 3.8 were asked). The level never falls: the opening's emergency stands whatever the replies.
   */
  checks?: { zh: string; en: string };
}

// ── a small child's swallowed object ────────────────────────────────────────────────────────────────────────────────
/** A child named by a word for one (a teenager is not): the object table's danger is greatest under six. */
const CHILD_WORD =
  /\b(?:baby|babies|toddler|infant|kid|kiddo|child|little one|lo|my (?:son|daughter|boy|girl)|(?:his|her|our) (?:son|daughter))\b|宝宝|宝贝|婴儿|幼儿|小孩|孩子|儿子|女儿|闺女|娃|小朋友|寶寶|嬰兒|兒子/i;
/** An age in months ("18 month old", "20-month-old", "1岁半" reads as 1): a baby or toddler. */
const AGE_MONTHS = /\b\d{1,2}\s*[- ]?(?:months?|mos?)[- ]?old\b|\(\s*\d{1,2}\s*m(?:o|onths?)?\s*\)|(?:\d{1,2}|[一二两三四五六七八九十]+)个?多?月(?:大|的)/i;

/** Ages told in years, each where it stands: "2 year old", "2yo", "aged 4", "(3)", "儿子2岁", "4岁的女儿". */
const AGE_YEARS_AT =
  /\b(\d{1,2})[- ]?(?:years?[- ]old|yrs?[- ]old|y\/?o|year-old)\b|\b(?:aged?|is|was|turned|just turned)\s+(\d{1,2})\b(?!\s*(?:kg|lbs?|cm|%|weeks?|days?|hours?|months?|mg|ml|times|am|pm|[.:]\d))|\(\s*(\d{1,2})\s*\)|(\d{1,2}|[一二两兩三四五六七八九十]+)\s*(?:周?岁|週?歲)/gi;
/** The speaker's own age ("I'm 32", "我今年30岁", "I am 41"): a parent's age says nothing of the child's. */
const OWN_AGE_BEFORE = /(?:\b(?:i'?m|i am|im|me)\s*(?:now\s*)?$)|我(?:今年|现在|現在)?(?:已经|已經)?$/i;
/** An animal the age belongs to ("my 3 year old dog"). */
const ANIMAL_AFTER = /^[\s-]*(?:dog|cat|puppy|kitten|pet|horse|rabbit|parrot|hamster|lab|labrador|terrier|spaniel)s?\b|^的?(?:狗|猫|貓)/i;
/** Every age in years told of someone other than the speaker or an animal, by where it stands. */
interface ToldAge {
  age: number;
  at: number;
  end: number;
  /** Told as an age in itself ("2 year old", "2岁"), not a bare number that needs a person beside it ("is 15", "(4)"). */
  named: boolean;
}
function othersAges(text: string): ToldAge[] {
  const ages: ToldAge[] = [];
  for (const m of text.matchAll(AGE_YEARS_AT)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
    const age = readCount(raw);
    if (!Number.isFinite(age)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (m[2] === undefined && OWN_AGE_BEFORE.test(before)) continue;
    if (ANIMAL_AFTER.test(text.slice(m.index + m[0].length))) continue;
    ages.push({ age, at: m.index, end: m.index + m[0].length, named: m[1] !== undefined || m[4] !== undefined });
  }
  return ages;
}

/** Under twelve, by the age attached to the child: a months-old age is a baby; an age under twelve told of anyone but
 *  the speaker is a child; a child word ("my toddler", "宝宝", "my son") is a small child unless an age of twelve or more
 *  stands beside it ("my 25 year old son", "my son is 15"). The speaker's or another adult's age elsewhere in the text
 *  ("I'm 32 and my 2 year old…", "我今年30岁，我儿子2岁") does not speak for the child. */
function smallChild(text: string): boolean {
  if (AGE_MONTHS.test(text)) return true;
  const ages = othersAges(text);
  if (ages.some((a) => a.named && a.age < 12)) return true;
  const child = new RegExp(CHILD_WORD.source, 'gi');
  for (const c of text.matchAll(child)) {
    const from = c.index;
    const to = c.index + c[0].length;
    // An age beside the child word: just before it ("25 year old son", "15岁的儿子") or just after ("son is 15", "儿子15岁",
    // "my son (4)").
    const attached = ages.find((a) => (a.end <= from && from - a.end <= 6) || (a.at >= to && a.at - to <= 8));
    if (!attached || attached.age < 12) return true;
  }
  return false;
}

/** Swallowing told as an event: swallowed, gulped, 吞/咽, or an object put in the mouth and now missing. */
const SWALLOW_EN = /\b(?:swall?ow(?:ed|s|ing)?|swalowed|gulped(?: down)?|ingested|put [^.?!]{0,30} in (?:his|her|their|the) mouth)\b/i;
const SWALLOW_ZH = /吞|咽|嚥|误食|誤食|塞(?:进|到)?(?:嘴|口)|吃(?:进去|下去|到肚子)/;
/** The object: one that is hazardous in itself (button battery, magnets) or one nobody has identified. */
const HAZARD_EN = /\b(?:button|coin|watch|lithium|remote|hearing[- ]aid)?\s*batter(?:y|ies)\b|\bmagnet(?:s|ic (?:balls?|beads?))?\b/i;
const HAZARD_ZH = /电池|電池|纽扣|紐扣|磁铁|磁鐵|磁石|磁珠|磁力珠|巴克球/;
const UNKNOWN_EN =
  /\b(?:(?:put|popped|stuck) (?:some ?thing|a (?:small |tiny |little )?(?:\w+ )?(?:thing|part|piece|object)) (?:in|into) (?:his|her|their) mouth|(?:swall?owed|swalowed|gulped) (?:down )?(?:some ?thing|somethin|somthing|an object|a (?:small|tiny|little|metal|plastic|shiny) (?:\w+ )?(?:thing|part|piece|object|bit|item|screw|bead|ball|disc|disk)|(?:a |the )?(?:small |tiny |little )?(?:part|piece|bit) (?:of|from|off) (?:a |his |her |the )?(?:toy|game|remote|watch|gadget|torch|scales|calculator)|a (?:part|piece) of (?:a |his |her |the )?toy))\b|\b(?:don'?t|do not|not sure|no idea|unsure|can'?t tell|didn'?t see) (?:know |sure )?what (?:it was|he|she|they)|\b(?:can'?t|cannot|couldn'?t) find (?:the |a |one )?(?:\w+ ){0,3}(?:back|part|piece|battery|magnet|bit)\b|\b(?:missing|gone) from (?:the|a) (?:toy|remote|set)\b/i;
const UNKNOWN_ZH =
  /(?:吞|咽|嚥|吃进去|吃下去)(?:进去|下去|进|下)?了(?:一?个|一颗|一粒|一块|一片)?(?:什么|啥|不知道什么|不明)?(?:小)?(?:东西|東西|物件|物品|零件|异物|異物|珠子|螺丝|螺絲|扣子|配件)|不知道(?:吞|咽|吃)了?(?:什么|啥)|(?:小东西|小東西|零件|物件|异物|異物|珠子|螺丝|螺絲|扣子)[^，。]{0,4}(?:吞|咽|嚥)(?:进去|下去|了)|(?:零件|配件|小东西|小東西|扣子)(?:不见|少了|找不到|沒了|没了)|把[^，。,]{0,6}(?:东西|東西|零件|物件|异物|異物|珠子|螺丝|螺絲|扣子|配件)[^，。,]{0,2}(?:吞|咽|嚥)|(?:东西|東西|零件|珠子|扣子)塞(?:进|到)?(?:嘴|口)里?[^，。]{0,4}(?:不见|不見|没了|沒了|找不到)/;
/** Food and the like a child swallows every day: no object to exclude (a seed, gum, toothpaste, a sweet). */
const HARMLESS =
  /\b(?:seeds?|pips?|gum|chewing gum|toothpaste|grapes?|sweets?|candy|food|milk|water|bubbles?|sand|soil|dirt|crayon|play-?doh|paper|hair)\b|籽|口香糖|牙膏|饭|飯|奶|水|糖|食物|葡萄/i;
/** "went down the wrong way": choking on a swallow, read by the triage's airway signs. */
const WRONG_WAY = /\bwrong (?:way|pipe|hole)\b|呛|嗆/i;

/** A button battery or magnet told missing from where the child played ("里面的纽扣电池少了一颗，到处找不到", "one of the
 *  magnets is missing", "can't find the battery from the remote"): swallowed until excluded (NHS, CAPT: if you think a
 *  child may have swallowed one, A&E at once) — no swallow needs to be seen. Not a battery gone flat (没电, 没了, "dead"). */
const MISSING_EN =
  /\b(?:is |are |was |were )?missing\b|\b(?:can'?t|cannot|couldn'?t) find\b|\b(?:has |have |had )?(?:disappeared|vanished)\b|\b(?:batter(?:y|ies)|magnets?|one|it|they)(?:'s|'ve| is| are| has| have| was| were)?(?: now| just| all)? gone\b(?! (?:flat|dead|low|off|out|down|up|bad|to|into|through|for|and))/i;
const MISSING_ZH = /少了|不见了?|不見了?|找不到|丢了|丟了|唔見|唔见|搵唔到/;
/** Found again, in any wording ("found one under the sofa", "it was in my bag all along", "turned up", "找到", not "没找到"). */
const FOUND =
  /\bfound (?:it|them|the|one|a|an|both|all)\b|\b(?:it|they|one) (?:was|were) (?:in|under|behind|on) (?:my|the|our|his|her|a) (?!mouth|tummy|stomach|belly|throat|nose|ear)|\ball along\b|\bturned up\b|(?<![没沒未])(?:找到|找着|找著|搵到)/i;
/** Session 31 review: what is no hazard told missing — a battery's cover, door or compartment ("missing its battery
 *  cover", "电池盖不见了"), read at the hazard word's end. */
const HAZARD_PART_AFTER =
  /^\s*(?:covers?|compartments?|doors?|lids?|flaps?|cases?|casings?|hatch|slot|charger)\b|^(?:后?盖|後?蓋|仓|倉|槽|门|門|充电器|充電器)/i;
/** A sentence that tells a missing battery as something else: an old story (last year, 去年, "turned out fine"), a battery
 *  missing FOR a device the family needs ("missing the batteries for the thermometer", 体温计电池丢了没法量), or a battery
 *  of a device no child swallows (smoke alarm, car, e-bike, phone, laptop). Read on the hazard's own sentence. */
const NOT_MISSING_HAZARD =
  /\b(?:last (?:year|month|summer|winter|spring|autumn)|(?:years?|months?) ago|when (?:he|she) was (?:little|younger|a baby|\d)|turned out (?:fine|ok|okay))\b|\bmissing (?:the |a |some |its |our )?batter(?:y|ies) (?:for|to)\b|\b(?:can'?t|cannot|couldn'?t|unable to) (?:check|take|measure|read) (?:his |her |their |the |a |my )?(?:temp|temperature|fever)\b|\bsmoke (?:alarm|detector)s?\b|\bco (?:alarm|detector)\b|\bcarbon monoxide\b|\b(?:car|e-?bike|bike|scooter|phone|laptop|mobile|drill|mower|boiler)(?:'s)? batter(?:y|ies)\b|去年|前年|以前|那时|那時|当时|當時|没法量|沒法量|量不了|没法用|沒法用|用不了|不能用|烟雾报警|煙霧報警|报警器|報警器|电动车|電動車|电瓶车|電瓶車|汽车|汽車|手机|手機|笔记本|筆記本/i;

function missingHazard(text: string): boolean {
  for (const m of text.matchAll(new RegExp(`${HAZARD_EN.source}|${HAZARD_ZH.source}`, 'gi'))) {
    if (HAZARD_PART_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const s = sentenceBounds(text, m.index);
    const sentence = text.slice(s.start, s.end);
    if (NOT_MISSING_HAZARD.test(sentence)) continue;
    const missing = MISSING_EN.test(sentence) ? MISSING_EN : MISSING_ZH.test(sentence) ? MISSING_ZH : undefined;
    if (missing && !FOUND.test(text) && toldUndenied(sentence, missing)) return true;
  }
  return false;
}

function swallowedObjectChild(text: string): boolean {
  if (!smallChild(text)) return false;
  // The swallowing told as this child's event, not a what-if ("what if my toddler swallows a battery?").
  const en = toldUndenied(text, SWALLOW_EN, true);
  const zh = toldUndenied(text, SWALLOW_ZH, true);
  if (!en && !zh) return missingHazard(text);
  if (HAZARD_EN.test(text) || HAZARD_ZH.test(text)) return true;
  if (WRONG_WAY.test(text)) return false;
  const unknown = UNKNOWN_EN.test(text) || UNKNOWN_ZH.test(text);
  // An identified harmless thing ("swallowed a watermelon seed", "把籽咽下去了") is no object left to exclude.
  return unknown && !(HARMLESS.test(text) && !/\b(?:some ?thing|object|part|piece)\b|东西|東西|零件|物件/.test(text));
}

// ── sick-day rules for insulin ──────────────────────────────────────────────────────────────────────────────────────
const TYPE_1 =
  /\b(?:type[- ]?(?:1|one|i)\b(?! ?(?:error|hypersensitivity|allergy|reaction|collagen|interferon|fibres?|muscle))|t1d?\b|t1dm\b|insulin[- ]dependent|(?:insulin|omni ?pod|medtronic|tandem) pump)|1\s*型|一型|Ⅰ\s*型|I\s*型糖尿病|胰岛素依赖|胰島素依賴|胰岛素泵|胰島素泵/i;
/** Diabetes named at all (type 1's "have type 1" is read above with the diabetes named or insulin said anywhere). */
const DIABETES = /\bdiabet\w*|\bsugars?\b|\bbg\b|\bketones?\b|\binsulin\b|\blantus\b|\bnovo ?rapid\b|\bhumalog\b|糖尿|血糖|胰岛素|胰島素|酮/i;
const ON_INSULIN =
  /\binsulin\b|\b(?:lantus|levemir|tresiba|toujeo|abasaglar|novo ?rapid|humalog|fiasp|apidra|humulin|novomix|humamix)\b|胰岛素|胰島素|打针控制血糖/i;
const VOMIT_EN =
  /\b(?:vomit\w*|being sick|been sick|keeps? being sick|throw(?:ing|n)? up|threw up|puk\w*|can'?t keep (?:anything|any ?thing|fluids?|water|food|it) down)\b/i;
const VOMIT_ZH = /吐(?!槽|痰|字|舌|露|气|氣|口水|奶)|呕|嘔/;
/** Ketones by their level (JBDS/NHS sick-day rules: blood ketones under 1.5 mmol/L are recheck-in-2-hours, 1.5–2.9 call
 *  the diabetes team today, 3 or more A&E; urine ++ / +++ likewise), or named as ketoacidosis. */
const KETONE_VALUE = /(?:\bketones?\b|酮体?)[^.?!;，。；\d]{0,24}(\d{1,2}(?:\.\d{1,2})?)(?!\s*(?:hours?|hrs?|h\b|times|days?|小时|次|天))/gi;
const KETONES_HIGH =
  /\b(?:high|large|very high|dangerous(?:ly high)?) (?:blood |urine )?ketones?\b|\bketones?\b[^.?!;]{0,20}\b(?:high|large|dangerous|\+\+\+)|\bdka\b|diabetic ketoacidosis|酮[^，。；]{0,8}(?:很高|偏高|高|\+\+\+|三个加号)|酮症酸中毒|酸中毒/i;
const KETONES_RAISED =
  /\b(?:moderate|positive) (?:blood |urine )?ketones?\b|\bketones?\b[^.?!;]{0,20}\b(?:moderate|positive|\+\+)|酮[^，。；]{0,8}(?:阳性|陽性|\+\+|两个加号)|酮症/i;

function ketoneLevel(text: string): UntilExcluded['level'] | undefined {
  let level: UntilExcluded['level'] | undefined;
  for (const m of text.matchAll(KETONE_VALUE)) {
    if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || CONDITIONAL.test(clauseBefore(text, m.index))) continue;
    const v = Number(m[1]);
    if (v >= 3 && v < 30) return 'emergency';
    if (v >= 1.5 && v < 3) level = 'urgent';
  }
  if (toldUndenied(text, KETONES_HIGH)) return 'emergency';
  return level ?? (toldUndenied(text, KETONES_RAISED) ? 'urgent' : undefined);
}
const PUMP_FAILED = /\bpump\b[^.?!]{0,40}\b(?:failed|stopped|broke|broken|came out|fell out|occlu\w*|not working|kinked)\b|泵[^，。]{0,10}(?:坏|壞|掉|堵|停)/i;
const ILL =
  /\b(?:tummy bug|stomach bug|gastro|flu|fever|diarrh\w*|not eating|can'?t eat|off (?:my|his|her) food)\b|拉肚子|腹泻|腹瀉|发烧|發燒|吃不下|不吃东西|没吃东西|沒吃東西|不想吃/i;
/** A denial before the sign ("no vomiting", "没吐", "isn't being sick"): the sign is not told. */
const DENIED_BEFORE =
  /(?:\b(?:no|not|without|never|isn'?t|aren'?t|hasn'?t|haven'?t|hasnt|havent|wasn'?t|didn'?t|nor)\b[^.?!,;]{0,12}|(?:没有?|沒有?|无|無|未)[^，。,]{0,2}|不(?:会|會|再|想)?)$/i;

/** Where the clause holding a word ends (a comma, a stop, "but", 但): a frame before it does not reach past it. */
const CLAUSE_BREAK = /[,.;:!?，。；：！？\n]|\bbut\b|\bthough\b|但|不过|不過/gi;
/** A conditional or a general question opened in the word's own clause ("what if he swallows a battery", "如果吐了"). */
const CONDITIONAL =
  /\b(?:if|what if|in case|whether|when(?:ever)? (?:you|someone|a child|kids|people)|should (?:a|my) (?:child|kid|toddler) ever)\b|如果|万一|萬一|要是|假如|假设|的话$/i;

const HEDGE =
  /\b(?:not (?:\w+ )?sure|unsure|don'?t know|do not know|no idea|wonder(?:ing)?|can'?t tell|worried|afraid|think|might|may|maybe|possibly|probably)\b[^,.;!?]{0,20}(?:\b(?:if|whether|that)\b)?|不知道|不清楚|不确定|不確定|好像|可能|怀疑|懷疑|担心|擔心/i;

function clauseBefore(text: string, at: number): string {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return text.slice(from, at);
}

/** Who did it: the last one named before the verb in its sentence — an animal ("my dog ate…", "狗把…吞了") or a person. */
const ANIMAL_ACTOR = /\b(?:dog|cat|puppy|kitten|pet|horse|rabbit|parrot|hamster)s?\b|狗|猫|貓|宠物|寵物/gi;
const PERSON_ACTOR = new RegExp(
  `${CHILD_WORD.source}|\\b(?:i|he|she|they|son|daughter|boy|girl|\\d{1,2}[- ]?(?:years?|yrs?|months?)[- ]old|\\d{1,2} ?yo)\\b|我|他|她|岁|歲`,
  'gi',
);
function animalDid(text: string, at: number): boolean {
  const sentence = text.slice(0, at).replace(/^[\s\S]*[.!?。！？\n]/, '');
  const last = (re: RegExp): number => Math.max(-1, ...[...sentence.matchAll(re)].map((m) => m.index));
  const animal = last(ANIMAL_ACTOR);
  return animal >= 0 && animal > last(PERSON_ACTOR);
}

/** A feared or future event, in the event's own clause: a modal before it ("might vomit", "will swallow", "会吐"; not
 *  "might have swallowed", which tells a possible past) or a time still to come ("tomorrow", "明天"). */
const FUTURE_BEFORE = /\b(?:will|going to|gonna|might|may|could|would|shall)\b(?!\s*(?:have|'ve|of)\b)|\b\w+'ll\b|(?:会|會|将|將)(?!儿|兒)[^，。,]{0,2}$/i;
/** An event kept up however it is framed ("won't stop vomiting", "will keep being sick", "一直吐"): happening now. */
const ONGOING = /\b(?:stop|stopped|keeps?|kept|still|continues?|again)\b|不停|一直|还在|還在|又/i;
const FUTURE_TIME =
  /\b(?:tomorrow|next (?:week|time|month)|later (?:today|on)|on the (?:flight|trip|journey) tomorrow)\b|明天|明早|明晚|后天|後天|下周|下週|下星期|下次|待会|待會/i;
/** A time already past in the event's own clause ("last week", "3 days ago", "上周", "吐过"). */
const PAST_TIME =
  /\b(?:last (?:night|week|month|year|time|weekend)|yesterday|the other day|(?:\d+|a|an|one|two|three|four|five|six|seven|a few|few|a couple of|couple of|several) (?:days?|weeks?|months?|years?|nights?) ago|over the weekend|at the weekend|earlier this week)\b|上周|上週|上星期|上个月|上個月|昨天|昨晚|前天|前几天|前幾天|\d+天前|几天前|幾天前|去年|上次/i;
/** The patient told as well again: "fine now", "now fine", "fine since", "eating and drinking", "现在好了", "没再吐". */
const RESOLVED =
  /\b(?:(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|feel(?:s|ing)?|felt|been|now|all|seems?)\s+(?:absolutely |totally |completely |perfectly |totally )?(?:fine|ok|okay|well|better|good|normal|back to normal)\b(?:\s+(?:now|since|again))?|(?:fine|ok|okay|well|better) (?:now|since)|(?:has|have) settled|no more (?:vomiting|sickness|being sick)|(?:not|haven'?t|hasn'?t) (?:been sick|vomited|thrown up) since|eating and drinking|eating (?:normally|fine|well))/i;
const RESOLVED_ZH =
  /现在(?:已经|已經)?(?:好了|没事|沒事|正常|好多了)|(?:已经|已經)好了|(?:之后|之後|后来|後來)就?(?:好了|没事|沒事|正常)|没再吐|沒再吐|没事了|沒事了/;

function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at);
  const m = /[,.;:!?，。；：！？\n]|\bbut\b|\bthough\b|但|不过|不過/i.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

interface Reading {
  /** Skip an event done by an animal ("my dog swallowed…"). */
  person?: boolean;
  /** Skip an event told in the past when the patient is told well again since (a settled illness, not this one). */
  settles?: boolean;
}

/** Told as happening to this patient: neither denied ("no vomiting", "没吐") nor inside a conditional's own clause,
 *  nor feared or still to come ("担心明天会吐", "worried I might vomit tomorrow"); with `person`, not done by an animal
 *  ("my dog swallowed…") — an animal elsewhere leaves a child's own event standing; with `settles`, not a past event the
 *  patient has recovered from ("vomited once last week but I'm fine now", "上周吐过一次，现在好了"). */
function toldUndenied(text: string, re: RegExp, reading: Reading | boolean = {}): boolean {
  const { person = false, settles = false } = typeof reading === 'boolean' ? { person: reading } : reading;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const resolved = settles && (RESOLVED.test(text) || RESOLVED_ZH.test(text));
  for (const m of text.matchAll(g)) {
    if (person && animalDid(text, m.index)) continue;
    const before = clauseBefore(text, m.index);
    const clause = before + clauseAfter(text, m.index);
    // The event's own time: a feared or future one is not told, however it is hedged.
    if ((FUTURE_BEFORE.test(before) || FUTURE_TIME.test(clause)) && !ONGOING.test(clause)) continue;
    const experienced = /^吐?(?:过|過)/.test(text.slice(m.index + m[0].length));
    if (resolved && !ONGOING.test(clause) && (PAST_TIME.test(clause) || experienced)) continue;
    // A hedge is no denial and no what-if: "not sure if she swallowed it", "不知道是不是吞了" tell a possible event.
    if (HEDGE.test(before)) return true;
    if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (CONDITIONAL.test(before)) continue;
    return true;
  }
  return false;
}

/** "I have type 1", "she's got type one", "my son is type 1", "my daughter's type one": said of a person with nothing
 *  else named, type 1 is diabetes (the sick-day rule still needs vomiting, ketones or illness beside it). */
const HAS_TYPE_1 =
  /(?:\b(?:have|has|had|got|with|am|is|was|being|i'?m|she'?s|he'?s)|\w['’]s) (?:a |also |been )?type[- ]?(?:1|one)\b(?! ?(?:error|hypersensitivity|allergy|reaction|collagen|interferon|hpv|herpes|hsv|von|neurofibromatosis|nf|sma|gaucher|fibres?))/i;

/** Type 1 diabetes in one name: its abbreviations (T1DM, T1D, IDDM), its older name (juvenile diabetes), or type 1
 *  written with the disease (Ⅰ型糖尿病, "type 1 diabetic"). */
const TYPE_1_DIABETES = /\b(?:t1dm|t1d|iddm|juvenile(?:[- ]onset)? diabet\w*|type[- ]?(?:1|one|i) diabet\w*)\b|(?:1|一|Ⅰ|I)\s*型糖尿/i;

/** "Type 1" of another condition's name (a Chiari type 1 malformation, "type I Chiari"): blanked before type 1 is read. */
const OTHER_TYPE_1 =
  /\b(?:arnold[- ])?chiari(?: malformation)?(?: \w+){0,2} type[- ]?(?:1|one|i)\b|\btype[- ]?(?:1|one|i) (?:arnold[- ])?(?:chiari|malformation)\b/gi;

function insulinSickDay(given: string): { level: UntilExcluded['level']; settled: boolean } | undefined {
  const text = given.replace(OTHER_TYPE_1, ' ');
  const type1 = TYPE_1_DIABETES.test(text) || (TYPE_1.test(text) && DIABETES.test(text)) || HAS_TYPE_1.test(text);
  const insulin = type1 || (ON_INSULIN.test(text) && /糖尿|\bdiabet\w*|\bsugars?\b|血糖/i.test(text));
  if (!insulin) return undefined;
  const vomiting = toldUndenied(text, VOMIT_EN, { settles: true }) || toldUndenied(text, VOMIT_ZH, { settles: true });
  const ketones = ketoneLevel(text);
  const pump = PUMP_FAILED.test(text);
  // Type 1 with vomiting is insulin deficiency until proved otherwise (ISPAD); ketones of 3 or more are DKA's threshold.
  // Settled: ketones of 3 or more, or vomiting with fluids not kept down, told already — nothing left to check first.
  if (ketones === 'emergency') return { level: 'emergency', settled: true };
  if (type1 && vomiting) return { level: 'emergency', settled: KEPT_DOWN_NOT.test(text) };
  // A failed pump, raised ketones, vomiting on insulin for type 2, or an illness with no food: the dose needs a
  // clinician today.
  if (ketones || vomiting || pump || toldUndenied(text, ILL)) return { level: 'urgent', settled: true };
  return undefined;
}

/** Fluids not kept down, or ketoacidosis's own signs (deep or fast breathing, drowsiness, confusion), told: the sick-day
 *  emergency needs no check before it. */
const KEPT_DOWN_NOT =
  /\b(?:breathing (?:\w+ )?(?:fast|deep|deeply|heavy|heavily|hard|quick)|(?:fast|deep|rapid|heavy) breathing|drowsy|confused|hard to wake|(?:very )?sleepy)\b|呼吸[^，。]{0,3}(?:深|快|急|重)|嗜睡|犯困|迷糊|叫不醒|\b(?:can'?t|cannot|couldn'?t|unable to|not) keep(?:ing)? (?:anything|any ?thing|fluids?|water|drinks?|it|food) down\b|喝(?:水|什么|啥)?(?:都|就)吐|(?:水|东西|東西)都喝不进|喝不进/i;

const SWALLOWED_OBJECT: Omit<UntilExcluded, 'level'> = {
  id: 'swallowed-object-child',
  title: { zh: '幼儿可能吞下了纽扣电池、磁铁或不明小物件', en: 'a young child may have swallowed a button battery, magnets or an unknown small object' },
  advice: {
    zh: '即使孩子看起来没事，也要马上去急诊拍片：纽扣电池两小时内就能烧穿食道，多颗磁铁会夹穿肠壁。不要催吐，去医院前不要吃喝；如果确定是纽扣电池、且孩子已满1岁，路上可每10分钟喂一勺蜂蜜。',
    en: 'Go to A&E now for an X-ray even if the child seems well: a button battery can burn through the food pipe within two hours and two magnets can pinch through the bowel. Do not make them sick and give nothing to eat or drink; if it was a button battery and the child is over 1, give a teaspoon of honey every 10 minutes on the way.',
  },
};
const SICK_DAY: Omit<UntilExcluded, 'level'> = {
  id: 'insulin-sick-day',
  title: { zh: '用胰岛素的糖尿病人呕吐/生病（酮症酸中毒风险）', en: 'vomiting or illness on insulin (risk of diabetic ketoacidosis)' },
  advice: {
    zh: '不要自行停用胰岛素（基础胰岛素必须继续打）；测血糖和血酮。1型糖尿病呕吐、喝水都吐、血酮≥3 或呼吸深快、嗜睡，马上去急诊。',
    en: 'Do not stop your insulin (the long-acting dose must continue); check your glucose and blood ketones. With type 1 diabetes, vomiting, not keeping fluids down, ketones of 3 or more, deep fast breathing or drowsiness need A&E now.',
  },
};

/** The sick-day checks a patient can make at once (JBDS/NHS: blood ketones, fluids kept down, DKA's breathing and drowsiness). */
const SICK_DAY_CHECKS = {
  zh: '现在血酮是多少（或尿酮几个加号）、血糖多少？喝水能不能喝得下？有没有呼吸深快、犯困或肚子疼？',
  en: 'What are the blood ketones (or urine ketones) and sugar now? Can you keep fluids down? Any deep or fast breathing, drowsiness or tummy pain?',
};

/** An animal as the one the message is about ("my dog is type 1 diabetic", "猫吞了…"): a vet's case, not this table's. */
const ANIMAL_PATIENT =
  /\b(?:my|our|the) (?:dog|cat|puppy|kitten|pet|horse|rabbit|parrot)(?:'s)? (?:is|has|was|had|swallowed|ate|got|keeps|threw|just)\b|(?:狗|猫|貓|宠物|寵物)(?:是|有|吞|吃|吐|得了|把)/i;

/** The situations in the patient's own words that no reply can make safe to wait on, highest level first. */
export function untilExcluded(text: string): UntilExcluded[] {
  const found: UntilExcluded[] = [];
  // A swallowing is read by who did it (an animal's is skipped event by event); the diabetes by the whole message.
  if (swallowedObjectChild(text)) found.push({ ...SWALLOWED_OBJECT, level: 'emergency' });
  if (ANIMAL_PATIENT.test(text)) return found;
  const sick = insulinSickDay(text);
  if (sick) found.push({ ...SICK_DAY, level: sick.level, ...(sick.settled ? {} : { checks: SICK_DAY_CHECKS }) });
  return found.sort((a, b) => (a.level === b.level ? 0 : a.level === 'emergency' ? -1 : 1));
}
