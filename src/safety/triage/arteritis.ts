// Suspected giant-cell arteritis (NICE CKS / BSR 2020): the headache presentation read with its own discriminators —
// who (50 or over, or age not given; a stated age under 50 or a child rules it out), a new headache (not a lifelong
// one), and the cranial signs: pain in the jaw or tongue on chewing (claudication), a tender scalp or temple, and any
// visual symptom. Weeks of headache is the usual course, so a long story does not lower it. Suspected GCA is a same-day
// referral (urgent); with visual symptoms — blurring, double vision, a transient or lasting loss — it is an emergency
// (sight can be lost within hours).
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { affirmed, clinicalRule } from './clinical.js';
import { statedAgesYears } from './modifiers.js';

/** Headache or temple pain (the headache presentation covers the head words). */
const TEMPLE_PAIN =
  /太阳穴[^，。]{0,4}(?:痛|疼)|\btemples?\b[^.,]{0,12}\b(?:pain|hurts?|hurting|aches?|aching|throbb\w*)|\bpain (?:in|around) (?:my|his|her) temples?\b/i;
const JAW_CLAUDICATION =
  /(?:嚼|咀嚼|吃饭|吃东西|说话)[^，。]{0,6}(?:下巴|下颌|腮帮子?|颌|舌头)[^，。]{0,4}(?:痛|疼|酸|累|没劲)|(?:下巴|下颌|腮帮子?|舌头)[^，。]{0,6}(?:嚼|咀嚼|吃饭|吃东西)[^，。]{0,4}(?:就|时|的时候)?[^，。]{0,2}(?:痛|疼|酸|累)|一嚼[^，。]{0,6}就(?:痛|疼|酸)|\bjaw claudication\b|\b(?:jaw|tongue)\b[^.,]{0,20}\b(?:pain|hurts?|hurting|aches?|aching|tired|tires|cramp\w*|sore)\b[^.,]{0,20}\b(?:chew\w*|eat\w*|talk\w*)\b|\b(?:chew\w*|eating)\b[^.,]{0,25}\b(?:hurts?|pain|aches?|tires?) (?:my |his |her |the )?(?:jaw|tongue)\b|\bpain in (?:my|his|her|the) jaw (?:when|while|on) (?:chew\w*|eat\w*)/i;
const SCALP_TENDER =
  /头皮[^，。]{0,6}(?:痛|疼|压痛|触痛|一碰|一摸|一按|敏感)|梳头[^，。]{0,6}(?:痛|疼)|太阳穴[^，。]{0,6}(?:压痛|一按就|一碰就|一摸就|肿|硬|鼓|发红)|颞动脉|\b(?:tender|sore|painful|sensitive) (?:scalp|temples?)\b|\bscalp\b[^.,]{0,15}\b(?:tender|sore|hurts?|painful|sensitive)\b|\b(?:hurts?|painful|sore) (?:to|when i|when she|when he) (?:brush|comb)\w* (?:my |her |his )?hair\b|\btemples?\b[^.,]{0,15}\b(?:tender|swollen|hard|thick\w*|sore to touch)\b|\btemporal arter\w*/i;
const VISUAL =
  /看东西[^，。]{0,4}(?:模糊|重影|看不清|发黑|看不见)|视力[^，。]{0,4}(?:下降|模糊|丧失|突然)|视物模糊|眼前[^，。]{0,2}(?:发黑|一黑|黑了)|(?:一只|一侧|一边|左|右)眼(?:睛)?[^，。]{0,6}(?:看不见|看不清|模糊|发黑|黑了|失明)|复视|重影|失明|\b(?:blurr\w*|blurry|double|dim|dimm\w*|los\w*|lost|grey\w*|gray\w*) (?:vision|sight)\b|\b(?:vision|sight)\b[^.,]{0,20}\b(?:blurr\w*|blurry|went|gone|dim|dark|lost|grey|gray|black)\b|\b(?:one|an?|my|his|her|the) (?:left |right )?eye\b[^.,]{0,15}\b(?:blurr\w*|blurry|dim|dark|black|grey|gray|blind|misty|cloudy)\b|\bseeing double\b|\bcan'?t see (?:out of|in|with) (?:one|my (?:left|right)|her (?:left|right)|his (?:left|right))\b|\bcurtain (?:over|across|came down)\b|\bwent blind\b/i;
