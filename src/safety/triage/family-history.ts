// A family history asked about (session 29): "我妈和外婆都是乳腺癌，我30岁，需要做基因检测吗？", "My dad had a heart
// attack at 52 and his brother at 49. I'm 38, no symptoms. Should I get anything checked?". The words of a heart attack
// or a cancer are in the message, but they are a blood relative's diagnosis told as history, and the question is the
// writer's own risk (a check, a screen, a gene test, what is inherited). Read as structure, not as a phrase list:
//   who    a clause whose subject is a blood relative (KIN: family history is about kin, not a friend or a colleague)
//          and that names neither the writer ("…and I have chest pain") nor a pronoun's present;
//   when   told as history: an age when it happened ("at 52", 52岁时), a diagnosis or a death (得过, 确诊, 死于, "died
//          of", "was diagnosed"), or a disease named as what they have or had (乳腺癌, "breast cancer"); nothing in the
//          clause said now or recently (now, just, today, an hour ago, 刚, 今天, 昨天, 又) — a relative's event now is an
//          episode, whatever is asked;
//   asked  the writer's own risk, outside the claimed clauses (a check, a screen, genes, inherited, my risk).
// The claims are handed to the frame step (frames.ts lowerByClaims): nothing is hidden from the readers, every finding
// behind the level must sit in a claim, and the rest of the message, read again by the same readers, decides — a
// writer who tells a symptom of their own beside the family history keeps it. Pure.
import { SIGNS } from '../red-flags/signs.js';
import { type FrameClaim, type FrameInput, type Framed, lowerByClaims } from './frames.js';

/** Blood relatives: whose diagnosis is the writer's family history (a spouse, friend or colleague is not). */
const KIN_ZH =
  '妈妈?|母亲|爸爸?|父亲|外婆|外公|奶奶|爷爷|姥姥|姥爷|祖父|祖母|外祖[父母]|哥哥?|姐姐?|弟弟?|妹妹?|舅舅?|姨妈?|阿姨|姑姑?|叔叔?|伯伯?|家里人|家人|亲戚|家族';
const KIN_EN =
  'mum|mom|mother|dad|father|parents?|grandmother|grandfather|grandma|grandpa|grandad|granddad|nan|nana|gran|brother|sister|siblings?|uncle|aunt|auntie|cousin|family';
/** A blood relative named as the clause's person: "my dad", "his brother", "both my parents", 我妈, 外婆. */
const KIN = new RegExp(`\\b(?:my|our|his|her|their|both)(?: \\w+)?(?: (?:${KIN_EN}))?\\s(?:${KIN_EN})s?\\b|(?:${KIN_ZH})`, 'i');

/** The writer in the clause: "I", "me", or 我 not as a relative's possessive (我妈, 我的外婆). */
const WRITER = new RegExp(`(?<![\\w'])(?:i|i'm|im|i've|i'd|me|myself)(?![\\w'])|我(?!(?:的)?(?:${KIN_ZH}|们家|家))`, 'i');

/** Told as history: an age at the time, a diagnosis or a death, or a disease named as what they have or had. */
const HISTORY =
  /\b(?:at|aged?) \d{1,3}\b(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|:|\.\d|h\b|hrs?|mins?|minutes?|hours?|days?|weeks?|months?))|\bin (?:his|her|their) (?:early |late |mid-?)?(?:\d0s|thirties|forties|fifties|sixties|seventies)\b|\b(?:died|passed away)\b|\b(?:was|were|got|been) diagnosed\b|\b(?:cancer|tumou?r|carcinoma|lymphoma|leukaemia|leukemia|melanoma|sarcoma|diabetes|hypertension|high blood pressure|heart disease|aneurysm)\b|\d{1,3}\s*岁(?:时|那年|的时候|就)|年轻(?:时|的时候)|得过|患过|得了|确诊|查出|死于|去世|过世|走的|癌|瘤|糖尿病|高血压|心脏病|动脉瘤/i;

/** Now or recent, said in the clause: a relative's event today is an episode. */
const NOW_OR_RECENT =
  /刚才|刚刚|刚|现在|正在|目前|还在|今天|今早|今晚|昨天|昨晚|前天|这几天|这两天|最近|又|突然|小时|分钟|\bjust\b|\bnow\b|\bright now\b|\bcurrently\b|\bstill\b|\bagain\b|\btoday\b|\btonight\b|\byesterday\b|\blast night\b|\bthis (?:morning|afternoon|evening|week)\b|\b(?:hours?|minutes?|mins?) ago\b|\brecently\b|\bsuddenly\b|\b(?:is|are|'s|'re) (?:having|being|in)\b|\bkeeps?\b|\bsince\b/i;

/** The writer's own risk asked: a check, a screen, a gene test, inheritance, "my risk". */
const OWN_RISK_ASK =
  /基因|遗传|筛查|我[^，。？?]{0,8}(?:要不要|需不需要|需要|该不该|应该|用不用)(?:去|先)?(?:做|查|检查|检测)|(?:我|自己)[^，。？?]{0,6}(?:风险|概率|会不会得)|\bi (?:\w+ )?(?:get|be|have) (?:(?!him\b|her\b|them\b)\w+ ){0,2}(?:checked|tested|screened)\b|\bscreening\b|\bgenetic\b|\bgenes?\b|\bbrca\b|\bhereditary\b|\binherit\w*\b|\bruns? in (?:the|my|our) family\b|\b(?:my|am i at|am i at higher|what'?s my) (?:own )?risk\b/i;

/** A clause: up to a stop, a comma, "and"/"but", or (in Chinese written without punctuation) a space between Han. */
const CLAUSE = /(?:[^.?!。？！\n,，;；、\s]|\s(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])\s|\.(?=\d))+/g;
const JOIN = /\b(?:and|but|so|because|then)\b|而且|然后|但是?|因为|所以/i;

/** The clauses of `text` (the normalised message) that tell a blood relative's condition as history, when the writer
 *  asks about their own risk outside them; [] otherwise. */
export function familyHistoryClaims(text: string): FrameClaim[] {
  const claims: FrameClaim[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const at = m.index ?? 0;
    // "and"/"but" open a new clause with its own person ("…at 52 and his brother at 49", "…and I have chest pain").
    let from = 0;
    for (const part of m[0].split(JOIN)) {
      const start = at + m[0].indexOf(part, from);
      from = start - at + part.length;
      if (!KIN.test(part) || WRITER.test(part) || !HISTORY.test(part) || NOW_OR_RECENT.test(part)) continue;
      claims.push({ reading: 'familyHistory', start, end: start + part.length });
    }
  }
  if (claims.length === 0) return [];
  const rest = claims.reduce((out, c) => out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end), text);
  return OWN_RISK_ASK.test(rest) ? claims : [];
}

/** The frame step on a family history: every finding a condition's name (an event: "heart attack", 中风), never a
 *  symptom (a relative's chest pain is told of someone now, whatever the clause's time words say), and each inside a
 *  claim; the rest of the message, read again by the same readers, decides (frames.ts lowerByClaims). */
export function lowerByFamilyHistory(input: FrameInput): Framed | null {
  if (input.hits.some((h) => SIGNS[h.sign]?.kind !== 'event')) return null;
  return lowerByClaims(input, familyHistoryClaims(input.text));
}
