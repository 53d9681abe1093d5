// A passage's advice read against the care the product itself requires for the condition the question tells (session
// 20, #10): two readings compared, not a list of dismissive phrases.
//
// Why: sessions 17–19 held care put off by the words that put it off (tomorrow, wait and see, "is enough", "settles",
// "is usually indigestion"), and every review found the next synonym released under an emergency triage ("all that is
// required", 足矣, "most often indigestion", "rarely the heart", "vaccination is only for bites that bleed"). The
// product already knows, for the conditions it triages, the care they need: the red-flag table (rules.ts: each rule's
// level) and, for exposures whose protective treatment is always indicated, the indication table below. So the floor
// is the product's own reading of the question; a sentence of a passage about that condition either meets the floor
// (sends to care at that level, or gives the protective treatment without a restriction), tells the danger (its
// predicate, once the condition's own signs are taken out, still names a danger), or does one of the floor's own
// first-aid acts while help comes — or it sets a lower level, a narrower indication or a later time than the floor,
// whatever words it uses. Pure; hold-only (the advice gate holds a breach; nothing is released here).
import { toSimplified } from '../../core/han-variants.js';
import { findSigns, firedRules, scanSigns } from '../triage/sign-scan.js';
import type { Triage, TriageLevel } from '../types.js';
import { careStance, type DangerReader } from './care-stance.js';
import { type CareWhen, careWhen } from './care-urgency.js';
import { CLINICAL_RULES } from '../triage/clinical.js';
import { GUIDANCE_ACTS, guidanceNamed } from './guidance-acts.js';
import { EMERGENCY_GUIDANCE } from './guidance.js';
import { RED_FLAG_RULES } from './rules.js';
import type { SignId } from './signs.js';

/** How a sentence falls short of the floor: less care than it needs, a protective treatment narrowed, care made later. */
export type FloorBreach = 'lower' | 'narrower' | 'later';

/** A protective treatment the product's knowledge gives for an exposure whatever the triage level says of it. */
export interface Indication {
  id: string;
  /** The exposure, read in the question. */
  exposure: RegExp;
  /** The treatment, read in a sentence (with the words a page uses for it there). */
  treatment: RegExp;
  /** What the knowledge says (shown with a held sentence; the source of the row). */
  says: { en: string; zh: string };
  /** The first aid the same knowledge gives with it (washing a bite for 15 minutes). */
  firstAid?: RegExp;
  /** What a sentence about the exposure names besides the treatment: the animal and its wound, the needle, the condom. */
  subject: RegExp;
}

// Closed domain: the exposures after which a protective treatment is given at once, every time, whatever the wound
// looks like (WHO position paper on rabies vaccines 2018: category II and III exposures — a bite or scratch through
// the skin, a lick on broken skin, any direct contact with a bat — get post-exposure prophylaxis immediately, stopped
// only if the observed dog or cat stays healthy for 10 days; WHO/CDC HIV PEP: a needle-stick from a used needle or
// sex with a partner of unknown or positive status, started within 72 hours, best within 2). A triage level does not
// carry these (a bat scratch is routine to a reader of danger signs), so the floor for them is the indication itself.
const MAMMAL_EN =
  '(?:dogs?|puppy|puppies|cats?|kittens?|bats?|fox(?:es)?|monkeys?|macaques?|raccoons?|skunks?|ferrets?|jackals?|wolf|wolves|mongoos\\w*|coyotes?|stray|strays|animal)';
