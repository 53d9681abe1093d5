// Emergencies made by a condition or a medicine the person has (the FRAME) plus a sign that is dangerous in THAT frame
// (session 26, #19): vomiting is a tummy bug, but vomiting with deep fast breathing in type 1 diabetes is ketoacidosis;
// mouth sores are ulcers, but mouth sores with skin going dusky and peeling a week into a new drug is SJS/TEN; a pen of
// rapid insulin is a meal dose, but 30 units of it given at bedtime in place of the long-acting one is a severe low
// sugar within hours. One typed table frame × sign groups: a row fires only when its frame AND every sign group it
// asks for are affirmed (not denied in their clause, not past: clinical.ts `affirmed`), told of the same person
// (the last person named before each mention in its clause, as persons.ts reads), and the frame itself is current. One
// word never fires. Pure.
import { escapeRegExp, globalOf } from '../../core/regex.js';
import { drugClassMentions } from '../../knowledge/drug-classes.js';
import { namesMedicine } from '../../knowledge/drugs.js';
import { clauseAt, clauses, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { affirmed, ALTERED, clinicalRule } from './clinical.js';
import { parseNumber } from '../red-flags/numbers.js';
import { CONDITIONAL, withMedicineClass } from './ingestion.js';
import { findModifiers } from './modifiers.js';
import { ANIMAL } from './toxic-exposure.js';
import { OWN_AFTER_MY_EN, RELATIVE_EN, RELATIVE_ZH } from './persons.js';
import { isLearning } from './safety-net.js';

export type ConditionFrameId = 'type1-ketoacidosis' | 'new-drug-skin-detaching' | 'rapid-insulin-for-basal';

// ── whose: the person a frame or a sign is told of ───────────────────────────────────────────────────────────────
/** A relative by name (groups 1, 2), he or she (3, 4), the writer (5), an animal (6: toxic-exposure.ts's). */
const PERSON = new RegExp(
  `\\b(?:my|our|his|her|the) (${RELATIVE_EN}|${OWN_AFTER_MY_EN})s?\\b|(${RELATIVE_ZH})|\\b(he|she|he's|she's|him|her)\\b|(他|她)|(\\bI\\b|\\bI'm\\b|\\bI've\\b|\\bme\\b|\\bmy\\b|我)|(${ANIMAL.source})`,
  'gi',
);
const CLAUSE_BREAK = /[。！？!?\n；;]|\.(?=\s)/;
type Whose = 'other' | 'writer' | 'animal' | null;

/** Whose each match of `re` is: the last person named before it in its clause (persons.ts reads the same way). */
function whoseOf(text: string, re: RegExp): Whose[] {
  return matchesOf(globalOf(re), text).map((m) => {
    const before = text.slice(0, m.index).split(CLAUSE_BREAK).pop() ?? '';
    const p = matchesOf(PERSON, before).at(-1);
    if (!p) return null;
    return p[1] || p[2] || p[3] || p[4] ? 'other' : p[5] ? 'writer' : 'animal';
  });
}
// Two relatives are taken as one person (孩子 and 女儿, "my son" and "he"): only the writer against someone else, or an
// animal, parts a frame from a sign.
const sameWho = (a: Whose, b: Whose): boolean => a === null || b === null || a === b;

/** Frame and sign told of one person (an animal's is no one's): some frame mention and sign mention agree. */
function samePerson(text: string, frame: RegExp, sign: RegExp): boolean {
  const f = whoseOf(text, frame);
  const s = whoseOf(text, sign);
  if ([...f, ...s].includes('animal')) return false;
  return f.some((x) => s.some((y) => sameWho(x, y)));
}

// ── type 1 diabetes (or on insulin) + vomiting + the breathing of acidosis ───────────────────────────────────────────
/** Type 1 diabetes named (the insulin modifier, modifiers.ts, covers anyone on insulin). */
const TYPE1 = /\btype[ -]?(?:1|one|i)\b(?! (?:hypersens\w*|errors?|allerg\w*|reactions?))|\bT1D?\b|1型|一型|I型|胰岛素依赖/i;
/** Vomiting, or keeping nothing down. */
const VOMITING =
  /呕吐|呕(?:了|咗|到)|吐咗|(?<![不没别])吐(?:了|得|个不停|出来|(?=[，。！？,.\s]|$))|一直吐|老是吐|喝水都吐|吃什么吐什么|\bvomit\w*|\bthrowing up\b|\bthrew up\b|\bthrown up\b|\bbeen sick\b|\bchucking up\b|\bspewing\b|\bpuking\b|\bcan'?t keep (?:anything|any\w*|water|food|fluids?|it|even water) down\b/i;
/** The deep or fast breathing of acidosis (never "deep breathing exercises", 深呼吸 or "take a deep breath"). */
const ACIDOTIC_BREATHING =
  /(?:呼吸|喘气|喘息)[^，。深]{0,3}(?:深|快|急|粗|重)|大口(?:大口)?(?:地)?(?:喘气|呼吸)|\bbreath(?:ing|es)? (?:(?:feels?|is|are|seems?|looks?|sounds?|has been|got|getting|gone|going) )?(?:(?:kinda|kind of|really|weirdly|very|so|quite|a bit|a little|super|all) )?(?:deep|heavy|heavier|fast|faster|rapid|laboured|labored|hard|sighing)\b|\b(?:deep|heavy|fast|rapid),? (?:and |& )?(?:deep|heavy|fast|rapid|sighing) breath\w*|\bpanting\b|\bair hunger\b/i;
/** Insulin left out or cut down. */
const INSULIN_MISSED =
  /(?:没|没有|没去|忘了|忘记|停了?|漏|少|减了?|不敢)(?:打|用|注射)?(?:了)?[^，。]{0,4}(?:胰岛素|针)|胰岛素[^，。]{0,6}(?:没打|停了|减了|打得少|少打|用完|断了)|\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|forgot to|couldn'?t) (?:do|take|have|inject|give|use) (?:my|his|her|their|any|the)? ?(?:insulin|lantus|long[- ]acting|basal|levemir|tresiba|novorapid|humalog|jab|shot|injection)\b|\b(?:skipp\w*|miss\w*|stopp\w*|reduc\w*|cut (?:back|down)|ran out of|run out of|giving less|gave less|lower(?:ed)?) (?:\w+ ){0,3}(?:insulin|lantus|long[- ]acting|basal|levemir|tresiba|jabs?|shots?|doses?)\b/i;
const NOT_EATING =
  /吃不下|没(?:怎么)?吃(?:东西|饭)|不吃东西|\b(?:not eating|isn'?t eating|hasn'?t eaten|haven'?t eaten|can'?t eat|off (?:his|her|my) food|no appetite)\b/i;

/** What else makes breathing fast or brings up vomit, said in the same clause: asthma, a cough, panic, exertion. */
const OTHER_CAUSE =
  /哮喘|喘鸣|咳|焦虑|惊恐|紧张|跑|运动|锻炼|爬楼|晕车|晕船|晕机|\b(?:motion sick\w*|car ?sick\w*|sea ?sick\w*|travel sick\w*|stress\w*|asthma\w*|wheez\w*|inhaler|cough\w*|panic\w*|anxi\w*|nervous|running|ran|run|exercis\w*|workout|gym|stairs|climb\w*|hill)\b/i;
/** A likeness is no cause ("breathing deep and fast like he's been running", 像跑完步一样). */
const LIKENESS = /\b(?:like|as if|as though)\b[^,.;]*|像[^，。]*/gi;
/** Over now: the episode told as settled. */
const SETTLED_NOW =
  /(?:现在|已经|今天)[^，。]{0,6}好(?:了|多了|些了|点了|一些了|一点了)|好多了|好些了|好点了|缓过来了|\b(?:fine|better|calmer|ok|okay) now\b|\b(?:now|today)\b[^.,;]{0,20}\b(?:fine|better|back to normal|ok|okay|settled)\b|\b(?:back to normal|all good now|settled now)\b/i;

/** Cantonese 唔 (not) where the normaliser leaves it ("呼吸唔急"): context.ts's cues are Mandarin and English. */
const NOT_YUE = /唔(?!该|該|好意思)/;

/** A sign pattern spans a gap between its head word and its sign word ("呼吸[…]快", "rash that … blistering"), and the
 *  writer's denial can sit in that gap ("呼吸不急", "a rash that isn't blistering"): context.ts's negation reader is asked
 *  at every point inside the match, not only before it. */
function deniedWithin(text: string, start: number, end: number): boolean {
  const span = { start, end };
  if (NOT_YUE.test(text.slice(start, end))) return true;
  for (let i = start + 1; i <= end; i++) if (isNegated(text, span, i)) return true;
  return false;
}

/** Some match of `re` affirmed (clinical.ts `affirmed`: not denied before it, not past), not denied inside its own span,
 *  and, in its own clause, owed to nothing in `other`. */
function affirmedUnexplained(re: RegExp, text: string, other: RegExp | null): boolean {
  if (!affirmed(re, text)) return false;
  const cl = clauses(text);
  return matchesOf(globalOf(re), text).some((m) => {
    const at = m.index ?? 0;
    const c = clauseAt(cl, at);
    if (isNegated(text, c, at) || isHistorical(text, c) || deniedWithin(text, at, at + m[0].length)) return false;
    return !other?.test(text.slice(c.start, c.end).replace(LIKENESS, ' '));
  });
}

function type1Ketoacidosis(c: ClinicalContext): boolean {
  const t = toldOnly(c.text);
  if (!(affirmed(TYPE1, t) || c.modifiers.has('insulin')) || affirmed(SETTLED_NOW, t)) return false;
  // Without type 1 named, the frame is the insulin word modifiers.ts found (its one list, not a copy).
  const insulinWord = findModifiers(t).find((m) => m.id === 'insulin')?.text;
  const frame = affirmed(TYPE1, t) ? TYPE1 : insulinWord ? new RegExp(escapeRegExp(insulinWord), 'i') : null;
  if (!frame) return false;
  const breathing = affirmedUnexplained(ACIDOTIC_BREATHING, t, OTHER_CAUSE);
  const vomiting = affirmedUnexplained(VOMITING, t, OTHER_CAUSE);
  const missed = affirmed(INSULIN_MISSED, t);
  // Two signs beside the frame: vomiting with the breathing of acidosis, or insulin left out with the breathing and no
  // food, or vomiting with insulin left out and a changed mind.
  const signed = (vomiting && breathing) || (missed && breathing && affirmed(NOT_EATING, t)) || (vomiting && missed && affirmed(ALTERED, t));
  return signed && samePerson(t, frame, breathing ? ACIDOTIC_BREATHING : VOMITING);
}

// ── a new medicine started days to weeks ago + skin detaching + mucosa ───────────────────────────────────────────────
/** Started, put on or newly given: the medicine itself must be named or shaped like one in the same sentence. */
const STARTED =
  /开始(?:吃|食|服|用|服用|打)|新(?:开|换|加)|(?:开|换|加)了?(?:一种|个)?新|(?:医生|大夫)(?:给我|给他|给她)?(?:开了|换了|加了)|\b(?:started|starting|began|begun|put (?:me |him |her )?on|prescribed|switched (?:me |him |her )?to|new (?:medication|medicine|tablets?|pills?|drug|antibiotics?|prescription))\b/i;
/** Days to weeks back: the window in which a drug sets off SJS/TEN (never "years ago"). */
const RECENT =
  /(?:\d{1,2}|[一二两三四五六七八九十几])\s*(?:天|周|个?星期|个?礼拜)(?:前|以前|之前)?|上(?:周|个?星期|个?礼拜)|前(?:几)?天|昨天|\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) (?:days?|weeks?)(?: ago)?\b|\blast (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b/i;
const MEDICINE_WORD = /药|抗生素|消炎药|针|\b(?:antibiotics?|tablets?|pills?|medication|medicine|meds|capsules?|drugs?)\b/i;
/** Skin coming away: peeling, dusky, blistering on the body (mouth and lips are the mucosa's). */
const SKIN_DETACHING =
  /(?:啲|些|块)皮[^，。]{0,6}(?:甩|掉|脱)|甩皮|皮肤[^，。]{0,6}(?:大片|成片|一片片|一块块|起(?:了)?(?:大)?(?:泡|水泡|水疱)|水泡|水疱|大疱|发暗|发紫|发黑|剥脱|脱落|一碰就(?:掉|破))|(?:身上|胸口|前胸|胸前|后背|背上|躯干|全身|肚子上)[^，。]{0,6}(?:起(?:了)?(?:大)?(?:泡|水泡|水疱)|(?:大)?(?:水泡|水疱|大疱)|脱皮|掉皮|发暗|发紫|一片片(?:掉|脱))|(?:皮疹|疹子)[^，。]{0,6}(?:起泡|水泡|水疱|发紫|发暗)|\bskin (?:[\w']+ ){0,5}(?:dusky|coming off|came off|slough\w*|detach\w*|sheets?)\b|\bskin (?:on|over|across) (?:my |his |her |the )?(?:chest|back|body|trunk|torso|tummy|belly|stomach)\b (?:[\w']+ ){0,4}(?:peel\w*|blister\w*|purple|grey|gray)\b|\b(?:peel\w*|dusky|blister\w*) (?:all )?(?:on|over|across|covering) (?:my |his |her |the )?(?:\w+ )?(?:chest|back|body|trunk|torso|tummy|belly|stomach)\b|\b(?:rash|spots) (?:[\w']+ ){0,4}(?:blister\w*|dusky)\b|\bblistering rash\b/i;
/** Sore, blistered or red mucosa: mouth, lips, eyes, genitals. */
const MUCOSA =
  /(?:嘴里|嘴巴|口腔|嘴唇|个口|舌头|生殖器|下体|外阴|龟头)[^，。]{0,6}(?:起(?:了)?(?:泡|水泡|水疱)|水泡|水疱|溃疡|烂|破|糜烂)|口腔溃疡|眼睛[^，。]{0,6}(?:红|充血|刺痛|磨|睁不开|有沙|沙沙)|结膜(?:炎|充血)|\b(?:blisters?|sores?|ulcers?|raw|peeling|crust\w*)\b[^.,;]{0,20}\b(?:mouth|lips?|tongue|gums|genitals?|privates)\b|\b(?:mouth|lips?|tongue|gums|genitals?)\b[^.,;]{0,20}\b(?:blister\w*|sores?|ulcer\w*|raw|peeling|crust\w*)\b|\beyes? (?:[\w']+ ){0,3}(?:red|gritty|bloodshot|burning|stinging|sticky|sore)\b|\b(?:red|gritty|bloodshot|burning|sore) eyes?\b|\bconjunctivitis\b/i;

const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;
/** A question of what to watch for or what the signs are: it lists signs, it tells none (safety-net.ts isLearning). */
const WATCH_FOR = /\b(?:watch|look) (?:out )?for\b|\bsigns? (?:of|to)\b|注意什么|要注意|警惕|什么(?:症状|表现)/i;
/** A question whether a medicine can cause something ("can lamotrigine cause mouth sores?", 会不会引起): asked, not told. */
const ASKS_CAUSE =
  /(?:\b(?:can|could|does|do|will|might|would)\b[^.?!]{0,60}\bcause\b|\bside effects?\b|副作用|会(?:不会)?(?:引起|导致))[^.?!。？！]*[?？]|(?:副作用|会(?:不会)?(?:引起|导致))[^。？！]*吗/i;
/** An earlier episode told as such ("last time he was vomiting…", 上次): a sentence of it tells nothing now. */
const EARLIER_EPISODE = /\b(?:last|the) time\b|\bprevious(?:ly)?\b|\bonce before\b|上次|上一次|那次|以前有一次/i;
const NOW_IN_SENTENCE = /\bnow\b|\btoday\b|\btonight\b|\bright now\b|现在|今天|而家|今日/i;
/** From an if to the end of its clause ("should I worry if a type 1 is vomiting…"): a possibility, not a told sign. */
const IF_CLAUSE = new RegExp(`(?:${CONDITIONAL.source})[^,，。.;；?？!！\\n]*`, 'gi');
const blank = (out: string, start: number, length: number): string => out.slice(0, start) + ' '.repeat(length) + out.slice(start + length);

/** The message with every learning sentence, earlier episode and if-clause blanked (offsets kept): the signs a row
 *  reads are the ones told as now. */
const toldOnly = (text: string): string =>
  matchesOf(IF_CLAUSE, text).reduce(
    (out, m) => blank(out, m.index ?? 0, m[0].length),
    matchesOf(SENTENCE, text).reduce(
      (out, m) =>
        isLearning(m[0]) || WATCH_FOR.test(m[0]) || ASKS_CAUSE.test(m[0]) || (EARLIER_EPISODE.test(m[0]) && !NOW_IN_SENTENCE.test(m[0]))
          ? blank(out, m.index ?? 0, m[0].length)
          : out,
      text,
    ),
  );
/** A rash already explained by an infection or a burn (chickenpox, hand-foot-mouth, shingles, cold sores, sunburn). */
const EXPLAINED_RASH =
  /水痘|手足口|带状疱疹|单纯疱疹|唇疱疹|晒伤|烫伤|烧伤|\b(?:chicken ?pox|hand,? foot,? (?:and|&) mouth|hfmd|shingles|cold sores?|herpes|sunburn\w*|burn(?:ed|t)?|scald\w*)\b/i;

/** A cause the writer gives for the skin or the eyes in that clause ("peeling from eczema", 眼睛红是因为熬夜): a sign
 *  told as owed to something else is not the drug's. A bare "allergy" is no such cause (SJS is told as one). */
const SKIN_CAUSE =
  /湿疹|皮炎|银屑病|牛皮癣|熬夜|花粉|鼻炎|隐形眼镜|\b(?:from|because of|due to|cos of|caused by) (?:my |the |his |her )?(?:eczema|dermatitis|psoriasis|hay ?fever|allergies|seasonal allerg\w*|dry skin|sunburn|the sun|lack of sleep|tiredness|screens?|contact lenses|contacts|chlorine|crying)\b/i;

/** A sentence telling a medicine started days to weeks ago. */
function newMedicineStarted(text: string): boolean {
  return matchesOf(SENTENCE, text).some((m) => {
    const s = m[0];
    if (!STARTED.test(s) || !RECENT.test(s)) return false;
    return drugClassMentions(s).length > 0 || MEDICINE_WORD.test(s) || namesMedicine(s, undefined, { loose: true }) || MEDICINE_WORD.test(withMedicineClass(s));
  });
}

function newDrugSkinDetaching(c: ClinicalContext): boolean {
  const t = toldOnly(c.text);
  if (EXPLAINED_RASH.test(t) || !newMedicineStarted(t)) return false;
  return affirmedUnexplained(SKIN_DETACHING, t, SKIN_CAUSE) && affirmedUnexplained(MUCOSA, t, SKIN_CAUSE) && samePerson(t, SKIN_DETACHING, MUCOSA);
}

// ── rapid insulin given in place of the long-acting one ─────────────────────────────────────────────────────────────
/** Rapid- and short-acting insulins (诺和锐30 / NovoMix 30 is premixed: not read as rapid). */
const RAPID =
  /\b(?:aspart|lispro|glulisine|novorapid|novolog|humalog|apidra|fiasp|admelog|lyumjev|actrapid|(?:rapid|quick|fast|short|meal ?time)[- ]?acting(?: insulin)?|mealtime insulin|bolus insulin)\b(?! ?(?:mix|30|25|50)\b)|(?:门冬(?:胰岛素)?|诺和锐|赖脯(?:胰岛素)?|优泌乐|谷赖(?:胰岛素)?|速效(?:胰岛素)?|短效(?:胰岛素)?|餐时胰岛素)(?![（(]?\s*(?:30|25|50)(?!\s*(?:个|单位|u)))/i;
/** The long-acting (basal) one named as the dose intended: "instead of my Lantus", 本来要打甘精. */
const BASAL =
  '(?:glargine|detemir|degludec|lantus|levemir|tresiba|toujeo|basaglar|abasaglar|semglee|long[- ]acting(?: insulin)?|basal(?: insulin)?|night[- ]?time insulin|bedtime insulin|甘精(?:胰岛素)?|地特(?:胰岛素)?|德谷(?:胰岛素)?|来得时|长效(?:胰岛素)?|基础胰岛素|睡前(?:的)?胰岛素)';
const BASAL_INTENDED = new RegExp(
  `\\b(?:instead of|in place of|rather than|(?:meant|supposed|going|due) to(?: \\w+){0,3}) (?:\\w+ ){0,2}${BASAL}|本来[^，。]{0,6}${BASAL}|(?:应该|该|要)打[^，。]{0,4}${BASAL}|把[^，。]{0,4}${BASAL}[^。]{0,8}(?:打成|当成|拿成|换成)`,
  'i',
);
/** The dose given: done, by mistake or told as given. */
const GIVEN =
  /拿错|攞错|打错|搞错|弄错|用错|打成|误打|\b(?:wrong (?:pen|insulin)|by mistake|mistakenly|accidentally|mixed up|mix-?up|grabbed|took|gave|injected|did|used|jabbed|given|done)\b/i;
/** What makes it dangerous tonight: a large dose, no food, or sleep. */
const UNITS = /(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:个)?\s*(?:units?|u\b|iu\b|单位)/gi;
const NO_FOOD_OR_SLEEP =
  /没吃(?:东西|饭|晚饭)?|不吃(?:东西|饭)|(?:未|冇)食|空腹|(?:准备|要|去)睡|睡前|睡了|睡觉|瞓|\b(?:not eating|hasn'?t eaten|haven'?t eaten|didn'?t eat|no food|without (?:eating|food)|skipped (?:dinner|tea|supper|the meal)|bed ?time|bed|asleep|sleep)\b/i;

/** Already eaten, fine since, or a day back: the hours of danger after the dose have been met (feeling fine NOW is
 *  no safety: the dose has not peaked). */
const MET_SINCE =
  /吃了(?:东西|饭|点|些)|已经吃|血糖(?:正常|还好|不低)|没事了|\b(?:(?<!(?:n't|not|never) )(?:ate|eaten)(?! (?:nothing|anything|no\b))|had (?:\w+ ){0,2}(?:food|sandwich\w*|snacks?|toast|biscuits?|juice|dinner|supper|meal|carbs)|(?:was|were|been|woke up) (?:fine|ok|okay|normal))\b/i;
/** The mix-up told of a day back (its sentence): the night it threatened is over. */
const DAY_BACK = /昨天|昨晚|\byesterday\b|\blast night\b/i;
/** The mix-up caught before the dose went in ("nearly gave", 差点打成, 还没打): nothing was given. "没打甘精" (the basal
 *  left out after the rapid one went in) is no such catch. */
const CAUGHT_BEFORE = new RegExp(
  `差点|差一点|险些|还没(?:有)?打|(?<!也)没(?:有)?打(?![^，。]{0,3}${BASAL})|\\b(?:almost|nearly|caught (?:it|myself|the mistake|that)|noticed (?:it |that )?(?:before|in time)|before (?:injecting|i injected|giving|i gave|i did it|doing it)|didn'?t (?:inject|give|take) it)\\b`,
  'i',
);

function rapidForBasal(c: ClinicalContext): boolean {
  const t = toldOnly(c.text);
  // The mix-up told as done (an if-clause, "what if I took novorapid instead of lantus?", is blanked by toldOnly).
  const told = matchesOf(SENTENCE, t).filter((m) => BASAL_INTENDED.test(m[0]));
  if (told.length === 0 || told.every((m) => DAY_BACK.test(m[0])) || !affirmed(GIVEN, t) || !affirmed(RAPID, t) || affirmed(MET_SINCE, t)) return false;
  // Caught before it went in, or given to an animal (the same check as the other rows: an animal's is no one's).
  if (CAUGHT_BEFORE.test(t) || ANIMAL.test(t)) return false;
  // A dose told decides (10 units and more); untold, no food or sleep ahead does.
  const units = matchesOf(UNITS, t).map((m) => parseNumber(m[1] ?? '') ?? 0);
  return units.length > 0 ? Math.max(...units) >= 10 : affirmed(NO_FOOD_OR_SLEEP, t);
}

interface FrameRow {
  zh: string;
  en: string;
  adviceZh: string;
  adviceEn: string;
  test: (c: ClinicalContext) => boolean;
}

/** The frame × sign table: one row per emergency a condition or medicine makes of a sign. */
const CONDITION_FRAMES: Record<ConditionFrameId, FrameRow> = {
  'type1-ketoacidosis': {
    zh: '1型糖尿病（或用胰岛素）伴呕吐和呼吸深快（疑似酮症酸中毒）',
    en: 'type 1 diabetes (or on insulin) with vomiting and deep or fast breathing (possible ketoacidosis)',
    adviceZh: '立即去急诊或呼叫急救；不要自行大量加打胰岛素，能喝就小口喝水。',
    adviceEn: 'Go to an emergency department or call an ambulance now; do not take large extra insulin doses yourself; sip water if able.',
    test: type1Ketoacidosis,
  },
  'new-drug-skin-detaching': {
    zh: '新用药后皮肤起泡、发暗或脱皮，伴口腔、眼睛或生殖器黏膜受累（疑似史蒂文斯-约翰逊综合征/中毒性表皮坏死松解症）',
    en: 'skin blistering, dusky or peeling with sore mouth, eyes or genitals after a new medicine (possible Stevens-Johnson syndrome / TEN)',
    adviceZh: '停用新开的药，带上药盒，立即去急诊；不要等门诊。',
    adviceEn: 'Stop the new medicine, take the packet with you and go to an emergency department now; do not wait for a GP appointment.',
    test: newDrugSkinDetaching,
  },
  'rapid-insulin-for-basal': {
    zh: '把速效胰岛素当作长效胰岛素打了（数小时内可能严重低血糖）',
    en: 'rapid-acting insulin given in place of the long-acting dose (a severe low blood sugar can follow within hours)',
    adviceZh: '立即呼叫急救或去急诊；现在吃含糖食物，每15分钟测一次血糖，今晚不要独自睡下。',
    adviceEn:
      'Call an ambulance or go to an emergency department now; eat something sugary now, check the sugar every 15 minutes, and do not go to sleep alone tonight.',
    test: rapidForBasal,
  },
};

export const CONDITION_FRAME_RULES: readonly ClinicalRule[] = (Object.entries(CONDITION_FRAMES) as [ConditionFrameId, FrameRow][]).map(([id, r]) =>
  clinicalRule(id, 'emergency', r.zh, r.en, r.adviceZh, r.adviceEn, r.test),
);
