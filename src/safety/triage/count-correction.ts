// A count corrected upward in the same breath — "I took 3 of my sleeping pills, no wait, it was 30", "吃了两片安眠药，不对，
// 是二十片", "my dad took 4 of his diazepam, actually no, he says 40" (review s20 S3): the later count is what was taken, so
// the first is read as the second before any reader counts (the overdose rules, the self-harm reader, the paracetamol sum).
// Raise only: a correction downward ("20, no wait, it was two") is left as told — a lowering would need its own
// wrapped-emergency probes, and the larger count keeps the safer reading. A count of time or age ("2 hours ago, no, 5")
// is not corrected. Pure.
import { parseNumber } from '../red-flags/numbers.js';

const EN_NUM = String.raw`\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred`;
const ZH_NUM = '[零一二两三四五六七八九十百几]{1,4}|\\d{1,4}';
/** The first count, what follows it up to the marker (not a time or an age), the marker, filler, the later count. */
const CORRECTION = new RegExp(
  String.raw`(?<first>\b(?:${EN_NUM})\b|(?:${ZH_NUM}))(?<between>(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|o'?clock|am|pm|小时|个小时|分钟|天|周|个月|年|岁|点|号)(?![a-z]))[^.?!。？！\d]{0,40}?)` +
    String.raw`(?<marker>[,，;；.。\s]+(?:no,? wait|wait,? no|no no|sorry,? (?:i mean|no|it was)|i mean|actually,? no|actually|correction|make that|or rather|scratch that|no,? it was|不对|不是|不系|唔系|哦不|噢不|说错了|更正|应该是|其实是|我是说)[,，:：\s]*)` +
    String.raw`(?<filler>[^\d.?!。？！]{0,30}?)` +
    String.raw`(?<later>\b(?:${EN_NUM})\b|(?:${ZH_NUM}))(?<more>多|几)?`,
  'gi',
);

/** `text` with every count corrected upward replaced by the later count (digits). */
export function correctCounts(text: string): string {
  return text.replace(CORRECTION, (m, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const first = parseNumber(g.first ?? '');
    const later = parseNumber(g.later ?? '');
    if (first === null || later === null || later <= first) return m;
    // A bare first count ("swallowed 2, no wait, he's just told me 25 of his tramadol"): the unit follows the later count,
    // so the correction is read as said once ("swallowed 25 of his tramadol").
    if ((g.between ?? '').trim() === '') return `${g.later ?? ''}${g.more ?? ''}`;
    return `${later}${g.between ?? ''}${g.marker ?? ''}${g.filler ?? ''}${g.later ?? ''}${g.more ?? ''}`;
  });
}