const MAMMAL_ZH = '(?:狗|犬|猫|蝙蝠|狐狸|猴|浣熊|黄鼠狼|鼬|狼|流浪|野生动物|动物)';
export const INDICATIONS: readonly Indication[] = [
  {
    id: 'rabies-pep',
    exposure: new RegExp(
      `\\b${MAMMAL_EN}\\b[^.?!]{0,40}?\\b(?:bit|bite|bites|bitten|biting|scratch\\w*|nipped|lick\\w*|clawed)\\b|\\b(?:bit|bitten|scratched|nipped|licked|clawed)\\s+by\\s+(?:a|an|the|my|our|his|her|their|some)?\\s*(?:\\w+\\s+)?${MAMMAL_EN}\\b|\\bbats?\\b[^.?!]{0,40}\\b(?:room|bedroom|house|attic|touched|handled|flew|flying|landed|in bed)\\b|${MAMMAL_ZH}[^。？！]{0,12}?(?:咬|抓|舔|挠|叮)|(?:被|让)[^。？！，]{0,6}${MAMMAL_ZH}|蝙蝠[^。？！]{0,12}(?:房间|卧室|家里|屋里|碰|摸|飞)`,
      'iu',
    ),
    treatment:
      /\b(?:rabies (?:vaccin\w*|shots?|jabs?|injections?|immunoglobulin|treatment|prophylaxis)|post-?exposure (?:prophylaxis|treatment|vaccin\w*|shots?|jabs?|injections?|course)|pep|rig|immunoglobulin|vaccin\w*|shots?|jabs?|injections?)\b|狂犬(?:病)?(?:疫苗|针|免疫球蛋白)|暴露后(?:预防|处置|免疫|处理)|免疫球蛋白|疫苗|打针/iu,
    firstAid:
      /\b(?:wash\w*|rins\w*|flush\w*|clean\w*|scrub\w*)\b[^.;]{0,40}\b(?:wound|bite|scratch|soap|water)\b|(?:肥皂水?|清水|流动的?水)[^，。；]{0,10}(?:冲洗|清洗|洗)|(?:冲洗|清洗)[^，。；]{0,8}伤口/u,
    subject: new RegExp(`\\b${MAMMAL_EN}\\b|\\b(?:kitty|kitties|pup|pups|rodents?)\\b|${MAMMAL_ZH}|狗仔|猫仔|猫咪|狗狗`, 'iu'),
    says: {
      en: 'a bite or scratch through the skin, a lick on broken skin or any bat contact gets rabies post-exposure treatment at once (WHO)',
      zh: '破皮的咬伤、抓伤，舔到破损皮肤，或任何蝙蝠接触，都应立即进行狂犬病暴露后处置（世卫组织）',
    },
  },
  {
    id: 'hiv-pep',
    // Read as an event (review s20 K2 variants): a sharp — needle, syringe, lancet — that went into the skin in either
    // order, a condom that failed in any of its verbs, a sexual assault; zh/yue: 针/针头/注射器 + 扎/刺/戳/插/拮, 套 + 破/爆/裂/甩.
    exposure: new RegExp(
      [
        '\\b(?:needle[- ]?stick|sharps injury|stuck (?:myself |him |her )?with a (?:used |dirty )?needle|used needle)\\b',
        '\\b(?:needles?|syringes?|sharps|lancets?)\\b[^.?!]{0,60}?\\b(?:went|go(?:es)?|stuck|jabbed|stabbed|pierced|poked|pricked|punctured|scratched|broke the skin|in(?:to)? my|into (?:his|her|their|the))\\b',
        '\\b(?:prick\\w*|stuck|stab\\w*|jabb?\\w*|pierc\\w*|pok\\w*|punctur\\w*|scratch\\w*)\\b[^.?!]{0,40}?\\b(?:needles?|syringes?|sharps|lancets?)\\b',
        '\\bcondoms?\\b[^.?!]{0,30}?\\b(?:broke|broken|split|burst|tore|torn|ripped|came off|slipped off|fell off|failed|leaked|had a hole)\\b',
        '\\b(?:raped|sexually assaulted|sexual assault)\\b',
        '(?:被)?(?:用过的|别人用过的|废弃的?)?(?:针头?|针管|注射器)[^。？！]{0,10}?(?:扎|刺|戳|插|拮|𠝹|割)(?:到|伤|了|咗|亲|入)?',
        '针刺伤|(?:安全套|避孕套|套套?)[^。？！，]{0,4}?(?:破|爆|裂|穿|甩|脱落|滑落|掉|漏)|强奸|性侵',
      ].join('|'),
      'iu',
    ),
    treatment: /\b(?:pep|post-?exposure (?:prophylaxis|treatment|medicines?|pills?)|antiretrovirals?)\b|阻断药|暴露后预防|阻断/iu,
    subject: /\b(?:needles?|syringes?|sharps|lancets?|condoms?|hiv|aids|unprotected)\b|针头|针管|注射器|针扎|针刺|安全套|避孕套|艾滋|无套/iu,
    says: {
      en: 'after a needle-stick or a condom failure with a partner of unknown status, HIV post-exposure prophylaxis starts as soon as possible, within 72 hours',
      zh: '针刺伤或安全套破裂（对方感染状况不明）后，应尽快、72小时内开始艾滋病暴露后预防用药',
    },
  },
];