/**
 * A lifelong or decades-long complaint ("多年的老毛病", "I always get these headaches") is not a new one: not the new
 * headache of later life that giant-cell arteritis is. The one reading for the triage's rule and the consultation's
 * arteritis screen (consult/risk-screens.ts).
 */
export const LIFELONG =
  /多年|十几年|几十年|从小|一直都有|老毛病|\bfor (?:many |several |\d+ )?years\b|\ball my life\b|\balways (?:had|get)\b|\bsince (?:i was|childhood|my teens)\b|\bever since\b|\bmy usual (?:headache|migraine)s?\b/i;

function ageFits(c: ClinicalContext): 'over50' | 'unsaid' | null {
  if (c.modifiers.has('infant') || c.modifiers.has('child') || c.modifiers.has('pregnant')) return null;
  const ages = statedAgesYears(c.text);
  if (ages.length === 0) return c.modifiers.has('elderly') ? 'over50' : 'unsaid';
  return ages.some((a) => a >= 50) ? 'over50' : null;
}

const readings = new WeakMap<ClinicalContext, { vision: boolean } | null>();
/** The arteritis reading, once per context (its two rules both ask): null when it does not apply, else whether a
 *  visual symptom is present. */
function readArteritis(c: ClinicalContext): { vision: boolean } | null {
  if (!readings.has(c)) readings.set(c, readOnce(c));
  return readings.get(c) ?? null;
}

function readOnce(c: ClinicalContext): { vision: boolean } | null {
  if (!(c.presentations.has('headache') || affirmed(TEMPLE_PAIN, c.text))) return null;
  if (LIFELONG.test(c.text)) return null;
  const age = ageFits(c);
  if (!age) return null;
  const cranial = affirmed(JAW_CLAUDICATION, c.text) || affirmed(SCALP_TENDER, c.text);
  const vision = affirmed(VISUAL, c.text) || c.signs.has('visionLoss') || c.signs.has('doubleVision');
  // A headache with blurred vision alone and no age is a migraine aura as often as anything: the cranial signs or a
  // stated age of 50+ make it arteritis.
  if (!cranial && !(vision && age === 'over50')) return null;
  return { vision };
}

export const ARTERITIS_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'giant-cell-arteritis-vision',
    'emergency',
    '疑似巨细胞动脉炎伴视力症状（50岁以上新发头痛，伴咀嚼时下巴痛、头皮触痛或视物模糊/重影/一过性失明）',
    'suspected giant-cell arteritis with visual symptoms (new headache at 50+ with jaw pain on chewing, a tender scalp, or blurred, double or lost vision)',
    '今天立即去急诊（眼科/急诊），说明担心巨细胞动脉炎：视力可能在数小时内永久丧失，需当天用激素治疗。',
    'Go to an emergency department now and say you are worried about giant-cell arteritis: sight can be lost for good within hours, and steroids are started the same day.',
    (c) => readArteritis(c)?.vision === true,
  ),
  clinicalRule(
    'giant-cell-arteritis',
    'urgent',
    '疑似巨细胞动脉炎（50岁以上新发头痛，伴咀嚼时下巴痛或头皮触痛）',
    'suspected giant-cell arteritis (new headache at 50+ with jaw pain on chewing or a tender scalp)',
    '今天就要看医生（当天评估、验血，必要时当天开始激素）；如出现看东西模糊、重影或一只眼看不见，立即去急诊。',
    'See a doctor today (same-day assessment and blood tests; steroids may be started the same day); if vision blurs, doubles or goes in one eye, go to an emergency department now.',
    (c) => readArteritis(c)?.vision === false,
  ),
];
