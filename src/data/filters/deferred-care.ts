// Care put off by a wait of weeks: the answer explains the asker's picture and sends them to care only after it has
// lasted a week or months more, or to a routine / next check-up — "if the pain persists for several more months, see
// your doctor", "如果还不好再去肛肠科看看" after "一般调理一两周就会好转", "give it a week or two to settle and then book a
// routine appointment". Read by structure (a care sentence, a wait of a week or more, persistence or a later plan),
// not by the disease: the question's urgency comes from triage (advice-check.ts joins them), so the same deferral stays
// the right safety net for a cold. Curation batches 30–32: 7 of 53 false keeps (wrong-disease, delay-care) had it. Pure.
import { refersToCare } from '../../safety/compliance/rules.js';
import { globalOf } from '../../core/regex.js';
import { normalise, sentences, trimSpan } from '../../safety/screening/text.js';

// A wait of a week or more: "a week or two", "several more months", "in the coming week", 一两周, 几个月, 下周.
const WAIT_EN =
  /\b(?:(?:a|one|two|three|four|six|a few|few|a couple of|couple of|several|some|\d+)\s+(?:(?:or|to|-|–)\s+(?:two|three|four|six|\d+)\s+)?(?:more\s+|further\s+)?(?:weeks?|months?)|(?:\d+|two|three|four|six)\s*(?:-|–|to)\s*(?:\d+|three|four|six|eight)\s+(?:weeks?|months?)|(?:in|within|over)\s+the\s+(?:coming|next|following)\s+(?:week|weeks|month|months|few\s+weeks)|next\s+(?:week|month))\b/iu;
const WAIT_ZH = /(?:[一二两三四五六七八九十几数半\d]+|一两|两三|三四)(?:个)?(?:周|星期|礼拜|月)|一段时间|一阵子|下(?:周|个?星期|个?月)/u;