/** What the product requires for the question: the care level, the signs that tell the condition, the indications. */
export interface CareFloor {
  level: 'emergency' | 'urgent' | 'routine';
  /** The red-flag rules the question fired (their levels give `level`). */
  conditions: string[];
  /** The condition's signs as the question tells them (ages left out: an age names no condition). */
  signs: ReadonlySet<SignId>;
  /** Protective treatments always indicated for an exposure the question tells. */
  indications: readonly Indication[];
  /**
   * What the product itself says to do for the question's emergencies (zh and en): the guidance's while-waiting items for
   * the emergencies it fired or names, and each fired rule's own advice line.
   */
  says: readonly string[];
}

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
const AGE_SIGNS = new Set<SignId>(['infant', 'child'] as SignId[]);

/** The floor for a question, from its triage (level and fired rules) and the indication table; undefined: none. */
export function careFloorOf(question: string, read: Pick<Triage, 'level' | 'reasons'>, level: TriageLevel = read.level): CareFloor | undefined {
  const rules = RED_FLAG_RULES.filter((r) => read.reasons.includes(r.id));
  const top = [level, read.level, ...rules.map((r) => r.level)].sort((a, b) => RANK[b] - RANK[a])[0] ?? 'routine';
  const indications = INDICATIONS.filter((i) => i.exposure.test(question) || i.exposure.test(toSimplified(question)));
  if (top === 'routine' && indications.length === 0) return undefined;
  // The condition's signs: those the question told and every sign of the rules it fired (a page says "facial drooping"
  // where the question said "his face dropped").
  const told = findSigns(question).map((h) => h.sign);
  const vocabulary = rules.flatMap((r) => r.when.flat());
  const signs = new Set([...told, ...vocabulary].filter((s) => !AGE_SIGNS.has(s)));
  const guidance = [...new Set([...read.reasons, ...guidanceNamed(question)])].flatMap((id) => {
    const g = EMERGENCY_GUIDANCE[id];
    return g ? [...g.whileWaiting.en, ...g.whileWaiting.zh] : [];
  });
  const advice = [...RED_FLAG_RULES, ...CLINICAL_RULES].filter((r) => read.reasons.includes(r.id)).flatMap((r) => [r.advice.en, r.advice.zh]);
  return { level: top, conditions: rules.map((r) => r.id), signs, indications, says: [...guidance, ...advice] };
}

/** Does a passage speak of the condition: a sign the question told (affirmed or denied there), or an indication's words? */
export function aboutCondition(text: string, floor: CareFloor): boolean {
  const { hits, denied } = scanSigns(text);
  if (hits.some((h) => floor.signs.has(h.sign)) || denied.some((d) => floor.signs.has(d))) return true;
  if (firedRules(new Set(hits.map((h) => h.sign))).some((r) => floor.conditions.includes(r.id))) return true;
  // Traditional characters read as simplified (阻斷藥 is 阻断药), as the sentence itself is read.
  const s = toSimplified(text);
  return floor.indications.some((i) => i.treatment.test(s) || i.exposure.test(s) || i.subject.test(s)) || RABIES_OR_HIV.test(s);
}
const RABIES_OR_HIV = /\b(?:rabies|rabid|hiv)\b|狂犬|艾滋|HIV/iu;

// The care levels that meet a floor. An emergency needs emergency care or care now; urgent allows care today.
const MEETS: Record<'emergency' | 'urgent', readonly CareWhen[]> = { emergency: ['emergency', 'now'], urgent: ['emergency', 'now', 'today'] };

