// A burn or scald read as a whole, the way a burns assessment does (British Burn Association referral criteria, NHS
// 111 burns protocol): how it happened (electrical, chemical, flame/smoke), where (face, airway, eyes, genitals,
// hands and feet, trunk), how big (a coin, a palm, a whole limb or more), how deep (red only, blistered, white or
// charred or painless) and in whom (a young child). Pure: text in, a reading and the level it calls for out.
//
// Why one reader instead of phrase rules: a phrase ("烫到手背…起泡", "hot oil on his face") decides on one feature and
// misses the rest, so a coin-sized kettle scald on the back of a hand was read as a major burn while blisters on a face
// were read as nothing. The reader weighs every feature the message gives; it answers only when the message says
// enough (a size, a depth or a dangerous site), otherwise it leaves the burn to the rules and the reader.
import type { RedFlagRule } from '../red-flags/rules.js';
import type { TriageLevel } from '../types.js';
import { findAges } from '../red-flags/age.js';
import { CLINICAL_RULES } from './clinical.js';
import { substanceSource } from './substances.js';

export type BurnFinding =
  | 'electrical'
  | 'chemical'
  | 'inhalation'
  | 'deep'
  | 'large'
  | 'medium'
  | 'small'
  | 'blistered'
  | 'red-only'
  | 'face'
  | 'eye'
  | 'genitals'
  | 'hand-foot'
  | 'trunk'
  | 'young-child'
  /** Over a joint: not graded by itself (burnLevel ignores it), it only keeps a small burn's grade open (holdsGrade). */
  | 'joint';

export interface BurnReading {
  findings: ReadonlySet<BurnFinding>;
  /** emergency / urgent / routine; null when the message does not say enough to grade the burn. */
  level: TriageLevel | null;
}

/** A chemical on the skin or in the eye: the caustics of substances.ts, acids, lime, cement. */
const CHEMICAL = new RegExp(`${substanceSource(['caustic'])}|化学|石灰|水泥|\\b(?:chemicals?|acid|alkali|cement|quicklime)\\b`, 'i');
/** A burn or scald happened: a burn word, or a heat or chemical source in contact with someone ("pulled a mug of tea
 *  over himself", "碰到烤箱门", "fell into the campfire") — people describe the accident, not the injury's name. */
const BURN_WORD =
  /烫伤|烧伤|灼伤|烫(?:到|了|着|红|起|破)|被[^，。,]{0,6}(?:烫|烧)(?:了|到|伤)|(?<!开)着火|起火|失火|火灾|\b(?:burn(?:ed|t)|scald(?:ed|s)?|(?:a |the |small |little |big )burns?)\b|\bburns? (?:on|to|over|across)\b|\b(?:house|kitchen|car) fire\b/i;
const HEAT_SOURCE =
  /开水|热水|沸水|热油|热汤|热粥|热茶|热咖啡|蒸汽|火(?!车|锅底料)|热锅|锅|炉子|烤箱|熨斗|排气管|烟花|鞭炮|强酸|强碱|硫酸|盐酸|石灰|\b(?:hot|boiling) (?:\w+ )?(?:water|oil|fat|tea|coffee|soup|drink|milk|pan|tray|plate|iron)\b|\b(?:kettle|steam|oven|stove|hob|iron|campfire|bonfire|fire|flames?|lighter|fireworks?|exhaust pipe|acid|lye|tea|coffee)\b/i;
const CONTACT =
  /溅|泼|浇|洒|打翻|倒在|碰到|摸到|掉进|摔进|靠到|喷到|\b(?:spill(?:ed|t)?|pulled|knocked|tipped|splash(?:ed)?|touch(?:ed)?|grabbed|caught|hit|landed on|got (?:on|onto|in)|fell (?:into|onto|against|in)|poured|spat|sprayed|went over|down (?:my|his|her) (?:front|chest|arm|leg|thigh))\b/i;
const BURN_EVENT = {
  test: (t: string): boolean =>
    BURN_WORD.test(t) || t.split(/[。！？!?\n，,；;]|\.\s/).some((p) => (HEAT_SOURCE.test(p) || CHEMICAL.test(p)) && CONTACT.test(p)),
};

/** Not a burn: burning pain, heartburn, sunburn (its own advice), fever words (发烧, 发烫), a burning smell. */
const NOT_BURN = /发烧|发烫|烧心|晒伤|\bheartburn\b|\bsunburn\b|\bburning (?:pain|sensation|feeling|when|smell)\b/gi;

const ELECTRICAL =
  /触电|电击|被电(?:打|到|击)|漏电|高压电|插座|电线|电闸|\belectr(?:ic(?:al)? (?:shock|burn)|ocut\w*)\b|\bpower line\b|\blive wire\b|\bzapped\b|\b\d{2,5} ?v(?:olts?)?\b/i;
