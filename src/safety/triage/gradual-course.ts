// A change told as GRADUAL over a span of weeks to years (session 38, #19). triage-bb bb036 — "Dad's 90 and over the past
// year he's started repeating stories and misplacing his keys more. Still manages at home. Should we ask for a memory
// assessment?" — was made an emergency by the learned reader alone (no rule finding), which has no sense of time and
// heard "90", "repeating", "memory". course.ts reads a story told only as long-standing; this reads the other shape of a
// slow course: a SPAN that ends now ("over the past year", "in the last few months", 这一年来, 近半年) over which a change
// PROGRESSED ("started", "more and more", "more often", "increasingly", 越来越, 慢慢, 逐渐), with nothing acute told
// (course.ts's own acute reading: "suddenly", "today", "now", 突然, 今天 — a sudden worsening on top of a slow course is
// read as acute and this reading steps aside). Look-alikes it leaves: a change over two days (a delirium: days are no
// span here), a span with no change in it ("for a year he's been fine"), a worsening today. Used only where the rule layer
// found nothing clinical (triage.ts): the reader may then not make the story an emergency on its own say-so (combine.ts
// chronicOnly: urgent at most). Pure; its own word lists (course.ts's lists, which consult reads too, are not widened).
import { readCourse } from './course.js';

/** A span of weeks to years that runs up to now. */
const SPAN =
  /\b(?:over|in|during|across|for|throughout) (?:the )?(?:past|last|previous) (?:\d+|few|couple of|several|two|three|four|five|six|nine|twelve|eighteen)? ?(?:weeks|months|years|year|month)\b|\b(?:over|in|during) the (?:past|last) (?:year|month|winter|summer)\b|\bthis (?:past|last) (?:year|few months)\b|\bsince (?:last|the) (?:year|spring|summer|autumn|fall|winter|christmas)\b|(?:过去|近|最近)(?:的)?(?:一|两|三|半|几|大半|\d+)(?:年|个月|个多月|年多)|这(?:一|两|三|半|几|\d+)?(?:年|个月|个多月|年多)(?:来|以来|里|多来|中)|(?:一|两|三|半|几|\d+)(?:年|个多?月)(?:以来|来|多来)/i;
/** The change progressed over it (not a state that merely lasted). */
const PROGRESSED =
  /\b(?:started|begun|began|starting|more and more|more often|more than (?:before|usual|he used to|she used to)|increasingly|gradually|slowly|getting (?:more|worse)|has become|have become|become more)\b|\b\w+(?:ing)? (?:\w+ ){0,3}more\b(?=[.,;!?]|$)|越来越|慢慢|逐渐|渐渐|开始(?:[^，。]{0,4})(?:忘|记不住|重复|丢|糊涂)|比以前(?:更|多)/i;

/** A change told as progressing over weeks to years, with nothing acute told. */
export function isGradualCourse(text: string): boolean {
  return SPAN.test(text) && PROGRESSED.test(text) && readCourse(text) !== 'acute';
}
