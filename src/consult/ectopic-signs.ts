// Pain or bleeding in early pregnancy (or with a late period) together with a faint or shoulder-tip pain is a ruptured
// ectopic pregnancy until excluded (NICE NG126, RCOG Green-top 21): blood inside the belly shows as feeling faint or
// collapsing and as pain referred to the tip of the shoulder. The parts come in different messages (the opening's
// cramps, a reply's "period's 3 weeks late", "nearly passed out when I stood up"), so the whole consultation is read:
// who (early pregnancy or a late period, not a man, not a negative pregnancy test), what (pain or bleeding, told), which
// sign (a faint or near-faint, shoulder-tip pain), each judged in its own clause — not negated, not of the past, not a
// fear or a what-if ("what if I faint", 怕晕倒). Pure; raises only (policy.ts consultTriage).
import { clauseAt, clauses, isHistorical, isNegated, sentenceBounds } from '../safety/red-flags/context.js';
import { readFacts } from './facts.js';
import { earlyPregnancyOrLatePeriod, PAIN_OR_BLEEDING, told } from './must-ask.js';

/** A faint or near-faint told (read also by emergency-pictures.ts). */
export const FAINT =
  /\b(?:nearly|almost|about to) (?:fainted|faint|passed out|pass out|blacked out|black out|collapsed|collapse)\b|\bfainted\b|\bfainting\b|\bpassed out\b|\bblacked out\b|\bcollapsed\b|\bfe(?:el|lt|eling|eling) (?:really |very |a bit )?faint\b|晕倒|晕过去|昏倒|昏过去|差点晕|快要?晕|要晕倒|眼前发黑|虚脱/gi;
export const SHOULDER_TIP =
  /\bshoulder[- ]tip\b|\btip of (?:my|the|her) (?:right |left )?shoulder\b|\btop of (?:my|the|her) (?:right |left )?shoulder\b|肩膀尖|肩尖|肩头(?:疼|痛)/gi;
/** A fear or a what-if before the sign in its clause: not a sign told. */
const NOT_TOLD = /\b(?:what if|afraid|worried|scared|in case|if i|could i|will i|might)\b|怕|担心|万一|如果|会不会|是不是会/i;
/** The patient is a man: told as such (facts.ts sex) or another man's complaint ("my husband has…", 我老公…疼). */
const MALE_PATIENT =
  /\bmy (?:husband|son|dad|father|brother|boyfriend|grandad|grandfather) (?:has|is|had|was|got|keeps)\b|(?:老公|儿子|爸爸|爷爷|男朋友)(?:[^，。,.]{0,6})(?:痛|疼)/i;

/** Another person just before the sign is its subject ("my mum fainted", "my friend fainted at the gym", "是我妈昨天晕倒了",
 *  "she nearly passed out"): not the patient's own sign (review s30 b34, d01, b26). */
const OTHER_SUBJECT =
  /(?:\b(?:my|our|her|his|a|the) (?:mum|mom|mother|mam|dad|father|sister|brother|friend|mate|partner|husband|boyfriend|colleague|cousin|aunt|auntie|nan|nana|gran|granny|grandma|grandmother|grandad|grandfather|daughter|son|nurse|neighbou?r|flatmate|roommate|boss|baby|child|kid)(?:'s)?|\b(?:she|he|they|someone|somebody|everyone)|妈妈|我妈|老妈|妈咪|阿妈|婆婆|奶奶|外婆|姐姐|我姐|妹妹|我妹|朋友|闺蜜|同事|老公|爸爸|我爸|护士|同学|邻居|室友|她|他)(?:\s+(?!i\b|i'|me\b)\S+){0,3}?\s*$|(?:妈妈|我妈|老妈|阿妈|婆婆|奶奶|外婆|姐姐|我姐|妹妹|我妹|朋友|闺蜜|同事|老公|爸爸|我爸|护士|同学|邻居|室友|她|他)[^，。,.！？!?；;我]{0,6}$/i;
/** A faint at a blood test, a needle or the sight of blood (vasovagal; review s30 b33) — not one on the way to it (s29 r17). */
const BLOOD_DRAW =
  /\b(?:when|while|as|during|after|at) (?:they |the nurse |someone |the doctor |i )?(?:took|taking|were taking|was taking|drew|drawing|had|having|got|getting|gave|giving|did|doing)? ?(?:my |some |a |the )?(?:blood(?: test| draw| sample)?s?|bloods|needles?|injections?|jabs?)\b|\bsight of (?:blood|a needle|the needle)\b|抽血(?:时|的时候|后|完)|验血(?:时|的时候)|打针(?:时|的时候|后)|扎针(?:时|的时候)|晕血|晕针|看到血|见到血/i;

function signTold(text: string, re: RegExp, from: number): boolean {
  const all = clauses(text);
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const c = clauseAt(all, at);
    if (isNegated(text, c, at) || NOT_TOLD.test(text.slice(c.start, at))) continue;
    // The patient's own sign only: not another person's, not a faint at a blood test or a needle in its sentence.
    if (OTHER_SUBJECT.test(text.slice(c.start, at))) continue;
    const sentence = sentenceBounds(text, at);
    if (BLOOD_DRAW.test(text.slice(sentence.start, sentence.end))) continue;
    if (isHistorical(text, c, new Date(), { start: at, end: at + m[0].length })) continue;
    return true;
  }
  return false;
}

/**
 * Whether the consultation's text tells the ectopic signs: who, what and a sign, each told — the sign at or after `from`
 * (the replies: an opening that tells all three is the triage's own reading, and its faints are mostly someone else's or
 * a cause's — "my mum fainted when I told her", "is fainting a sign…", booking bloods; review s29 b06–b48).
 */
export function ectopicSigns(text: string, from = 0): boolean {
  if (readFacts(text).sex === 'male' || MALE_PATIENT.test(text)) return false;
  return earlyPregnancyOrLatePeriod(text) && told(text, PAIN_OR_BLEEDING) && (signTold(text, FAINT, from) || signTold(text, SHOULDER_TIP, from));
}

export const ECTOPIC_HELD = {
  id: 'ectopic-signs',
  level: 'emergency',
  title: { zh: '早孕（或月经推迟）伴腹痛或出血，并有晕厥或肩尖痛', en: 'pain or bleeding in early pregnancy with a faint or shoulder-tip pain' },
  advice: {
    zh: '早孕或月经推迟时腹痛或出血，又有晕倒、快要晕倒或肩膀尖疼，可能是宫外孕破裂内出血：请立即拨打急救电话或去急诊；躺下，不要吃喝东西，不要自己开车。',
    en: 'Pain or bleeding in early pregnancy (or with a late period) together with fainting, nearly fainting or pain in the tip of the shoulder can be a ruptured ectopic pregnancy bleeding inside: call the emergency number or go to the emergency department now; lie down, eat and drink nothing, do not drive yourself.',
  },
} as const;
