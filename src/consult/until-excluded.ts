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
import { readAge } from './facts.js';

export interface UntilExcluded {
  id: 'swallowed-object-child' | 'insulin-sick-day';
  level: Exclude<TriageLevel, 'routine'>;
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
}

// ── a small child's swallowed object ────────────────────────────────────────────────────────────────────────────────
/** A child named by a word for one (a teenager is not): the object table's danger is greatest under six. */
const CHILD_WORD =
  /\b(?:baby|babies|toddler|infant|kid|kiddo|child|little one|lo|my (?:son|daughter|boy|girl)|(?:his|her|our) (?:son|daughter))\b|宝宝|宝贝|婴儿|幼儿|小孩|孩子|儿子|女儿|闺女|娃|小朋友|寶寶|嬰兒|兒子/i;
/** An age in months ("18 month old", "20-month-old", "1岁半" reads as 1): a baby or toddler. */
const AGE_MONTHS = /\b\d{1,2}\s*[- ]?(?:months?|mos?)[- ]?old\b|\(\s*\d{1,2}\s*m(?:o|onths?)?\s*\)|(?:\d{1,2}|[一二两三四五六七八九十]+)个?多?月(?:大|的)/i;
/** "(3)", "my son (4)": an age in brackets after a child word. */
const BRACKET_AGE = /\(\s*(\d{1,2})\s*\)/;
const ZH_YEARS = /(\d{1,2}|[一二两三四五六七八九十])\s*(?:周?岁|歲)/;
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function childAge(text: string): number | undefined {
  const zh = ZH_YEARS.exec(text);
  if (zh) return ZH_NUM[zh[1]] ?? Number(zh[1]);
  const bracket = BRACKET_AGE.exec(text);
  if (bracket) return Number(bracket[1]);
  return readAge(text);
}

/** Under twelve, by an age or by a child word with no age ("my toddler", "宝宝"); a months-old age is a baby. */
function smallChild(text: string): boolean {
  if (AGE_MONTHS.test(text)) return true;
  const age = childAge(text);
  if (age !== undefined) return age < 12;
  return CHILD_WORD.test(text);
}

/** Swallowing told as an event: swallowed, gulped, 吞/咽, or an object put in the mouth and now missing. */
const SWALLOW_EN = /\b(?:swall?ow(?:ed|s|ing)?|swalowed|gulped(?: down)?|ingested|put [^.?!]{0,30} in (?:his|her|their|the) mouth)\b/i;
const SWALLOW_ZH = /吞|咽|嚥|误食|誤食|塞(?:进|到)?(?:嘴|口)|吃(?:进去|下去|到肚子)/;
/** The object: one that is hazardous in itself (button battery, magnets) or one nobody has identified. */
const HAZARD_EN = /\b(?:button|coin|watch|lithium|remote|hearing[- ]aid)?\s*batter(?:y|ies)\b|\bmagnet(?:s|ic (?:balls?|beads?))?\b/i;
const HAZARD_ZH = /电池|電池|纽扣|紐扣|磁铁|磁鐵|磁珠|磁力珠|巴克球/;
const UNKNOWN_EN =
  /\b(?:(?:put|popped|stuck) (?:some ?thing|a (?:small |tiny |little )?(?:\w+ )?(?:thing|part|piece|object)) (?:in|into) (?:his|her|their) mouth|(?:swall?owed|swalowed|gulped) (?:down )?(?:some ?thing|somethin|somthing|an object|a (?:small|tiny|little|metal|plastic|shiny) (?:\w+ )?(?:thing|part|piece|object|bit|item|screw|bead|ball|disc|disk)|(?:a |the )?(?:small |tiny |little )?(?:part|piece|bit) (?:of|from|off) (?:a |his |her |the )?(?:toy|game|remote|watch|gadget|torch|scales|calculator)|a (?:part|piece) of (?:a |his |her |the )?toy))\b|\b(?:don'?t|do not|not sure|no idea|unsure|can'?t tell|didn'?t see) (?:know |sure )?what (?:it was|he|she|they)|\b(?:can'?t|cannot|couldn'?t) find (?:the |a |one )?(?:\w+ ){0,3}(?:back|part|piece|battery|magnet|bit)\b|\b(?:missing|gone) from (?:the|a) (?:toy|remote|set)\b/i;
const UNKNOWN_ZH =
  /(?:吞|咽|嚥|吃进去|吃下去)(?:进去|下去|进|下)?了(?:一?个|一颗|一粒|一块|一片)?(?:什么|啥|不知道什么|不明)?(?:小)?(?:东西|東西|物件|物品|零件|异物|異物|珠子|螺丝|螺絲|扣子|配件)|不知道(?:吞|咽|吃)了?(?:什么|啥)|(?:小东西|小東西|零件|物件|异物|異物|珠子|螺丝|螺絲|扣子)[^，。]{0,4}(?:吞|咽|嚥)(?:进去|下去|了)|(?:零件|配件|小东西|小東西|扣子)(?:不见|少了|找不到|沒了|没了)|(?:东西|東西|零件|珠子|扣子)塞(?:进|到)?(?:嘴|口)里?[^，。]{0,4}(?:不见|不見|没了|沒了|找不到)/;
/** Food and the like a child swallows every day: no object to exclude (a seed, gum, toothpaste, a sweet). */
const HARMLESS =
  /\b(?:seeds?|pips?|gum|chewing gum|toothpaste|grapes?|sweets?|candy|food|milk|water|bubbles?|sand|soil|dirt|crayon|play-?doh|paper|hair)\b|籽|口香糖|牙膏|饭|飯|奶|水|糖|食物|葡萄/i;
/** "went down the wrong way": choking on a swallow, read by the triage's airway signs. */
const WRONG_WAY = /\bwrong (?:way|pipe|hole)\b|呛|嗆/i;

function swallowedObjectChild(text: string): boolean {
  if (!smallChild(text)) return false;
  // The swallowing told as this child's event, not a what-if ("what if my toddler swallows a battery?").
  const en = toldUndenied(text, SWALLOW_EN);
  const zh = toldUndenied(text, SWALLOW_ZH);
  if (!en && !zh) return false;
  if (HAZARD_EN.test(text) || HAZARD_ZH.test(text)) return true;
  if (WRONG_WAY.test(text)) return false;
  const unknown = UNKNOWN_EN.test(text) || UNKNOWN_ZH.test(text);
  // An identified harmless thing ("swallowed a watermelon seed", "把籽咽下去了") is no object left to exclude.
  return unknown && !(HARMLESS.test(text) && !/\b(?:some ?thing|object|part|piece)\b|东西|東西|零件|物件/.test(text));
}

// ── sick-day rules for insulin ──────────────────────────────────────────────────────────────────────────────────────
const TYPE_1 =
  /\b(?:type[- ]?(?:1|one|i)\b(?! ?(?:error|hypersensitivity|allergy|reaction|collagen|interferon|fibres?|muscle))|t1d?\b|t1dm\b|insulin[- ]dependent|(?:insulin|omni ?pod|medtronic|tandem) pump)|1\s*型|一型|I\s*型糖尿病|胰岛素依赖|胰島素依賴|胰岛素泵|胰島素泵/i;
/** Diabetes named at all (type 1's "have type 1" is read above with the diabetes named or insulin said anywhere). */
const DIABETES = /\bdiabet\w*|\bsugars?\b|\bbg\b|\bketones?\b|\binsulin\b|\blantus\b|\bnovo ?rapid\b|\bhumalog\b|糖尿病|血糖|胰岛素|胰島素|酮/i;
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

/** Told as happening to this patient: neither denied ("no vomiting", "没吐") nor inside a conditional's own clause. */
function toldUndenied(text: string, re: RegExp): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(g)) {
    // A hedge is no denial and no what-if: "not sure if she swallowed it", "不知道是不是吞了" tell a possible event.
    if (HEDGE.test(clauseBefore(text, m.index))) return true;
    if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (CONDITIONAL.test(clauseBefore(text, m.index))) continue;
    return true;
  }
  return false;
}

