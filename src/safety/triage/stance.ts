// Stance: what the message is doing with its symptoms, apart from which symptoms it names. Three readings, each
// from the structure of the message rather than from a list of look-alike stories:
//   intent    'information' when the question is about general knowledge, preparing, or preventing a recurrence
//             ("以后怎么预防", "what's the first aid if someone…", "how do I stop it happening again"), else 'episode';
//   temporal  'resolved' when a resolution statement ("半小时就好了", "then fine", "back to normal") comes after the
//             last sign of an ongoing or worsening course, 'past' when the events sit in a past time frame and nothing
//             is anchored now, else 'current';
//   reassurance  the kinds of reassuring evidence the user gave: discriminators they explicitly denied ("no fever, no
//             stiff neck" → denied signs counted by the sign layer), normal function (eating, playing, walking),
//             a brief self-limited course ("for a second", "几秒"), a named benign trigger (hangover, standing up fast).
// triage.ts uses the stance to gate the learned model's raises and the safety net, and to keep general questions and
// prevention questions about an episode that is over out of emergency and urgent care; the model reads it as features.
import { NOW_SYMPTOM_ZH, TURN_TO_NOW } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';

export type Intent = 'information' | 'episode';
export type Temporal = 'current' | 'resolved' | 'past';
export type ReassuranceKind = 'denied' | 'function' | 'brief' | 'benignCause' | 'settled';

export interface Stance {
  intent: Intent;
  temporal: Temporal;
  reassurance: ReassuranceKind[];
  /** How many distinct discriminators the user explicitly denied. */
  denied: number;
  /** A past or settled condition told beside signs told after a turn to now (signAfterTurn): the episode is current, and
   *  the learned reader, which reads the history's words and not the turn, may not lower it (triage.ts). */
  pastBeside?: boolean;
}