const INHALATION =
  /(?:声音|嗓子|喉咙)[^，。,]{0,4}(?:哑|嘶)|鼻毛[^，。,]{0,3}(?:烧|焦)|吸[入进了]?[^，。,]{0,3}(?:烟|浓烟)|咳[^，。,]{0,3}黑|嘴里[^，。,]{0,3}黑|火灾|(?<!开)着火|起火|失火|\bhoarse\b|\bsoot\b|\bsinged\b|\bsmoke inhal\w*|\bcough\w* (?:up )?black\b|\b(?:house|kitchen|car) fire\b|\bbreathed in smoke\b/i;
const DEEP =
  /发白|白色|焦|发黑|皮革|硬邦邦|(?:不|没)(?:怎么)?(?:疼|痛)(?:了)?[^，。,]{0,3}(?:反而|奇怪|没感觉)|没(?:有)?感觉|\b(?:white|whitish|charred|blackened|leathery|waxy)\b|\bdoesn'?t (?:even )?hurt\b|\bno (?:pain|feeling)\b|\bnumb\b|\bskin (?:\w+ ){0,2}(?:came|peeled|slid|is coming|is peeling) off\b|皮[^，。,]{0,4}(?:掉了|脱落|烫掉|一碰就掉)/i;
const LARGE =
  /大面积|一大片|大片|整个|整条|整片|半个(?!手掌|巴掌|手心|手板)|半边|全身|浑身|大半|好大一片|从[^，。,]{1,6}到|(?:胸口|胸前|肚子|腹部|后背|大腿|屁股)[^，。,]{0,6}(?:都|全)|\b(?:large|big|huge|extensive|massive) (?:area|patch|part|burn|blisters?)\b|\b(?:whole|entire|most of (?:his|her|my|the)) (?:arm|leg|chest|back|belly|tummy|stomach|side|face|body|hand|foot)\b|\ball (?:over|down) (?:his|her|my|their|the) (?:chest|back|belly|tummy|body|arm|leg)\b|\bfrom (?:his|her|my) \w+ (?:down )?to (?:his|her|my) \w+\b|\bbigger than (?:his|her|my|a) (?:hand|palm)\b/i;
/** Half a palm (半个手掌) is a size smaller than a palm, not "half of the body" (半个身子, LARGE). */
const MEDIUM =
  /手掌(?:那么|这么)?大|巴掌(?:那么|这么)?大|半个(?:手掌|巴掌|手心|手板)|\bpalm[- ]?sized?\b|\b(?:size|as big as) (?:of )?(?:my|his|her|a) (?:palm|hand)\b|\b(?:[3-9]|1\d) ?cm\b|\b(?:bigger|larger) than (?:a |an |my |his |her )?(?:\d+p |pound )?(?:coin|thumbnail|pea|grape|fingertip|\d+p)\b|比[^，。]{0,6}(?:硬币|指甲|黄豆)[^，。]{0,2}(?:还)?大/i;
/** A size that describes the burn itself — a coin, a pea, 一小块, a small blister, "the burn is tiny" — never a size word
 *  on a person or a place ("my little boy", "我家小的", "our small kitchen"): "small" alone once graded a toddler's
 *  blistered chest routine. */
