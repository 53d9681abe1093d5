// Advice that pushes a lab value further the wrong way: a glucose-lowering dose while the blood sugar is low
// (named, or a reading under 3.9 mmol/L / 70 mg/dL), or more potassium while it is high (named, or a reading of
// 5.5 mmol/L and above). The state comes from the question or the passage; the advice from the sentence, with the
// stance frames the other claims use (withholding insulin, or avoiding bananas, is the right advice).
import type { ContentFlag } from '../../core/content-flags.js';
import { NEGATED_BEFORE } from './frames.js';
import { alt, clauses, trimSpan } from './text.js';

const LOW_SUGAR_NAMED =
  /\bhypoglyc\w*|\blow blood (?:sugar|glucose)|\b(?:blood )?(?:sugar|glucose) (?:is |level is )?(?:too |very )?low\b|低血糖|血糖(?:偏|太|过|很)低/u;
/** A number after a glucose word that is not a time, count or age ("2 hours after meals", "每天3次"). */
const NOT_A_READING = /^\s*(?:-|~|～|到|至)?\s*\d*\s*(?:小时|h\b|hours?|hrs?|次|天|日|周|个|岁|分钟|min|times?|days?|weeks?|months?|years?|%|型|type)/u;
const SUGAR_READING = /(?:血糖|sugar|glucose|meter|reading|bg)[^0-9。.;]{0,24}?(\d+(?:\.\d+)?)/gu;
const HIGH_K_NAMED =
  /\bhyperkal\w*|\b(?:high|raised|elevated) (?:blood )?potassium|\bpotassium (?:is |level is )?(?:too |very )?high|高钾|血钾(?:偏|太|过|很)?高/u;
const K_READING = /(?:血钾|钾|potassium|\bk\+?)[^0-9。.;]{0,16}?(\d+(?:\.\d+)?)/gu;

/** The blood sugar is low per the text: named, or a reading below 3.9 mmol/L (≤ 30: mmol/L) or 70 mg/dL. */
export function lowSugar(text: string): boolean {
  if (LOW_SUGAR_NAMED.test(text)) return true;
  for (const m of text.matchAll(SUGAR_READING)) {
    if (NOT_A_READING.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const v = Number(m[1]);
    if ((v > 0 && v <= 30 && v < 3.9) || (v > 30 && v < 70)) return true;
  }
  return false;
}

/** Potassium is high per the text: named, or a reading of 5.5–9.9 mmol/L. */
export function highPotassium(text: string): boolean {
  if (HIGH_K_NAMED.test(text)) return true;
  for (const m of text.matchAll(K_READING)) {
    if (NOT_A_READING.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const v = Number(m[1]);
    if (v >= 5.5 && v < 10) return true;
  }
  return false;
}

/** Taking or injecting a glucose-lowering medicine (not withholding it). */
const GLUCOSE_LOWERING_TAKEN = alt([
  '\\b(?:take|inject|give)\\s+(?:your\\s+)?(?:usual\\s+)?(?:\\w+\\s+){0,3}(?:insulin|units)\\b[^.;]{0,30}\\b(?:now|right away|immediately|straight away)\\b',
  '\\b(?:a few |some |several )?extra units\\b',
  '\\binject (?:more|extra|another)\\b',
  '(?:应该|应当|马上|立即|立刻|尽快|赶紧|赶快|可以|需要|先|再)(?:再)?(?:皮下)?(?:打|注射|加打|补打|追加)(?:一针|一次|几个单位)?[^，。；]{0,4}(?:胰岛素|降糖)',
]);
/** Potassium advised: eat or use more of it. */
const POTASSIUM_TAKEN = alt([
  '\\b(?:eat|drink|use|take|focus on|add|have)\\b[^.;]{0,30}\\b(?:potassium-rich|potassium chloride|potassium supplements?|salt substitutes?|bananas?|orange juice)\\b',
  '(?:多吃|多喝|补充|补|改用)[^，。；]{0,12}(?:钾|香蕉|橙子|橘子|土豆|低钠盐|果汁)',
]);
const LOW_K_HERE = /低钾|血钾(?:过|偏)?低|hypokal\w*|low (?:blood )?potassium/u;
const HIGH_SUGAR_HERE = /高血糖|血糖(?:过|偏)?高|hyperglyc\w*|high (?:blood )?(?:sugar|glucose)|酮症|ketoacidosis/u;
const AVOID =
  /\b(?:avoid\w*|not|never|don't|do not|stop\w*|skip\w*|hold|withhold\w*|cut (?:down|back)|limit\w*|less|instead of)\b|不要|别|避免|停|暂停|少吃|少喝|限制|忌|不宜|不能|勿/u;

export function labStateClaims(sentence: string, context: string): ContentFlag[] {
  if (/[?？]\s*$/u.test(sentence)) return [];
  const low = lowSugar(context);
  const highK = !low && highPotassium(context);
  if (!low && !highK) return [];
  // The sentence itself about the opposite state ("补钾以纠正低钾", "treat high sugar with insulin"): not this case.
  if (low ? HIGH_SUGAR_HERE.test(sentence) : LOW_K_HERE.test(sentence)) return [];
  for (const clause of clauses(sentence)) {
    const re = low ? GLUCOSE_LOWERING_TAKEN : POTASSIUM_TAKEN;
    const m = re.exec(clause);
    if (!m || AVOID.test(clause) || NEGATED_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    return [
      {
        code: 'unsafe-combination',
        span: trimSpan(sentence),
        reason: low ? `glucose-lowering while the sugar is low: ${m[0].trim()}` : `more potassium while it is high: ${m[0].trim()}`,
      },
    ];
  }
  return [];
}