/** Asking to learn, to prepare, or to prevent next time: the answer is knowledge, not a disposition. */
const INFORMATION =
  /(?:以后|下次|平时|今后|将来)[^。？?]{0,12}(?:怎么|如何|怎样|要|该)[^。？?]{0,8}(?:预防|防止|避免|注意|办)|怎么防止|如何防止|怎样防止|怎么预防|如何预防|怎样预防|想学|学一下|学习一下|培训|课程|科普|急救知识|(?:应该|要)怎么急救|怎么急救|\bhow (?:do|can|should) (?:i|we|you) (?:stop|prevent|avoid) (?:it|this|that|them)?\s*(?:from )?(?:happening|coming back|again)|\bhow (?:do|can|should) (?:i|we|you|one|people) (?:prevent|avoid)\b|\bhow to (?:prevent|avoid)\b|\bprevent(?:ing)? (?:it|this|another|a repeat|future)\b|\bwhat(?:'s| is) the first aid\b|\bfirst aid (?:for|if)\b|\b(?:course|class|training) at work\b|\bdoing a (?:course|class)\b|\bwhat should (?:i|you|we|one) do if (?:someone|a person|somebody|it happens)\b|\bif (?:someone|somebody|a person) (?:gets?|has|is)\b|如果有人|假如有人|要是有人|有人[^，。]{0,6}(?:应该|该|要)怎么/i;

/** The episode is over: a resolution after the events. */
const RESOLVED =
  /(?:现在|目前|后来|然后|很快|马上)[^，。]{0,4}(?:没事|好了|正常了?|恢复|缓过来|不疼了|不流了|止住|退了)|(?:半小时|一会儿?|[一二两三四五六七八九十几半\d]+(?:分钟|秒钟?|个?小时))(?:后|以后)?[^，。]{0,4}(?:就)?(?:好了|缓过来|恢复|没事)|现在没事|已经好了|\b(?:then|now|and) (?:fine|ok|okay|normal|better)\b|\bback to normal\b|\b(?:fully|completely) (?:back to normal|recovered|fine)\b|\bgone now\b|\bwent away\b|\bsettled (?:down|now)?\b|\bits settling\b|\bsettling\b|\bstopped (?:bleeding|by itself|on its own)\b|\bbleeding stopped\b|\bresolved\b/i;

/** Still going or getting worse: a resolution before this does not end the episode. */
const ONGOING =
  /越来越|还在|一直(?:在)?[^，。]{0,3}(?:疼|痛|吐|喘|流|出血|抽)|又(?:开始|来了|犯了)|加重|止不住|\bstill\b|\bgetting worse\b|\bworse and worse\b|\bagain (?:now|today)\b|\bkeeps? (?:coming|happening|getting)\b|\bwon'?t stop\b|\bnot stopping\b/gi;

/** A past time frame for the events ("去年", "5 yrs ago", "when I was diagnosed"). */
const PAST_FRAME =
  /去年|前年|\d+\s*年前|[一二两三四五六七八九十几多]+年前|几个月前|上个月|小时候|以前|曾经|那次|\blast (?:year|month)\b|\b\d+ (?:yrs?|years?|months?) ago\b|\bwhen i was diagnosed\b|\bback in\b|\byears ago\b|\bas a (?:child|kid)\b/i;
/** An anchor in the present that a past frame cannot cover. */
const NOW_ANCHOR = new RegExp(
  `刚才|刚刚|正在|${NOW_SYMPTOM_ZH}|今天|今早|今晚|昨晚|半夜|\\bright now\\b|\\bjust now\\b|\\btoday\\b|\\btonight\\b|\\bthis (?:morning|evening|afternoon)\\b|\\b(?:an?|\\d+) (?:hours?|minutes?|mins?) ago\\b`,
  'i',
);

const FUNCTION =
  /能吃能喝|能吃能玩|能吃能睡|吃喝正常|精神(?:头)?(?:挺|很|还)?好|活蹦乱跳|人清醒|睡眠还行|\b(?:eating|feeding)(?: and drinking)?(?: fine| well| normally)?,? (?:and )?(?:playing|drinking)\b|\beating and drinking\b|\bhe'?s eating\b|\bshe'?s eating\b|\bplaying\b|\bcan walk (?:around )?fine\b|\bbreathing (?:fine|normally|ok)\b|\bhappy and\b|\bnormal self\b/i;
const BRIEF = /几秒钟?|一下子?就好|一会儿就好|\bfor a (?:second|sec|moment|few seconds)\b|\bfew seconds\b|\bthen fine\b/i;
const BENIGN_CAUSE =
  /喝多了|宿醉|蹲久了|站起来[^，。]{0,4}(?:头晕|眼前发黑)|搬家|按着疼|一按就疼|\bhangover\b|\btoo much (?:wine|beer|alcohol|to drink)\b|\bbig night out\b|\bstand(?:ing)? up (?:too )?(?:fast|quickly)\b|\bafter (?:a long day|too much)\b|\bon the laptop\b|\bbumped\b/i;
const SETTLED = /缓解了|好多了|好些了|退了|止住了|\bsettling\b|\bmuch better\b|\bhelped\b/i;

/** A sign told in the clause a turn opens, after `from`: the history or the resolution before it does not cover it. A
 *  sign in a later clause is not read as turned ("现在已经出院回家了，右手还有点没劲" is a residual of the history). */
function signAfterTurn(text: string, from: number, signStarts: readonly number[]): boolean {
  for (const m of matchesOf(TURN_TO_NOW, text)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const rest = text.slice(at).search(/[，,。.;；!?！？\n]/);
    const end = rest < 0 ? text.length : at + rest;
    if (signStarts.some((s) => s > at && s < end)) return true;
  }
  return false;
}

/** The history named as one of a series the present belongs to: recovered from the first one, worse or the same as last
 *  time (跟上次一样, 比上次). The past frame covers the event it names, and the present is another of them. A first one
 *  merely compared ("her first one was milder") is no recovery told and proves no new one. */
const SERIES =
  /\b(?:recovered|got better|was (?:fine|ok|okay)|bounced back)\b[^.?!]{0,20}\b(?:from|after) (?:the|his|her|my|their) (?:first|previous|earlier|last|other) one\b|\b(?:than|like|as) (?:the )?last (?:time|one)\b|(?:跟|和|像)上次一样|比上次/i;

/** A sign in a sentence with no past frame of its own, in a message that names its history as one of a series (SERIES):
 *  "Dad had a stroke 2 yrs ago. face drooping, slurred speech. he recovered fine from the first one tho" (session-12
 *  review: the reader, reading the history, lowered it to routine). */
function signBesideSeries(text: string, signStarts: readonly number[]): boolean {
  if (!SERIES.test(text)) return false;
  for (const m of matchesOf(/[^.?!。？！\n]+/g, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!PAST_FRAME.test(m[0]) && !SERIES.test(m[0]) && signStarts.some((s) => s >= start && s < end)) return true;
  }
  return false;
}

/** `abnormalNow`: the message gives an abnormal vital sign or lab value, which a past frame cannot cover.
 *  `signStarts`: where the sign layer found its affirmed signs; one told after a turn from the past frame or the
 *  resolution (signAfterTurn) keeps the episode current — a past condition named beside present symptoms is context. */
export function readStance(text: string, deniedSigns: number, abnormalNow = false, signStarts: readonly number[] = []): Stance {
  const intent: Intent = INFORMATION.test(text) ? 'information' : 'episode';
  let temporal: Temporal = 'current';
  const resolvedAt = lastIndex(RESOLVED_G, text);
  const ongoingAt = lastIndex(ONGOING, text);
  const pastAt = lastIndex(PAST_FRAME_G, text);
  let pastBeside = false;
  if (resolvedAt >= 0 && resolvedAt > ongoingAt) {
    pastBeside = signAfterTurn(text, resolvedAt, signStarts);
    temporal = pastBeside ? 'current' : 'resolved';
  } else if (pastAt >= 0 && !NOW_ANCHOR.test(text) && ongoingAt < 0 && !abnormalNow) {
    pastBeside = signAfterTurn(text, pastAt, signStarts) || signBesideSeries(text, signStarts);
    temporal = pastBeside ? 'current' : 'past';
  }
  const reassurance: ReassuranceKind[] = [];
  if (deniedSigns >= 2) reassurance.push('denied');
  if (FUNCTION.test(text)) reassurance.push('function');
  if (BRIEF.test(text)) reassurance.push('brief');
  if (BENIGN_CAUSE.test(text)) reassurance.push('benignCause');
  if (SETTLED.test(text)) reassurance.push('settled');
  return pastBeside ? { intent, temporal, reassurance, denied: deniedSigns, pastBeside } : { intent, temporal, reassurance, denied: deniedSigns };
}

const INFORMATION_G = new RegExp(INFORMATION.source, `${INFORMATION.flags}g`);
/** The text without its information-seeking frames ("how do we prevent…"), whose pronouns name no patient. */
export const withoutQuestionFrames = (text: string): string => text.replace(INFORMATION_G, ' ');

const RESOLVED_G = new RegExp(RESOLVED.source, `${RESOLVED.flags}g`);
const PAST_FRAME_G = new RegExp(PAST_FRAME.source, `${PAST_FRAME.flags}g`);

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of matchesOf(re, text)) at = m.index ?? at;
  return at;
}

/** Named features for the learned model. */
export function stanceFeatures(s: Stance): string[] {
  return [`st:${s.intent}`, `st:${s.temporal}`, ...s.reassurance.map((r) => `rs:${r}`), ...(s.reassurance.length >= 2 ? ['rs:many'] : [])];
}