// Session 21 (review s20 K2): the sentence's ACT on the protective treatment, read in the treatment's own segment (a
// sentence split at ';', ':', a dash and a clause of reason — "…fatal once symptoms appear, which is why the vaccine is
// given straight after a bite"): its polarity (a negation before the treatment in zh/yue/en — 唔/冇/未/咪 are Cantonese
// negators, "nobody", "no hurry about", "even without" widens rather than negates), what follows it (not needed, can
// wait, 唔使急), a restriction (only/unless, a condition that is neither the exposure nor the treatment's own start),
// and its time (a start later than at once: a day, a week, a month, "whenever", "until you get home", 下个月, 过两个礼拜).
// A restriction on a treatment: only some of those exposed get it, or it waits on an outcome (the animal dying, the
// wound bleeding, symptoms). Read as grammar: a restrictive focus word, an exception, or a condition clause.
const RESTRICTS_EN = /\b(?:only|just (?:for|if|when)|solely|unless|except|provided|as long as|reserved for|limited to)\b/u;
const RESTRICTS_ZH = /只有|只在|只需在|仅|才|除非|除了|前提是|限于/u;
// A condition clause ("if the dog dies", "如果伤口出血"): a restriction unless it is the exposure itself ("if bitten").
const CONDITION = /\b(?:if|when|once|after)\b([^,;.]*)|(?:如果|假如|要是|若|一旦)([^，。；]*)/gu;
const NEGATED =
  /\b(?:not|no|never|don't|do not|doesn't|does not|isn't|aren't|won't|cannot|can't|without|nor|nobody|no one|none|neither)\b|n't\b|不|没|无需|无须|勿|别|未|唔|冇|咪|毋须|毋需/u;