const SMALL =
  /硬币|一元|一块钱|指甲盖?|黄豆|花生|米粒|绿豆|一小块|一小片|一小点|一点点|小小?的?(?:水)?泡|(?:面积|范围|伤口|烫伤|烧伤|灼伤|水泡|泡|红的|那块|这块)[^，。,；;]{0,4}(?:不大|很小|不算大|挺小)|很小的?(?:一块|一片|一点|水?泡|伤口)|指尖|手指头?(?:上|那)|\b(?:small|tiny|little|minor|wee)(?:[- ](?:red|pink|raw|sore|round|shallow|superficial|blistered|blistering|burnt|burned|water|angry|painful)){0,2}[- ](?:burns?|scalds?|blisters?|patch(?:es)?|spots?|marks?|areas?|bubbles?|bits?|wounds?)\b|\b(?:burn|scald|blister|patch|spot|mark|area|wound|it)(?:'s| is| was| looks?)(?: only| quite| pretty| very| really| fairly)? (?:small|tiny|little|minor)\b|\b(?:coin|pea|dime|penny|thumbnail|fingertip|grape)\b|\b\d{1,2}p\b|\b[12] ?cm\b|\b(?:one|two) (?:fingers?|fingertips?)\b/i;
const BLISTER = /泡|水疱|\bblister\w*/i;
const NO_BLISTER = /(?:没|没有|未|不)(?:起|有)?(?:水)?泡|\bno blisters?\b|\bnot blister\w*|\bwithout (?:any )?blisters?\b|\bhasn'?t blistered\b/gi;
const RED = /红|\bred(?:ness|dened)?\b|\bpink\b/i;
const FACE = /脸|面部|额头|眉毛|嘴唇|鼻子|耳朵|\b(?:face|forehead|cheeks?|lips?|nose|ears?|eyebrows?)\b/i;
const EYE = /眼(?:睛|皮)?|\beyes?\b|\beyelids?\b/i;
const GENITALS = /会阴|下体|私处|阴囊|阴部|\bgenital\w*|\bgroin\b|\bscrotum\b|\bnappy area\b/i;
const HAND_FOOT = /手(?!机|术|续|表)|脚|\bhands?\b|\bpalms?\b|\bfingers?\b|\bfeet\b|\bfoot\b|\btoes?\b/i;
/** The trunk: chest, belly, back — not 手背/脚背 (the back of a hand or foot) or "back of my hand". */
const TRUNK = /胸|肚子|腹部|(?<![手脚])背|后腰|\bchest\b|\bbelly\b|\btumm(?:y|ies)\b|\bstomach\b|\babdomen\b|\bback(?! of)\b|\btorso\b/i;
/** A young child: a baby or toddler noun, an age under five (the triage's own age reader, red-flags/age.ts, and the
 *  short forms below), or a child noun with little/小 ("my little boy", "the little one", 我家小的, 小儿子). */
const YOUNG_CHILD =
  /宝宝|婴儿|幼儿|小孩|孩子|小朋友|小宝|娃|小儿子|小女儿|(?:家|家里|我们家|我)小的(?!时候)|小的(?:那个|这个)|(?<![十\d])[一两二三四1-4]岁|\d{1,2}个月|\b(?:baby|infant|toddler|newborn)\b|\blittle (?:boy|girl|one|ones|man|lad|lass|guy|son|daughter|kid|child|baby|toddler|brother|sister)\b|\b[1-4][- ]?(?:yo|y\/o|yrs?|years?)(?:[- ]old)?\b|\b\d{1,2}[- ]?months?[- ]old\b/i;
const YOUNG_CHILD_DAYS = 5 * 365;
/** A joint the burn may lie over (a contracture risk): the grade of a small burn there is not final. */
const JOINT = /关节|手腕|腕|肘|膝|脚踝|踝|腋|\b(?:joints?|wrists?|elbows?|knees?|ankles?|armpits?|knuckles?)\b/i;

/** The sentences about the burn: each one naming it and the one after (the description often follows the event). */
function burnSpan(text: string): string {
  const parts = text.split(/(?<=[。！？!?\n]|\.\s)/);
  const keep = new Set<number>();
  parts.forEach((p, i) => {
    if (BURN_EVENT.test(p.replace(NOT_BURN, ' '))) {
      keep.add(i);
      if (i + 1 < parts.length) keep.add(i + 1);
    }
  });
  return [...keep]
    .sort((x, y) => x - y)
    .map((i) => parts[i])
    .join(' ');
}

/** `electrical`: the rule layer already found an electrical injury (its sign or rule), whatever words said it. */
export function readBurn(text: string, known: { electrical?: boolean } = {}): BurnReading | null {
  const cleaned = text.replace(NOT_BURN, ' ');
  if (!BURN_EVENT.test(cleaned)) return null;
  const span = burnSpan(cleaned);
  const blisterText = span.replace(NO_BLISTER, ' ');
  const f = new Set<BurnFinding>();
  const add = (re: RegExp, finding: BurnFinding, s = span) => {
    if (re.test(s)) f.add(finding);
  };
  add(ELECTRICAL, 'electrical', cleaned);
  if (known.electrical) f.add('electrical');
  add(CHEMICAL, 'chemical');
  add(INHALATION, 'inhalation', cleaned);
  add(DEEP, 'deep');
  add(LARGE, 'large');
  add(MEDIUM, 'medium');
  add(SMALL, 'small');
  add(BLISTER, 'blistered', blisterText);
  if (!f.has('blistered') && (RED.test(span) || NO_BLISTER.test(span))) f.add('red-only');
  NO_BLISTER.lastIndex = 0;
  add(FACE, 'face');
  add(EYE, 'eye');
  add(GENITALS, 'genitals');
  add(HAND_FOOT, 'hand-foot');
  add(TRUNK, 'trunk');
  add(YOUNG_CHILD, 'young-child', cleaned);
  if (findAges(cleaned).some((a) => a.days < YOUNG_CHILD_DAYS)) f.add('young-child');
  add(JOINT, 'joint');
  return { findings: f, level: burnLevel(f) };
}

/** The level a burn calls for. Emergency: electrical, inhalation, deep, large, a chemical on the face or eyes, a
 *  blistered face, eye, genital or trunk burn, or a palm-sized blistered burn in a young child. Urgent: other
 *  blistered burns beyond a small one, a chemical burn, a small blister on the face or any blister in a young child.
 *  Routine: a small burn (a coin-sized blister on a hand is self-care), or a red-only burn no bigger than a palm away
 *  from the face. Null when size, depth and site are all unsaid. */
export function burnLevel(f: ReadonlySet<BurnFinding>): TriageLevel | null {
  const has = (x: BurnFinding) => f.has(x);
  const small = has('small') && !has('large') && !has('medium');
  const sized = small || has('medium') || has('large');
  const dangerSite = has('face') || has('eye') || has('genitals');
  if (has('electrical') || has('inhalation') || has('deep') || has('large')) return 'emergency';
  if (has('chemical') && (has('face') || has('eye'))) return 'emergency';
  if (has('blistered') && !small && (dangerSite || has('trunk'))) return 'emergency';
  if (has('young-child') && has('blistered') && has('medium')) return 'emergency';
  if (has('chemical')) return 'urgent';
  if (has('blistered') && (!small || has('hand-foot') || dangerSite || has('young-child'))) return 'urgent';
  if (has('red-only') && has('trunk') && has('young-child') && !small) return 'urgent';
  if (small || (has('red-only') && (has('medium') || !dangerSite))) return 'routine';
  if (dangerSite) return has('blistered') ? 'emergency' : 'urgent';
  return sized ? 'urgent' : null;
}

/** The phrase rules a burn reading replaces when it grades the burn (electric shock without a burn stays theirs). */
export const BURN_RULE_IDS: ReadonlySet<string> = new Set(['severe-burn-electric', 'major-burn']);
/** Every rule a graded burn may leave behind. */
export const BURN_GRADE_IDS: ReadonlySet<string> = new Set([...BURN_RULE_IDS, 'burn-same-day']);

const MAJOR_BURN = CLINICAL_RULES.find((r) => r.id === 'major-burn') as RedFlagRule;
const SAME_DAY_BURN: RedFlagRule = {
  id: 'burn-same-day',
  level: 'urgent',
  title: { zh: '需要当天处理的烧烫伤（起泡、面积较大或特殊部位）', en: 'a burn that needs seeing today (blistered, larger, or in a sensitive place)' },
  advice: {
    zh: '用凉（非冰）流水冲洗20分钟，不要弄破水泡，用保鲜膜轻覆，今天到医院或烧伤门诊处理。',
    en: 'Cool it under cool running water for 20 minutes, leave blisters intact, cover loosely with cling film and have it seen today.',
  },
  when: [],
};

/** The rule set with the burn graded by the reading: its level replaces the burn phrase rules' (in both directions). */
export function gradeBurnRules(rules: readonly RedFlagRule[], reading: BurnReading | null): RedFlagRule[] {
  if (!reading?.level) return [...rules];
  const others = rules.filter((r) => !BURN_RULE_IDS.has(r.id));
  if (reading.level === 'emergency') {
    const burnRules = rules.filter((r) => BURN_RULE_IDS.has(r.id) && r.level === 'emergency');
    return [...others, ...(burnRules.length ? burnRules : [MAJOR_BURN])];
  }
  return reading.level === 'urgent' ? [...others, SAME_DAY_BURN] : others;
}

/** Whether a burn's grade holds against the learned reader's raise (`graded`, combine.ts). Only a grade that rests on
 *  an explicit burn size (a coin, a palm, 一小块) away from the places and people where a small burn is still serious
 *  (a young child, the face, eyes, genitals; a routine on hands, feet or a joint unless only red): otherwise the burn reader's routine or urgent is
 *  one opinion among others and the reader may raise it. An emergency is a hard finding (triage.ts), never lowered. */
export function holdsGrade(reading: BurnReading | null): boolean {
  if (!reading?.level) return false;
  const f = reading.findings;
  const sized = f.has('small') || f.has('medium');
  // Hands, feet and joints matter once the burn is deeper than red skin (BBA: erythema alone is not counted).
  const danger = (['young-child', 'face', 'eye', 'genitals'] as const).some((x) => f.has(x));
  const limbSite = !f.has('red-only') && (f.has('hand-foot') || f.has('joint'));
  // A hand, foot or joint is what makes a sized blistered burn same-day care (BBA referral): that urgent rests on the
  // site the reader read too, and the reader knows no more of it — it holds. A routine there stays raisable.
  return sized && !danger && (!limbSite || reading.level === 'urgent');
}
