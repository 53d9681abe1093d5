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
import { GUIDANCE_ACTS } from './guidance-acts.js';
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
    says: {
      en: 'a bite or scratch through the skin, a lick on broken skin or any bat contact gets rabies post-exposure treatment at once (WHO)',
      zh: '破皮的咬伤、抓伤，舔到破损皮肤，或任何蝙蝠接触，都应立即进行狂犬病暴露后处置（世卫组织）',
    },
  },
  {
    id: 'hiv-pep',
    exposure:
      /\b(?:needle[- ]?stick|stuck (?:myself |him |her )?with a (?:used |dirty )?needle|used needle|condom (?:broke|split|came off))\b|(?:被)?(?:用过的|别人用过的|废弃)?针头?(?:扎|刺)(?:到|伤|了)|针刺伤|安全套破|避孕套破/iu,
    treatment: /\b(?:pep|post-?exposure (?:prophylaxis|treatment|medicines?|pills?)|antiretrovirals?)\b|阻断药|暴露后预防|阻断/iu,
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
}

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
const AGE_SIGNS = new Set<SignId>(['infant', 'child'] as SignId[]);

/** The floor for a question, from its triage (level and fired rules) and the indication table; undefined: none. */
export function careFloorOf(question: string, read: Pick<Triage, 'level' | 'reasons'>, level: TriageLevel = read.level): CareFloor | undefined {
  const rules = RED_FLAG_RULES.filter((r) => read.reasons.includes(r.id));
  const top = [level, read.level, ...rules.map((r) => r.level)].sort((a, b) => RANK[b] - RANK[a])[0] ?? 'routine';
  const indications = INDICATIONS.filter((i) => i.exposure.test(question));
  if (top === 'routine' && indications.length === 0) return undefined;
  // The condition's signs: those the question told and every sign of the rules it fired (a page says "facial drooping"
  // where the question said "his face dropped").
  const told = findSigns(question).map((h) => h.sign);
  const vocabulary = rules.flatMap((r) => r.when.flat());
  const signs = new Set([...told, ...vocabulary].filter((s) => !AGE_SIGNS.has(s)));
  return { level: top, conditions: rules.map((r) => r.id), signs, indications };
}

/** Does a passage speak of the condition: a sign the question told (affirmed or denied there), or an indication's words? */
export function aboutCondition(text: string, floor: CareFloor): boolean {
  const { hits, denied } = scanSigns(text);
  if (hits.some((h) => floor.signs.has(h.sign)) || denied.some((d) => floor.signs.has(d))) return true;
  if (firedRules(new Set(hits.map((h) => h.sign))).some((r) => floor.conditions.includes(r.id))) return true;
  return floor.indications.some((i) => i.treatment.test(text) || i.exposure.test(text) || RABIES_OR_HIV.test(text));
}
const RABIES_OR_HIV = /\b(?:rabies|rabid|hiv)\b|狂犬|艾滋|HIV/iu;

// The care levels that meet a floor. An emergency needs emergency care or care now; urgent allows care today.
const MEETS: Record<'emergency' | 'urgent', readonly CareWhen[]> = { emergency: ['emergency', 'now'], urgent: ['emergency', 'now', 'today'] };

// A restriction on a treatment: only some of those exposed get it, or it waits on an outcome (the animal dying, the
// wound bleeding, symptoms). Read as grammar: a restrictive focus word, an exception, or a condition clause.
const RESTRICTS_EN = /\b(?:only|just (?:for|if|when)|solely|unless|except|provided|as long as|reserved for|limited to)\b/u;
const RESTRICTS_ZH = /只有|只在|只需在|仅|才|除非|除了|前提是|限于/u;
// A condition clause ("if the dog dies", "如果伤口出血"): a restriction unless it is the exposure itself ("if bitten").
const CONDITION = /\b(?:if|when|once|after)\b([^,;.]*)|(?:如果|假如|要是|若|一旦)([^，。；]*)/gu;
const NEGATED = /\b(?:not|no|never|don't|do not|doesn't|does not|isn't|aren't|won't|cannot|can't|without|nor)\b|n't\b|不|没|无需|无须|勿|别|未/u;
const AFTER_DENIES =
  /^[^,;.，。；]{0,30}?\b(?:unnecessary|not (?:needed|necessary|required|essential)|overkill|a waste|pointless|optional|(?:is|are) rarely (?:needed|necessary))\b|^[^，。；]{0,12}?(?:多余|没必要|不必要|不需要|白打|没用|不用|可打可不打|可以不打|可免)/u;
const GIVES =
  /\b(?:get|gets|getting|have|start|started|begin|give|given|receive|need|needs|needed|should|must|always|recommended|require[sd]?|go for|book)\b|应|要|需|必须|一定|尽快|立即|马上|及时|务必|接种|注射|打/u;

/** A protective treatment named: given without restriction (meets), narrowed or denied (breach), or only told of. */
function protectiveReading(n: string, floor: CareFloor): 'meets' | 'narrower' | undefined {
  let verdict: 'meets' | 'narrower' | undefined;
  for (const ind of floor.indications) {
    // The treatment, or care itself for the exposure ("a matter for the GP only if the wound gets infected").
    const m = new RegExp(ind.treatment.source, 'giu').exec(n) ?? (ind.exposure.test(n) || RABIES_OR_HIV.test(n) ? CARE_NAMED.exec(n) : null);
    if (!m) continue;
    const clauseStart = Math.max(0, ...[...n.slice(0, m.index).matchAll(/[.;!?。；！？]/gu)].map((x) => (x.index ?? 0) + 1));
    const before = n.slice(clauseStart, m.index);
    const after = n.slice(m.index + m[0].length);
    const sentence = n.slice(clauseStart);
    if (NEGATED.test(before) || AFTER_DENIES.test(after) || RESTRICTS_EN.test(sentence) || RESTRICTS_ZH.test(sentence)) return 'narrower';
    for (const c of sentence.matchAll(CONDITION)) {
      const cond = c[1] ?? c[2] ?? '';
      // "even if no bite is seen" widens the indication; it restricts nothing.
      if (/\beven\s*$|即使\s*$|哪怕\s*$/u.test(sentence.slice(0, c.index))) continue;
      // The condition is the exposure itself ("if you are bitten", "如果被狗咬伤") or no state at all: no restriction.
      if (
        cond.trim() &&
        !ind.exposure.test(cond) &&
        !/\b(?:bit|bite|bites|bitten|scratch\w*|lick\w*|exposed|stuck|contact)\b|咬|抓|舔|暴露|扎|接触/u.test(cond)
      )
        return 'narrower';
    }
    const when = careWhen(n);
    if (when === 'deferred' || LATER.test(n)) return 'narrower';
    if (GIVES.test(n)) verdict = 'meets';
  }
  return verdict;
}
const CARE_NAMED =
  /\b(?:gp|doctor|hospital|clinic|a&e|emergency department|nurse|pharmacist|medical (?:help|attention|advice|care))\b|医院|医生|门诊|诊所|急诊|防疫站|疾控|犬伤门诊|就医|就诊/u;
const LATER =
  /\b(?:tomorrow|next (?:week|month|day|visit|\w+ appointment|appointment)|in a few days|later|after the weekend|wait\w*|within (?:a|one|two|three|a few|\d+) (?:weeks?|days?|months?)|when (?:convenient|you can)|at your convenience)\b|明天|下周|过几天|以后|再说|等|[一两三几\d]+(?:周|个月|天)内|方便时|有空/u;

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
  if (protective === 'meets' || floor.level === 'routine') return undefined;
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