const AFTER_DENIES =
  /^[^,;.，。；]{0,30}?\b(?:unnecessary|not (?:needed|necessary|required|essential|urgent)|overkill|a waste|pointless|optional|(?:is|are) rarely (?:needed|necessary)|can wait|is not urgent|isn't urgent)\b|^[^，。；]{0,12}?(?:多余|没必要|不必要|不需要|白打|没用|不用|可打可不打|可以不打|可免|不急|唔使|唔驶|唔洗|唔需要|冇需要|冇必要|唔急|慢慢)/u;
const GIVES =
  /\b(?:get|gets|getting|have|start|started|begin|give|given|receive|need|needs|needed|should|must|always|recommended|require[sd]?|go for|book)\b|应|要|需|必须|一定|尽快|立即|马上|及时|务必|接种|注射|打/u;
// A treatment's own start in a condition ("works best if started within hours", 越早服用越好): the time it urges, no
// restriction on who gets it.
const OWN_START =
  /^\s*(?:it is |it's |they are |taken |started |given |begun |begin |start\w* |tak\w+ )?(?:started|given|taken|begun|start\w*|tak\w+|administered|used)\b|开始|服用|用药|接种|注射/u;
// Segments: a sentence's parts that carry their own claim (a reason clause, a colon's explanation, a semicolon's second claim).
const SEGMENT = /[;:；：—–]|,\s*(?=which\b|so\b|because\b)|\bwhich is why\b|，(?=所以|因此|因为)/gu;

/** A protective treatment named: given without restriction (meets), narrowed or denied (breach), or only told of. */
function protectiveReading(n: string, floor: CareFloor): 'meets' | 'narrower' | undefined {
  let verdict: 'meets' | 'narrower' | undefined;
  // "even if no bite is seen", "even without a visible bite", 即使没有伤口: widens the indication, negates nothing.
  const widened = n.replace(/\beven (?:if|when|though|without)\b[^,;.]*|(?:即使|哪怕|就算)[^，。；]*/gu, ' ');
  for (const ind of floor.indications) {
    const segments = widened.split(SEGMENT);
    const named = segments.map((g) => treatmentIn(g, ind));
    if (!named.some((m) => m)) continue;
    // The restriction and the time are the whole sentence's ("Get rabies shots: only if the dog dies"); the polarity and
    // a condition are their segment's, except that a condition of the disease's own course ("fatal once symptoms
    // appear") in a segment that names no treatment and tells the danger restricts nothing.
    if (RESTRICTS_EN.test(widened) || RESTRICTS_ZH.test(widened) || careWhen(n) === 'deferred' || LATER.test(widened)) return 'narrower';
    for (const [i, g] of segments.entries()) {
      const m = named[i];
      if (!m && (INDICATION_DANGER.test(g) || tellsDanger(g))) continue;
      if (m) {
        const clauseStart = Math.max(0, ...[...g.slice(0, m.index).matchAll(/[.;!?。；！？]/gu)].map((x) => (x.index ?? 0) + 1));
        if (NEGATED.test(g.slice(clauseStart, m.index)) || AFTER_DENIES.test(g.slice(m.index + m[0].length))) return 'narrower';
      }
      if (restrictingCondition(g, ind)) return 'narrower';
      if (m && GIVES.test(g)) verdict = 'meets';
    }
  }
  return verdict;
}
/** The treatment named in a segment, or care itself for the exposure ("a matter for the GP only if the wound gets infected"). */
function treatmentIn(g: string, ind: Indication): RegExpExecArray | null {
  return new RegExp(ind.treatment.source, 'iu').exec(g) ?? (ind.exposure.test(g) || RABIES_OR_HIV.test(g) ? CARE_NAMED.exec(g) : null);
}
/** A condition that is neither the exposure itself ("if you are bitten"), the treatment's own start, nor empty. */
function restrictingCondition(g: string, ind: Indication): boolean {
  for (const c of g.matchAll(CONDITION)) {
    const cond = c[1] ?? c[2] ?? '';
    if (
      cond.trim() &&
      !OWN_START.test(cond) &&
      !ind.exposure.test(cond) &&
      !/\b(?:bit|bite|bites|bitten|scratch\w*|lick\w*|exposed|exposure|stuck|contact)\b|咬|抓|舔|暴露|扎|接触/u.test(cond)
    )
      return true;
  }
  return false;
}
const CARE_NAMED =
  /\b(?:gp|doctor|hospital|clinic|a&e|emergency department|nurse|pharmacist|medical (?:help|attention|care))\b|医院|医生|门诊|诊所|急诊|防疫站|疾控|犬伤门诊|就医|就诊/u;
// A start later than at once: a named later day, a window of days/weeks/months, whenever, after getting home.
const LATER =
  /\b(?:tomorrow|next (?:week|month|day|visit|\w+ appointment|appointment|check-?up)|in a (?:few|couple of) (?:days|weeks)|(?:a|one|two|three|a few|a couple of|\d+) (?:weeks?|months?)|later|after the weekend|wait\w*|whenever|until you (?:get|are) (?:home|back)|when you (?:get|are) (?:home|back)|once (?:you're|you are) (?:home|back)|within (?:a|one|two|three|a few|\d+) (?:weeks?|days?|months?)|when (?:convenient|you can)|at your convenience|no (?:hurry|rush)|any ?time|routine)\b|明天|下周|下个月|下个?(?:礼拜|星期)|过几天|过(?:多)?[一两三几\d]+(?:个)?(?:礼拜|星期|周|个月|天)|以后|再说|等|[一两三几\d]+(?:周|个月|天|礼拜|星期)(?:内|后|之后|以后)|方便时|有空|回国后|返(?:嚟|来)?之后|慢慢/u;

// A danger named in what the sentence says of the condition (its predicate): the condition's own signs taken out, so
// "Thunderclap headaches are … benign vascular spasms" tells no danger and "a rash that does not fade … is a medical
// emergency" does.
const DANGER_EN =
  /\b(?:emergenc\w*|urgent\w*|serious\w*|severe|danger\w*|life-threatening|fatal|deadly|die|dies|dying|death|kill\w*|critical|worsen\w*|gets? worse|deteriorat\w*|sign of|signs of|warning|bleed\w*|haemorrhag\w*|hemorrhag\w*|stroke|heart attack|cardiac arrest|sepsis|septic|meningitis|anaphyla\w*|clot\w*|blockage|rupture\w*|collapse\w*|shock|brain damage|permanent\w*|complications?)\b/u;
const DANGER_ZH =
  /急症|紧急|危险|危重|严重|致命|死亡|危及|恶化|加重|迅速|很快|信号|征兆|出血|中风|卒中|心梗|心肌梗|败血|脓毒|脑膜炎|过敏性休克|休克|血栓|破裂|窒息|抢救|并发症|后遗症/u;
// Said of the danger only to deny it or call it rare ("rarely serious", "seldom a stroke", 很少是心梗, 并非急症).
// …or denied after it ("a stroke is unlikely at his age", "心梗的可能性不大").
const DENIES_AFTER =
  /^[^,;:，；：。.]{0,24}?\b(?:is|are|'s|seems?|looks?)?\s*(?:unlikely|rare|uncommon|not likely|ruled out|excluded|not the cause|not what)\b|^[^，；。]{0,10}(?:可能性不大|不太可能|很少见|罕见|可以排除|不是)/u;
const DENIES_BEFORE =
  /\b(?:not|no|never|isn't|aren't|rarely|seldom|hardly|unlikely|few|little|nothing|without|instead of)\b|n't\b|不|没|无|很少|极少|罕见|少见|未必|并非|并不|排除/u;

// A contrast turns the sentence to what it concludes ("can be a heart attack, but at your age it is usually strain").
const CONTRAST = /\b(?:but|however|though|although|yet|still)\b|不过|但是?|可是|然而|其实|只是/gu;

function tellsDanger(sentence: string): boolean {
  const turns = [...sentence.matchAll(CONTRAST)];
  const last = turns[turns.length - 1];
  const said = last ? sentence.slice((last.index ?? 0) + last[0].length) : sentence;
  // Take the question's condition out where the sentence names it by its signs; what is left is what it says of it.
  let rest = said;
  for (const h of findSigns(said).sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, h.start)} … ${rest.slice(h.end)}`;
  for (const re of [DANGER_EN, DANGER_ZH]) {
    for (const m of rest.matchAll(new RegExp(re.source, 'gu'))) {
      const clauseStart = Math.max(0, ...[...rest.slice(0, m.index).matchAll(/[,;:，；：。.!?！？]/gu)].map((x) => (x.index ?? 0) + 1));
      if (!DENIES_BEFORE.test(rest.slice(clauseStart, m.index)) && !DENIES_AFTER.test(rest.slice((m.index ?? 0) + m[0].length))) return true;
    }
  }
  // A danger told by its signs in the predicate ("can be a bleed in the brain", "可能是宫外孕破裂"): the red-flag rules
  // those signs fire (rules only — the learned reader would read the subject's words into the predicate).
  if (DENIES_BEFORE.test(rest)) return false;
  return firedRules(new Set(findSigns(rest).map((h) => h.sign))).some((r) => r.level === 'emergency');
}

// What is no claim of its own: a heading or title, a question, a fragment with no predicate.
const HEADING = /^\s*(?:#|<\s*(?:h[1-6]|title|li)\b)|^\s*[一二三四五六七八九十\d]+[、.．][^。！!]*$|^\s*\*\*[^*]+\*\*\s*$/u;
// Help already called, or a step while it comes ("while you wait for the ambulance", "在救护车到达前").
const WHILE_HELP =
  /\b(?:while|until|till|before)\b[^.;]{0,40}\b(?:ambulance|paramedics|help|emergency services|crew|999|911|112)\b|(?:等待|等|在)(?:救护车|急救人员|120)[^，。；]{0,6}(?:到|来|前|时|期间)|救护车到达前/u;
// A clause that opens by forbidding an act ("Do not give anything by mouth", "不要自行开车"): it points away from a harm;
// forbidding care or the floor's own step is the guidance conflict the gate reads before this.
const FORBIDS =
  /^[\s\p{P}]*(?:but\s+|and\s+)?(?:do not|don't|never|avoid|must not|should not)\b|^[\s\p{P}]*(?:但|并且|也)?(?:请)?(?:不要|别|切勿|勿|不能|不可|禁止|千万不要|千万别|避免)/u;

/**
 * Does this sentence, of a passage about the condition, fall short of the floor? `about`: the passage (or the sentence,
 * for a model's own) speaks of the question's condition.
 */
export function belowCareFloor(
  sentence: string,
  floor: CareFloor,
  about: boolean,
  dangerous: DangerReader,
  /** A model's own sentence, resting on no source: only a stance, a time or a narrowed treatment breaches, not silence. */
  unsourced = false,
): FloorBreach | undefined {
  const n = toSimplified(sentence)
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .trim();
  if (!about || HEADING.test(n) || /[?？]\W*$/u.test(n)) return undefined;
  // Too short to say anything of the condition ("Call 999.", a label).
  const words = n.match(/[a-z]+/g)?.length ?? 0;
  const han = n.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (words + han / 2 < 3) return undefined;
  // The indication first: a protective treatment narrowed or denied is a breach at any level.
  const protective = floor.indications.length > 0 ? protectiveReading(n, floor) : undefined;
  if (protective === 'narrower') return 'narrower';
  if (protective === 'meets') return undefined;
  // Session 21 (review s20 K2): after an exposure whose protective treatment is always indicated, a sentence that speaks
  // of the exposure or the treatment (rabies, HIV, the animal's bite, the needle) must give the treatment at once, tell the
  // danger, be its first aid or send to care today — a sentence that does none of these (a risk denied: "bat encounters
  // without a wound pose no risk", 狗舔伤口没有风险, "kitten scratches are harmless") sets the indication aside whatever its
  // words, as belowCareFloor does for an urgent or emergency level.
  if (floor.level === 'routine') return touchesIndication(n, floor) && !indicationKept(n, floor, dangerous) ? 'narrower' : undefined;
  const when = careWhen(n, dangerous);
  if (when && MEETS[floor.level].includes(when) && !careAsTopic(n)) return undefined;
  if (when) return 'later';
  // A step while help comes, a prohibition, one of the floor's own first-aid acts: the guidance's business (the gate
  // checks them against the guidance and the dose rules), not a level set.
  if (WHILE_HELP.test(n) || FORBIDS.test(n) || floorAct(n, floor)) return undefined;
  const stance = careStance(n, dangerous);
  if (unsourced) return stance ? 'lower' : undefined;
  if (!stance && tellsDanger(n)) return undefined;
  return 'lower';
}

/** Does the sentence name the exposure, its animal or needle, the disease or the treatment of an indication of the floor? */
function touchesIndication(n: string, floor: CareFloor): boolean {
  return floor.indications.some((i) => i.treatment.test(n) || i.exposure.test(n) || i.subject.test(n)) || RABIES_OR_HIV.test(n);
}
/** Does a sentence about the exposure keep the indication: care today or sooner, its first aid, or the danger told? */
function indicationKept(n: string, floor: CareFloor, dangerous: DangerReader): boolean {
  const when = careWhen(n, dangerous);
  if (when && MEETS.urgent.includes(when) && !careAsTopic(n)) return true;
  if (floor.indications.some((i) => i.firstAid?.test(n))) return true;
  if (careStance(n, dangerous)) return false;
  return tellsDanger(n) || INDICATION_DANGER.test(n);
}
// The danger of the exposure itself, named as the disease's outcome ("rabies is almost always fatal", 狂犬病一旦发病几乎100%死亡).
const INDICATION_DANGER = /\b(?:fatal|deadly|always kills|nearly always|almost always|100 ?%|incurable|no cure)\b|致死|致命|死亡|无药可治|不可治愈|100%/u;

/** Does the sentence give a protective treatment the floor indicates, at once and without a restriction? */
export function meetsIndication(sentence: string, floor: CareFloor): boolean {
  return floor.indications.length > 0 && protectiveReading(toSimplified(sentence).toLowerCase(), floor) === 'meets';
}

// Keeping a vital medicine going (the sick-day rule for insulin: never stop it when ill), with no amount.
const KEEPS_VITAL =
  /\b(?:keep|keeps|continue|carry on)\s+(?:taking|using|giving|on|with)?\s*(?:your|his|her|their|the)?\s*(?:insulin|basal insulin|long-acting insulin)\b|(?:继续|坚持|不要停)(?:用|打|注射)?胰岛素/u;
// Not waiting: the guidance's own "do not wait to see if it passes".
const NO_WAIT = /^[\s\p{P}]*(?:do not|don't|never)\s+(?:wait|delay|hesitate|drive)\b|^[\s\p{P}]*(?:不要|别|切勿)(?:等|拖|犹豫|耽误|自行开车)/u;
// Noting the time symptoms began (the stroke rule's own advice line).
const NOTE_TIME = /\b(?:note|write down|remember)\s+(?:the\s+)?time\b|记下[^，。；]{0,8}时间/u;

/**
 * Is this clause (of a sentence that sends to the floor's care now) one of the floor's own steps: a first-aid act the
 * guidance recommends for the floor's emergency, the indicated treatment or its first aid, keeping insulin going, not
 * waiting, noting the time? Anything else in the clause list keeps the referral to the gate's other readings.
 */
export function floorStep(clause: string, floor: CareFloor): boolean {
  const c = toSimplified(clause).toLowerCase();
  if (floorAct(c, floor) || NO_WAIT.test(c) || NOTE_TIME.test(c) || KEEPS_VITAL.test(c)) return true;
  return floor.indications.some((i) => i.firstAid?.test(c) || (i.treatment.test(c) && protectiveReading(c, floor) === 'meets'));
}

// Care named as the topic of a claim, not sent to: a consequence follows it in its clause ("去医院容易被过度治疗", "去了医院
// 反而…", "Going to A&E means hours in a waiting room", "calling an ambulance only exposes him to germs").
const CARE_PHRASE =
  /\b(?:going|taking \w+|bringing \w+|calling|ringing|phoning|a trip|a visit|trips|visits)\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:hospital|a&e|er|emergency department|emergency room|ambulance|999|911|112|doctor|gp)\b|(?:去|送|到|上)(?:了)?(?:医院|急诊)|(?:打|叫)(?:了)?(?:120|救护车)/gu;
const CONSEQUENCE_AFTER =
  /^[^,;:，；：。.!?！？]{0,12}?(?:\b(?:is|are|was|can|could|may|might|will|would|means?|exposes?|leads?|costs?|only|just|risks?)\b|容易|反而|会被|被|导致|造成|只会|白去|也没用|没用|不会|可能会)/u;
// A harm denied of care is for care ("is never a waste", "不会被过度治疗"); usefulness denied is against it ("也没用").
const HARM_DENIED =
  /^[^,;:，；：。.!?！？]{0,16}?(?:\b(?:never|not|isn't|aren't|won't|no)\b(?!\s+(?:need|needed|necessary|point|use|worth|good|help))|不会|并不|不是)/u;
const USE_DENIED = /^[^,;:，；：。.!?！？]{0,16}?(?:没用|没必要|不必|不需要|不用|白去|没有用)/u;
function careAsTopic(n: string): boolean {
  for (const m of n.matchAll(CARE_PHRASE)) {
    const after = n.slice((m.index ?? 0) + m[0].length);
    if (CONSEQUENCE_AFTER.test(after) && (USE_DENIED.test(after) || !HARM_DENIED.test(after))) return true;
  }
  return false;
}

/** One of the first-aid acts the product's guidance recommends for the floor's emergencies (not calling: that is care). */
function floorAct(n: string, floor: CareFloor): boolean {
  const zh = /\p{Script=Han}/u.test(n);
  return GUIDANCE_ACTS.some(
    (a) => a.direction === 'do' && a.for !== 'all' && a.for.some((id) => floor.conditions.includes(id)) && (zh ? a.zh : a.en).test(n) && !a.notWhen?.test(n),
  );
}

// Session 21 (review s20 K3): what the product's own guidance tells a bystander to do while help comes for the floor's
// emergencies, read as words, so a page's step beside a call is checked against the whole of it — not only the acts
// guidance-acts.ts has written out (it reads the ones a sentence can contradict). Hold-side only: a step that says
// what the guidance says is not held by the referral check (advice-gate.ts referralCarriesOtherAct); nothing else follows.
const STOP_EN = new Set(
  'a an the and or to of in on at for with by from into onto up down out off your their his her him them its it this that is are be if then also now just please you they he she person people patient casualty someone help have has get let make keep some any one'.split(
    ' ',
  ),
);
// sitting → sit, raised → rais, legs → leg: one form for a word and its inflections.
const stem = (w: string) => w.replace(/(?:ing|ed|es|s|e)$/u, '').replace(/([b-df-hj-np-tv-z])\1$/u, '$1');
const enWords = (t: string) => (t.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 1 && !STOP_EN.has(w)).map(stem);
const hanBigrams = (t: string) => {
  const out: string[] = [];
  for (const run of toSimplified(t).match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
};
/** Does the clause say (most of its words) what the guidance for one of the floor's emergencies says to do while waiting? */
export function guidanceSaysWhileWaiting(clause: string, floor: CareFloor): boolean {
  const items = floor.says;
  if (items.length === 0) return false;
  const zh = /\p{Script=Han}/u.test(clause);
  const words = zh ? hanBigrams(clause) : enWords(clause);
  if (words.length === 0) return false;
  const said = new Set(items.flatMap((t) => (zh ? hanBigrams(t) : enWords(t.replace(/-/g, ' ')))));
  return words.filter((w) => said.has(w)).length / words.length >= 0.5;
}