// The care is conditioned on the picture lasting ("if it persists", "hasn't faded", "还不好", "不缓解再去") or planned
// after the wait ("then book", "过…找时间去", "等…再").
const PERSISTS_EN =
  /\b(?:if|when|once|should)\b[^.;]{0,60}\b(?:persist\w*|continu\w*|(?:has|have|is|are)n't|has not|have not|does not|doesn't|do not|don't|still|not (?:better|improv\w*|settl\w*|gone|resolv\w*)|last\w*)\b|\bthen\s+(?:book|see|make|arrange|visit|go)\w*|\bafter\s+(?:that|this|which)\b|\b(?:routine\s+(?:appointment|visit|check-?up|review)|next\s+(?:routine\s+)?check-?up)\b/iu;
const PERSISTS_ZH =
  /(?:还|仍|仍然|依然|都|效果|一直|[周月天])(?:不|没有?)(?:好|见好|缓解|好转|消退|消失|退)|(?:不|没有?)(?:见好|缓解|好转|消退|消失|退)|(?:再|才)(?:去|到|看|就医|就诊|复查|检查)|找时间|有空|(?:过|等)[^，。；,;.]{0,8}(?:再|才|找)/u;

// Care sent for promptly, unconditionally ("see your GP this week", "尽快就医"), cancels the reading: the wait is then a
// follow-up, not the first care. Prompt care only on worsening ("如果再次发作，再及时去医院") does not.
const PROMPT_CARE =
  /\b(?:today|tonight|tomorrow|(?<!for\s)now|soon|promptly|right away|straight away|as soon as|without delay|same[- ]day|this week|within (?:a day|a few days|24|48|72|the next (?:day|few days)))\b|今天|今晚|明天|尽快|尽早|及早|及时|早点|马上|立即|立刻|当天|近期|这几天|赶紧|抓紧/iu;

const CONDITION = /\b(?:if|unless|should|when|in case)\b|如果|若|要是|一旦|万一|假如|出现/iu;
// "If you can / if possible, see a doctor today" sends for care now: a condition of means, not of worsening.
const MEANS = /\bif (?:you can|possible|at all possible|you are able)\b|\bwhen(?:ever)? (?:you can|possible)\b|如果(?:可以|方便|有条件)(?:的话)?|有条件的话/giu;

export interface DeferredCare {
  /** The sentence that defers the care. */
  span: string;
  /** Put off by months, or to a routine / the next check-up: far past what an urgent picture allows. */
  long: boolean;
}

// A wait of months, cycles, or a routine / next appointment ("several more months", "2–3 cycles", "next routine
// check-up", 几个月, 下个月).
const LONG_WAIT =
  /\b(?:months?|(?:\d+|two|three|four|a few|several)\s+(?:more\s+)?(?:cycles?|periods))\b|\b(?:routine\s+(?:appointment|visit|check-?up|review)|next\s+(?:routine\s+)?check-?up)\b|[个几数两三\d]个?月(?![\d初底])|下个?月|半年/iu;

/** The sentence of an answer that sends to care only after a wait of a week or more (and no care is sent sooner). */
export function deferredCare(answer: string): DeferredCare | undefined {
  const all = sentences(normalise(answer));
  if (all.some((s) => refersToCare(s) && PROMPT_CARE.test(s) && !CONDITION.test(s.replace(MEANS, ' ')))) return undefined;
  for (const [i, s] of all.entries()) {
    if (!namesCare(s)) continue;
    const zh = /\p{Script=Han}/u.test(s);
    // A wait the answer forbids ("Don't wait a few weeks to see if it persists — get him seen", "千万不要等一两周") sends
    // for care now: it is no deferral (review s33, cp-b01).
    if (NEGATED_WAIT.test(s)) continue;
    // "If you still feel breathless 6 weeks after finishing the course, see your GP" is a follow-up planned after a
    // treatment, not care put off (review s33, cp-b13).
    if (AFTER_TREATMENT.test(s)) continue;
    // A re-check planned after treatment ("三个月后再复查", "recheck the urine in a week") is follow-up, not first care;
    // only with the picture not better ("一周后如果还没好转再到眼科复查") does it defer.
    if (FOLLOW_UP.test(s) && !(zh ? NOT_BETTER_ZH : NOT_BETTER_EN).test(s)) continue;
    // Chinese advice says so (如果…再去, 建议, 可以, 等/过…): a story of another patient who "看遍了医院…效果不好" advises nothing.
    if (zh && !ADVISES_ZH.test(s)) continue;
    // Care booked for later with no condition at all ("book an appointment with your GP in the coming week", "过一两周
    // 找时间去神经内科门诊") defers as much as care after a wait.
    if (zh ? SCHEDULED_ZH.test(s) : SCHEDULED_EN.test(s)) return caredBefore(all, i) ? undefined : told(s);
    // The wait may be told in the sentence before ("一般调理一两周就会好转，如果还不好再去…"; "It usually settles in
    // a few weeks. If it hasn't, see your GP.").
    const withBefore = i > 0 && !NEGATED_WAIT.test(all[i - 1]) ? `${all[i - 1]} ${s}` : s;
    const wait = zh ? WAIT_ZH : WAIT_EN;
    if (!wait.test(withBefore)) continue;
    if (!(zh ? PERSISTS_ZH : PERSISTS_EN).test(s)) continue;
    // A safety net that also names signs to come back for ("if it's not better in 4-6 weeks or any red flags appear",
    // "要是拉出血、高烧，或者一周还不好") sends for care when it matters: only a wait alone defers.
    if (ALTERNATIVES.test(s.replace(globalOf(wait), ' '))) continue;
    return caredBefore(all, i) ? undefined : told(s, withBefore);
  }
  return undefined;
}

/**
 * The answer's FIRST care is not after the wait: an earlier sentence already sends to care with no condition, no wait
 * and no negation ("建议去心内科做个心电图和心脏彩超。如果…一两个月后还不缓解，再去医院做个冠脉CT"; "He needs to be checked by
 * a doctor. If the scans are clear but…") — the later step is a follow-up (review s33, cp-b08, cp-b34).
 */
function caredBefore(all: string[], i: number): boolean {
  return all
    .slice(0, i)
    .some((p) => namesCare(p) && SENDS.test(p) && !CONDITION.test(p.replace(MEANS, ' ')) && !WAIT_EN.test(p) && !WAIT_ZH.test(p) && !NOT_SENT.test(p));
}
// A sentence that sends someone (advice form), not one that explains what a diagnosis needs.
const SENDS =
  /\b(?:see|go|get|take|book|make|visit|call|contact|ask|arrange|needs? to (?:be )?(?:seen|checked|examined|assessed|see|go)|should (?:be )?(?:see|go|seen|checked|get))\b|建议|应该|需要|最好|请|(?:要|可以|先)(?:去|到|找|挂)/iu;
// Care named only to deny or defer it ("no need to see a doctor", "不用急着去医院"), or told as past / another's story.
const NOT_SENT =
  /\b(?:no|not|never|without|needn't)\b|n't\b|\b(?:suggested|told|advised|said|was|were|had)\b|不用|不必|没必要|不需要|无需|不要|别|没有?|未|曾|以前|当时/iu;
const NEGATED_WAIT =
  /\b(?:don't|do not|never|no need to|needn't|shouldn't|should not|mustn't|must not|not)\s+(?:just\s+|simply\s+)?(?:wait|hold off|put (?:it|this|that) off|leave it)\b|(?:不要(?!紧)|别|千万不要|千万别|不能|不可以?|不宜|不用|不必|没必要)[^，。；,;.]{0,3}(?:等|拖|观察)/iu;
const AFTER_TREATMENT =
  /\bafter\s+(?:you\s+)?(?:finish\w*|complet\w*|stop\w*|the end of)\b[^.;]{0,30}\b(?:course|treatment|antibiotics?|tablets|medicines?|medication|therapy)\b|\b(?:course|treatment|antibiotics?|therapy)\s+(?:is|are|has|have)\s+(?:been\s+)?(?:finished|completed|over|ended)\b|疗程(?:结束|完成|后)|(?:治疗|用药|吃完药|服药|停药)[^，。；,;.]{0,4}后|药吃完/iu;

function told(s: string, withWait = s): DeferredCare {
  return { span: trimSpan(s), long: LONG_WAIT.test(withWait) };
}

/** Care named (the compliance verifier's referral words), or an appointment, a check-up, a named clinic (肛肠科). */
function namesCare(s: string): boolean {
  return refersToCare(s) || OWN_CARE.test(s);
}
const OWN_CARE = /\b(?:appointment|check-?up|optician|optometrist|dentist|physio\w*|podiatrist)\b|\p{Script=Han}{1,2}科|挂号/iu;
const SCHEDULED_EN =
  /\b(?:book|make|schedule|arrange)\b[^.;]{0,60}\b(?:appointment|check-?up|visit|review)\b[^.;]{0,60}\b(?:in|within|over)\s+the\s+(?:coming|next|following)\s+(?:week|weeks|month|months|few\s+weeks)\b|\b(?:routine\s+(?:appointment|visit|check-?up)|next\s+(?:routine\s+)?check-?up)\b/iu;
const SCHEDULED_ZH =
  /(?<![超经度通])(?:过|等)[^，。；,;.]{0,6}(?:[一二两三几\d]+|一两|两三)(?:个)?(?:周|星期|礼拜|月)[^。；.;]{0,8}(?:找时间|有空|再)?(?:去|到|看|挂)/u;
const ADVISES_ZH = /如果|若|要是|假如|再(?:去|到|看|复查|检查|跟|找)|建议|可以|找时间|(?:等|过)[^，。；,;.]{0,8}(?:再|才|去)/u;
const FOLLOW_UP = /复查|复诊|随访|\bre-?(?:check|test|scan)\w*|\bfollow[- ]?up\b|\brepeat\w*/iu;
const NOT_BETTER_ZH = /(?:还|仍|仍然|依然|都|效果|一直|[周月天])(?:不|没有?)(?:好|见好|缓解|好转|消退|消失|退)|(?:不|没有?)(?:见好|缓解|好转|消退|消失|退)/u;
const NOT_BETTER_EN =
  /\b(?:if|when|once|should)\b[^.;]{0,60}\b(?:persist\w*|continu\w*|(?:has|have|is|are)n't|has not|have not|does not|doesn't|do not|don't|still|not (?:better|improv\w*|settl\w*|gone|resolv\w*)|last\w*)\b/iu;
const ALTERNATIVES = /\bor\b|\bany\b|\bunless\b|或者?|或是|还是|、|以及/iu;