/** "I have type 1", "she's got type one": said of a person with nothing else named, type 1 is diabetes. */
const HAS_TYPE_1 =
  /\b(?:have|has|had|got|with|am|i'?m|she'?s|he'?s) (?:a )?type[- ]?(?:1|one)\b(?! ?(?:error|hypersensitivity|allergy|reaction|collagen|interferon|hpv|herpes|hsv|von|neurofibromatosis|nf|sma|gaucher|fibres?))/i;

function insulinSickDay(text: string): UntilExcluded['level'] | undefined {
  const type1 = (TYPE_1.test(text) && DIABETES.test(text)) || HAS_TYPE_1.test(text);
  const insulin = type1 || (ON_INSULIN.test(text) && /糖尿病|\bdiabet\w*|\bsugars?\b|血糖/i.test(text));
  if (!insulin) return undefined;
  const vomiting = toldUndenied(text, VOMIT_EN) || toldUndenied(text, VOMIT_ZH);
  const ketones = ketoneLevel(text);
  const pump = PUMP_FAILED.test(text);
  // Type 1 with vomiting is insulin deficiency until proved otherwise (ISPAD); ketones of 3 or more are DKA's threshold.
  if ((type1 && vomiting) || ketones === 'emergency') return 'emergency';
  // A failed pump, raised ketones, vomiting on insulin for type 2, or an illness with no food: the dose needs a
  // clinician today.
  if (ketones || vomiting || pump || toldUndenied(text, ILL)) return 'urgent';
  return undefined;
}

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

/** An animal as the one the message is about ("my dog is type 1 diabetic", "猫吞了…"): a vet's case, not this table's. */
const ANIMAL_PATIENT =
  /\b(?:my|our|the) (?:dog|cat|puppy|kitten|pet|horse|rabbit|parrot)(?:'s)? (?:is|has|was|had|swallowed|ate|got|keeps|threw|just)\b|(?:狗|猫|貓|宠物|寵物)(?:是|有|吞|吃|吐|得了|把)/i;

/** The situations in the patient's own words that no reply can make safe to wait on, highest level first. */
export function untilExcluded(text: string): UntilExcluded[] {
  const found: UntilExcluded[] = [];
  if (ANIMAL_PATIENT.test(text)) return found;
  if (swallowedObjectChild(text)) found.push({ ...SWALLOWED_OBJECT, level: 'emergency' });
  const sick = insulinSickDay(text);
  if (sick) found.push({ ...SICK_DAY, level: sick });
  return found.sort((a, b) => (a.level === b.level ? 0 : a.level === 'emergency' ? -1 : 1));
}
