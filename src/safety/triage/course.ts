// The time course of a complaint, read from how it is told: acute (an onset or a change now — "suddenly", "just",
// "since this morning", "刚才", "今天开始"), or only long-standing or recurring (weeks and months, "lately", "keeps",
// "every night", "sometimes", "最近老是", "越来越"). Emergencies are acute: a story told only as a habit or a slow
// drift (night sweats for weeks, numb hands at night, snoring with pauses, a statin ache since last month) is a
// consultation. The learned reader, which has no sense of time, may not make such a story an emergency on its own
// (combine.ts `chronicOnly`); a rule discriminator still can. Pure.
import { withoutEventTimes } from '../red-flags/context.js';

/** Onset or change now: these make a story acute whatever else it says. */
const ACUTE =
  /突然|忽然|猛地|刚才|刚刚|刚[^，。]{0,4}(?:完|就)|现在|正在|今天|今晚|今早|今儿|昨晚|昨天|半夜(?:里)?(?:突然)?(?:醒|憋|疼|痛)|半小时|分钟|[一二两三四五六七八九十几半\d]+\s*(?:个)?(?:小时|钟头|个钟)|马上|加重|越来越(?:重|厉害|严重)|第一次|从来没|而家|头先|啱啱|今日|琴晚|\bsudden(?:ly)?\b|\bjust (?:now|took|taken|had|fell|collapsed|started|happened|woke|passed|got|noticed|found|vomited|threw|swallowed|ate|drank|broke|came|went)\b|\bright now\b|\bnow\b|\btoday\b|\btonight\b|\blast night\b|\byesterday\b|\bthis (?:morning|evening|afternoon)\b|\bminutes?\b|\bhours?\b|\bhrs?\b|\bworse\b|\bworsening\b|\bfirst time\b|\bnever (?:had|happened|before)\b|\bout of nowhere\b|\bwoke up (?:with|and|unable|to)\b|\bcan'?t (?:stop|breathe|move|speak|feel|see|wake)\b/i;

/** Weeks, months, years, "lately", a slow drift. A time ago (三年前, 两个月以前) is when, not how long: no duration. */
const LONG_STANDING =
  /(?:已经|有|持续|反复)?[一二两三四五六七八九十几半多\d]+\s*(?:个)?多?(?:星期|礼拜|周|月|年)(?!多?(?:前|以前|之前))(?:了|多了|之久|左右|以来)?|这(?:个|几个)(?:月|星期|礼拜)|这(?:段时间|阵子|一年|几年)|最近(?:几|一段|这段)|这段时间|一段时间|近来|多年(?!(?:前|以前|之前))|好几年(?!(?:前|以前|之前))|长期|越来越|慢慢|逐渐|\bfor (?:the (?:past|last) )?(?:\d+|a few|several|many|two|three|four|six|a couple of) (?:weeks|months|years)\b|\bfor (?:weeks|months|years|ages|a while)\b|\b(?:in|for|over) (?:about |around |nearly )?(?:a|one|two|three|\d+) (?:weeks?|months?|years?)\b|\b(?:a|one|two|three|\d+) (?:weeks?|months?|years?) ago\b|\bthis (?:month|year)\b|\bpast (?:few|couple of) (?:weeks|months)\b|\blately\b|\brecently\b|\bchronic\b|\b(?:have|has|'ve) been (?:\w+ing|achy|sore|tired|low|off)\b|\bgradual(?:ly)?\b|\bslowly\b|\bmore and more\b|\bon and off\b|\boff and on\b/i;

/** Habit and recurrence: the same thing again and again. */
const RECURRING =
  /老是|总是|经常|常常|时不时|时常|动不动|每(?:次|回|天|晚|夜|个晚上)|一到晚上|晚上(?:总|老|要|会|经常)|反复|有时(?:候)?|偶尔|成日|成晚|\bkeeps? (?:going|getting|having|waking|coming back)\b|\bwakes? me up\b|\bmost nights\b|\bevery (?:night|day|morning|time|week)\b|\bwhenever\b|\beach time\b|\boften\b|\bsometimes\b|\boccasionally\b|\bon and off\b|\b(?:twice|three times|several times) (?:this|a|per) (?:month|week)\b|\busually\b|\balways\b/i;

export type Course = 'acute' | 'long-standing' | 'unstated';

/** "以前每天一次，现在三四天一次", "used to…, now…": a comparison with the past, not an onset now. */
const THEN_AND_NOW = /以前[^。！？!?]{0,20}现在|\bused to\b[^.?!]{0,40}\bnow\b/gi;

export function readCourse(text: string): Course {
  if (ACUTE.test(text.replace(THEN_AND_NOW, ' '))) return 'acute';
  const t = withoutEventTimes(text);
  return LONG_STANDING.test(t) || RECURRING.test(t) ? 'long-standing' : 'unstated';
}
