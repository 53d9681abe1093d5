// The frame a danger is told in (session 16): a message can name an emergency's words without anyone being in danger
// now — a prevention question about a hazard heard of ("听说小孩吞了很危险，怎么做好防护？"), the writer's own event long
// over ("I took an overdose when I was 19 … I'm in a really good place now"), a question of knowledge about someone
// else's warning signs asked by a writer who says they have none ("What does it mean if chest pain spreads to your left
// arm? I don't have any pain myself"), or an unwanted intrusive thought of harm the writer fears (OCD-type: "a sudden
// horrible image of pushing someone… I have zero desire to"). Each reading is a positive local reading of a stretch
// (a claim), never a phrase list of one batch: a frame (hearsay, a distant time, a denial, an unwanted thought) and what
// makes it hold (a prevention ask, a resolution now, a knowledge question, a rejection and a question what it is).
// Nothing is hidden from the readers: the caller (triage.ts) asks only when no present danger reading holds, and the
// level is lowered only when every finding behind it sits in a claim and the rest of the message, read again by the
// same readers (the floor, as in lowering.ts), is lower on its own. Pure.
import { NOW_SAID } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import type { TriageLevel } from '../types.js';
import type { Claim, Floor } from './lowering.js';
import type { SignId } from '../red-flags/signs.js';
import type { SignHit } from './sign-scan.js';

export type FrameReading = 'prevention' | 'pastOver' | 'knowledge' | 'intrusive';

export interface FrameClaim extends Omit<Claim, 'reading'> {
  reading: FrameReading;
}

/** A sentence with its closing stops (Chinese clauses stay inside their sentence). */
const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;
const sentencesOf = (text: string): readonly RegExpMatchArray[] => matchesOf(SENTENCE, text);
const claimOf = (reading: FrameReading, m: RegExpMatchArray): FrameClaim => ({ reading, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

/** An act told as happening to someone now or just now: no frame holds over it. */
const HAPPENING_NOW =
  /刚才|刚刚|正在|现在(?!(?:很|挺|都|已经)?好)|还在|\bjust (?:now|swallowed|took|drank|ate|had|fell|collapsed)\b|\bright now\b|\bcurrently\b|\b(?:is|are) (?:now )?(?:having|choking|bleeding|fitting|unconscious|not breathing)\b/i;

// ── prevention: a hazard heard of, and how to guard against it ─────────────────────────────────────────────────────
/** Asking how to prevent or guard against something. */
const PREVENT_ASK =
  /(?:怎么|怎样|如何|该怎么|要怎么)(?:做好?|才能)?(?:防护|预防|防止|避免|防范|防)|(?:预防|防护|防范)(?:措施|方法|办法)|\bhow (?:do|can|should|would) (?:i|we|you|parents) (?:prevent|stop|avoid|protect|keep|make sure|childproof|baby-?proof)\b|\b(?:child|baby)-?proof(?:ing)?\b|\bwhat precautions\b|\bhow to (?:prevent|avoid|protect|keep (?:\w+ ){0,3}(?:safe|away))\b/i;
/** The hazard told as hearsay or a possibility: heard, read, said to be dangerous, could, if. */
const HEARSAY =
  /听说|据说|听人说|网上说|新闻(?:上|里)?(?:说|看到)|看到(?:新闻|报道|文章)|万一|如果|要是|\bi(?:'ve| have)? (?:heard|read|seen)\b|\bapparently\b|\b(?:they|people) say\b|\bif (?:a|my|the|our|your) (?:child|kid|toddler|baby|son|daughter)\b|\bcould\b|\bcan be (?:dangerous|deadly|fatal)\b/i;

/** An act told of someone: swallowed, drank, ate, got into (吞了, 喝了, 误食). Outside the hearsay it is an event. */
const ACT_TOLD =
  /(?:吞|吃|喝|舔|咬)(?:了|下|进|过)|误(?:食|服|吞|喝)|\b(?:swallowed|ate|eaten|drank|drunk|took|has taken|got into|licked|chewed|bit into|inhaled|sniffed)\b/i;

function preventionClaims(text: string): FrameClaim[] {
  if (!PREVENT_ASK.test(text)) return [];
  // The sentences naming the hazard as hearsay or a possibility, none telling an act happening now; any other sentence
  // that tells an act or a now makes it an event, not a prevention question ("…how do I prevent damage? He just
  // swallowed one").
  const sentences = sentencesOf(text);
  const hearsay = sentences.filter((m) => HEARSAY.test(m[0]) && !HAPPENING_NOW.test(m[0]));
  if (sentences.some((m) => !hearsay.includes(m) && (ACT_TOLD.test(m[0]) || HAPPENING_NOW.test(m[0])))) return [];
  return hearsay.map((m) => claimOf('prevention', m));
}

// ── pastOver: the event at a distant past time, said to be over now ────────────────────────────────────────────────
/** A time years back: "when I was 19", "8 years ago", "in 2015", 小时候, 三年前, 上大学的时候. */
const YEARS_BACK =
  /\bwhen (?:i|he|she) was (?:\d{1,2}|a (?:kid|child|teen(?:ager)?|student|baby))\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years ago\b|\bin (?:19|20)\d\d\b|\bas a (?:kid|child|teen(?:ager)?)\b|(?:\d+|[两三四五六七八九十几多]+)年前|小时候|(?:上)?(?:初中|高中|大学)(?:的)?时候|那年/i;
/** Over now, said of it: recovered, well since, in a good place now, never again. */
const OVER_NOW =
  /\bin a (?:really |very |much )?(?:good|great|better) place now\b|\b(?:doing|been) (?:really |very )?(?:well|great|fine|good) (?:now|since|ever since)\b|\bfully recovered\b|\b(?:haven'?t|have not|never) (?:had|done|felt) (?:one|any|it|that|anything like (?:that|it)) (?:since|again)\b|\bno (?:problems|issues|episodes) since\b|现在(?:很好|挺好|都好|好了|一切正常|过得(?:很|挺)好)|早就好了|(?:之后|后来|从那以后)(?:一直)?(?:都)?(?:很好|挺好|没事|没再)|再也没(?:有)?(?:犯|发作|复发|这样)过?/i;
/** Going back to it: not over, whatever was said (also the self-harm reader's return to a past attempt). */
const NOT_OVER =
  /\bagain\b|\bcoming back\b|\bcame back\b|\blately\b|\brecently\b|\bthese days\b|\bthinking (?:about|of) (?:it|doing)\b|又|最近|这几天|这阵子|复发|再(?:次|一次)/i;

/** Now, said of anything but the resolution and the writer's age: "but now I have chest pain", 现在又. */
const NOW_BESIDE = /\bnow\b|\bcurrently\b|\btoday\b|\btonight\b|\bright now\b|\bthis (?:morning|week)\b|现在|目前|今天|刚才|刚刚|正在/i;
const AGE_NOW = /\(?\b(?:i'?m|i am|(?:he|she)(?:'s| is)) (?:\d{1,3}|now \d{1,3})(?: now)?\)?|(?:我|他|她)?现在\d{1,3}岁/gi;
const OVER_NOW_ALL = new RegExp(OVER_NOW.source, 'gi');

function pastOverClaims(text: string): FrameClaim[] {
  if (NOT_OVER.test(text)) return [];
  const out: FrameClaim[] = [];
  const sentences = sentencesOf(text);
  sentences.forEach((m, i) => {
    if (!YEARS_BACK.test(m[0])) return;
    // Said to be over in the same sentence or the next; the claim ends where the resolution is said, and nothing in it
    // besides the resolution and an age is told now ("… fine since, but now I have chest pain" is no history).
    const next = sentences[i + 1];
    const span = OVER_NOW.test(m[0]) ? m[0] : next && OVER_NOW.test(next[0]) ? text.slice(m.index ?? 0, (next.index ?? 0) + next[0].length) : null;
    if (span === null) return;
    const lastOver = matchesOf(OVER_NOW_ALL, span).at(-1);
    if (!lastOver) return;
    const end = (lastOver.index ?? 0) + lastOver[0].length;
    if (NOW_BESIDE.test(span.slice(0, end).replace(OVER_NOW_ALL, ' ').replace(AGE_NOW, ' '))) return;
    out.push({ reading: 'pastOver', start: m.index ?? 0, end: (m.index ?? 0) + end });
  });
  return out;
}

// ── knowledge: a question what a sign means, asked by a writer who says they have none ──────────────────────────────
/** A question of knowledge: what a sign means, what the warning signs are. */
const KNOWLEDGE_ASK =
  /\bwhat (?:does it|would it|do(?:es)?) (?:\w+ ){0,3}mean\b|\bwhat are (?:the )?(?:warning )?signs\b|\bwhat (?:is|are) the (?:warning )?signs?\b|\bwhat should (?:i|we) (?:watch|look) (?:out )?for\b|意味着什么|说明什么|是什么(?:原因|意思|征兆)|有(?:哪些|什么)(?:征兆|信号|预警|表现)/i;
/** The writer saying the sign is not theirs: "I don't have any pain myself", "not for me", 我自己没有. */
const NOT_MINE =
  /\bi (?:don'?t|do not) have (?:any|this|that|these|it|them|such)\b[^.?!,]{0,24}\bmyself\b|\b(?:it'?s|this is|asking) not (?:for|about) me\b|\bi(?:'m| am) (?:fine|well|ok(?:ay)?) myself\b|我自己(?:没有|并没有|没|不)(?:这|那)?(?:些|种|个)?(?:症状|情况|问题|不舒服|疼|痛)?|不是我(?:自己)?(?:有|疼|痛)/i;

function knowledgeClaims(text: string): FrameClaim[] {
  // Someone told having it now anywhere ("…but my dad has it right now") is an episode, whatever is asked.
  if (!NOT_MINE.test(text) || HAPPENING_NOW.test(text)) return [];
  return sentencesOf(text)
    .filter((m) => KNOWLEDGE_ASK.test(m[0]) && !NOT_MINE.test(m[0]) && !HAPPENING_NOW.test(m[0]) && !NOW_SAID.test(m[0]))
    .map((m) => claimOf('knowledge', m));
}

// ── intrusive: an unwanted thought of harm the writer fears (OCD-type), asked what it is ───────────────────────────
/** A thought or an image that comes unbidden. */
const INTRUSION =
  /\b(?:image|picture|thought|flash|vision|scene)s?\b[^.?!]{0,40}\b(?:of|about)\b|\bpops? into my head\b|脑子里[^，。]{0,6}(?:闪过|冒出|出现)|(?:闪过|冒出)[^，。]{0,10}(?:画面|念头|想法)|(?:画面|念头|想法)[^，。]{0,4}(?:闪过|冒出)/i;
/** The harm the thought is of: hurting, pushing, stabbing someone. */
const HARM_OF =
  /\b(?:push(?:ing)?|stab(?:bing)?|hurt(?:ing)?|harm(?:ing)?|hit(?:ting)?|drown(?:ing)?|strangl\w+|kill(?:ing)?|throw(?:ing)?)\b|伤(?:到|害)|推(?:下去|倒)|捅|砍|掐|杀/i;
/** The writer rejects it: no desire, would never, afraid of it, loves them, it disgusts them. */
const REJECTED =
  /\b(?:zero|no) (?:desire|intention|wish|urge)\b|\bwould never\b|\b(?:don'?t|do not|never) want to\b|\bmakes? me (?:feel )?(?:sick|ill|horrified)\b|\b(?:terrified|horrified|scared|frightened) (?:of|by|that)\b|绝对不(?:想|会)|不想这么做|从来不想|被吓到|吓到了|吓坏了|害怕(?:自己)?|我很爱(?:他们|她|他|孩子|家人)/i;
/** Asking what it is: is this OCD, am I dangerous, is it normal, which department. */
const WHAT_IS_IT =
  /\bocd\b|obsessive|intrusive|\bam i (?:a )?(?:dangerous|crazy|a bad person|going mad)\b|\bis (?:this|it|that) (?:normal|a thing|common)\b|\bdo other people (?:get|have)\b|强迫症|正常吗|挂什么科|看什么科|是不是(?:病|心理)/i;
/** Intent or an act against someone, or voices: no intrusion reading holds beside these. */
const ACTED_OR_COMMANDED =
  /\b(?:i|he|she) (?:did|have|had|'ve) (?:pushed|stabbed|hurt|hit|strangled)\b|\bplan(?:ning|ned)? to\b|\bgoing to (?:do it|hurt|kill)\b|\bvoices?\b|\btells? me to\b|已经(?:推|伤|打|捅)|计划|打算|声音(?:叫|让)我|有人(?:叫|让)我/i;

function intrusiveClaims(text: string): FrameClaim[] {
  if (!REJECTED.test(text) || !WHAT_IS_IT.test(text) || ACTED_OR_COMMANDED.test(text)) return [];
  return sentencesOf(text)
    .filter((m) => INTRUSION.test(m[0]) && HARM_OF.test(m[0]))
    .map((m) => claimOf('intrusive', m));
}

/** Every stretch of `text` (the normalised message) whose frame says it tells no one's danger now. */
export function frameClaimsIn(text: string): FrameClaim[] {
  return [...preventionClaims(text), ...pastOverClaims(text), ...knowledgeClaims(text), ...intrusiveClaims(text)];
}

export interface FrameInput {
  /** The normalised message. */
  text: string;
  /** The level before this step (urgent or emergency). */
  level: TriageLevel;
  /** Every sign hit the level may rest on, persons (a child, a pregnancy) included: each must sit in a claim. */
  hits: readonly SignHit[];
  /** The same readers on the rest of the message (claims blanked), without lowering. */
  floor: (rest: string) => Floor;
}

export interface Framed {
  level: TriageLevel;
  claims: FrameClaim[];
}

const RANK: Readonly<Record<TriageLevel, number>> = { routine: 0, urgent: 1, emergency: 2 };
/** An intrusive thought claims only the words of its onset ("a sudden image"): a symptom told in the same sentence
 *  ("…and my chest is tight now") is no thought. */
const THOUGHT_SIGNS: ReadonlySet<SignId> = new Set<SignId>(['suddenOnset']);
const within = (h: SignHit, c: FrameClaim): boolean => h.start >= c.start && h.end <= c.end && (c.reading !== 'intrusive' || THOUGHT_SIGNS.has(h.sign));

/** `text` with the claimed stretches blanked (offsets kept). */
export const withoutFrames = (text: string, claims: readonly FrameClaim[]): string =>
  claims.reduce((out, c) => out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end), text);

/** The level the rest of the message holds when every finding sits in a frame of no present danger; null when it
 *  stands. The rest must be lower to every reader (rules, a red flag told now, the learned reader's own opinion). */
export function lowerByFrame(input: FrameInput): Framed | null {
  const claims = frameClaimsIn(input.text);
  if (claims.length === 0) return null;
  if (!input.hits.every((h) => claims.some((c) => within(h, c)))) return null;
  const rest = withoutFrames(input.text, claims);
  const floor = input.floor(rest);
  if (floor.presentFinding || floor.level === 'emergency' || floor.reader === 'emergency') return null;
  if (RANK[floor.level] >= RANK[input.level]) return null;
  return { level: floor.level, claims };
}
