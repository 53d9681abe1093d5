// The frame a death or self-harm statement is told in (session 19, #19). The screen (suicide.ts) reads the words of a
// wish — 想死, "kill myself", "want to die", "suicide" — and grades them; it cannot tell who wishes, when, or whether
// anyone wishes at all. Most over-calls at first sight are the same words in another MODE: a figure of speech with a
// trivial cause (热气到想死, "if I have to sit through one more meeting I'm literally going to kill myself lol"), an
// unwanted thought the writer fears (a flash of stepping in front of the train, "I DON'T want to die"), a work of fiction
// or a carer's question (13 Reasons Why, "how do I talk to her about it"), an attempt long over ("when I was 19. I'm 34
// now and doing really well"), a passive wish with no plan ("I don't have a plan and I wouldn't actually do anything").
// Each mode is read from a small closed grammar of the sentence — degree and conditional constructions, laughter and
// emoji, thought nouns with a rejection, media nouns, support verbs with the wish as their topic, a distant time with a
// resolution now, a denial of a plan — never from a batch's words. A reading claims only the statement's own words.
// The hard floor is read first, on the whole message, by the caller (triage.ts): a plan stated with a means or a time
// (stated-plan.ts), an act done (present-self-harm.ts), an overdose — nothing here lowers those. The rest of the
// message, the claims blanked, is read again by every reader (the floor); a claim lowers only when the rest carries no
// risk at all. A passive wish with no plan is lowered to same-day care with the crisis line, never below. Pure.
import { matchesOf } from '../red-flags/match.js';
import type { TriageLevel } from '../types.js';
import { HEAD_AGREES, READER_ONLY_BAR } from './crisis-line.js';
import { PAST_ATTEMPT } from './self-harm-reader.js';
import { LEX, screenSuicide } from './suicide.js';
import { STRAIN } from './taken-back.js';

export type SelfHarmFrame = 'hyperbole' | 'intrusive' | 'media' | 'support' | 'pastOver' | 'wish';

export interface SelfHarmClaim {
  frame: SelfHarmFrame;
  start: number;
  end: number;
}

/** A statement: a sentence, or a Chinese clause set off by spaces or commas (messages typed without stops). */
const STATEMENT = /[^.?!。？！\n；;，,]+(?:[，,](?=[^.?!。？！\n]*$))?|[^.?!。？！\n]+/g;
const SENTENCE = /[^.?!。？！\n]+/g;
/** A Chinese clause: up to a stop, a comma or a space between Han characters. */
const ZH_CLAUSE = /[^.?!。？！\n；;，,\s]+/g;

/** The words of a wish to die or of self-harm (the figure). */
const FIGURE =
  /\b(?:(?:literally |just |actually |gonna |going to |will |i'?ll |could )?kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)|kms|(?:want(?:s|ed)?|wanna|gonna|going) (?:to )?die|end (?:it all|my life)|suicid\w*|self[- ]?harm\w*|unalive|(?:jump(?:ing)?|step(?:ping)?|throw(?:ing)?) (?:myself )?(?:off|in front of)(?: (?:the|a|this) \w+)?|(?:wish|wished|want) (?:i|to) (?:could )?(?:just )?(?:not|never) wake up|(?:would be )?better off without me|tired of (?:living|life|being alive))\b|想死(?![你您他她咱])|去死|不想活(?:了)?|死了算了|自杀|轻生|寻死|跳下去|跳楼|跳河|自残|割腕|(?:不想|不要|别)(?:再)?醒(?:来|过来)?|醒不来就好|不醒来就好|活着(?:好累|太累|没(?:什么|啥)?意思|没(?:什么|啥)?意义)/gi;

// ── hyperbole: a figure of speech with a trivial cause ────────────────────────────────────────────────────────────
/** Degree: the figure is the degree of something else (热气到想死, 痛得想死, 想死的心都有了, "this X is killing me"). */
const DEGREE_BEFORE = /(?:到|得)(?:我)?(?:真的)?$/;
const STOCK_IDIOM = /想死的心都有|\bis killing me\b|\bdying of (?:embarrassment|boredom|laughter)\b/i;
/** Conditional on an everyday event: "if I have to sit through one more", 再…就, 要是再. */
const TRIVIAL_CONDITION =
  /\bif (?:i|we) (?:have to|hit|get|hear|see|sit|do|watch|eat|read|go)\b[^.?!]{0,60}\b(?:one more|another|again)\b|(?:要是|如果)?再[^，。\s]{0,10}(?:我)?就/i;
/** Laughter or an exaggeration emoji beside the figure. */
const LAUGH =
  /哈哈|呵呵|笑死|开玩笑|😂|🤣|🙃|💀|😭|😅|🤪|😩|🥲|\bha(?:ha)+\b|\bhaha\w*|\blol\w*\b|\blmf?ao\b|\bjk\b|\b(?:just )?(?:kidding|joking)\b|\brofl\b/i;
/** A death idiom of strain already used as an intensifier (累死, 烦死, "bored to death"): the writer speaks in figures. */
const STRAIN_IDIOM = /(?:累|烦|热|困|忙|气|饿|闷|攰|痛|疼|笑)死(?:了|我了)?|\b(?:bored|tired|scared|worried) to death\b/i;
/** A turn to another question after the figure: a question, "anyway", "also", 有没有, 推荐, 怎么. */
const TURN =
  /[?？]|\b(?:anyway|also|btw|but seriously|actual(?:ly)? question|real question|what(?:'s| is|s)?|which|how|is it|should i|can i|any)\b|有没有|推荐|怎么|怎样|吗|呢|好啊|好吗|咩|点样|啊$/i;
/** A method or a place named in the figure itself. */
const METHOD = /\b(?:jump\w*|step\w*|throw\w*|hang\w*|drown\w*|overdos\w*|off|in front of)\b|跳|上吊|割腕|服毒|农药/i;
/** Lasting or recurring: a wish that keeps coming is ideation, not a figure of the moment. */
const LASTING =
  /一直|总是|老是|经常|常常|最近|这段时间|这阵子|每天|天天|每晚|每次|每回|每当|反复|\b(?:keep|kept|always|often|lately|constantly|all the time|every \w+|each (?:time|day|night|shift)|whenever|for (?:weeks|months)|been thinking)\b/i;
/** What no figure is said of: life, living, everything, loneliness, grief — the wish itself. */
const NEVER_TRIVIAL =
  /活着|活下去|人生|生活|一切|抑郁|孤独|寂寞|失恋|分手|去世|没意思|想念|想他|想她|\b(?:life|living|alive|existing|everything|depress\w*|lonel\w*|alone|grief|griev\w*|heartbr\w*|break-?up|empty|hopeless|worthless|missing (?:him|her|them|you|my))\b/i;

const LASTING_ALL = new RegExp(LASTING.source, 'gi');

/**
 * The lasting word's SCOPE in a degree construction (session 37, triage-ba ba029 这周天天加班加到想死 哈哈 … 怎么补觉):
 * 天天 there governs the strain verb the figure is the degree of (天天加班 … 到想死), not the wish (天天想死, 最近总是想死).
 * Read so only when every lasting word of the clause stands before the figure with a named everyday strain (STRAIN)
 * after it and before the 到/得, a laugh is beside the figure and the message turns to another question; a lasting word
 * right before the wish, or with no strain named after it (最近每天都痛苦到想死), keeps the wish lasting.
 */
function lastingOfStrain(clause: string, fig: string, laughed: boolean, turned: boolean): boolean {
  const figAt = clause.indexOf(fig);
  if (figAt < 0 || !laughed || !turned || !DEGREE_BEFORE.test(clause.slice(Math.max(0, figAt - 3), figAt))) return false;
  const hits = [...clause.matchAll(LASTING_ALL)];
  return hits.length > 0 && hits.every((h) => (h.index ?? 0) + h[0].length <= figAt && STRAIN.test(clause.slice((h.index ?? 0) + h[0].length, figAt)));
}

function hyperbole(text: string, fig: RegExpMatchArray, clause: string, sentence: string): boolean {
  const at = fig.index ?? 0;
  const before = text.slice(Math.max(0, at - 3), at);
  const after = text.slice(at + fig[0].length);
  const laughed = LAUGH.test(clause) || LAUGH.test(after.slice(0, 12));
  const turned = TURN.test(after);
  if ((LASTING.test(clause) && !lastingOfStrain(clause, fig[0], laughed, turned)) || NEVER_TRIVIAL.test(sentence)) return false;
  const degree = DEGREE_BEFORE.test(before) || STOCK_IDIOM.test(sentence);
  const conditional = TRIVIAL_CONDITION.test(sentence);
  const idiom = STRAIN_IDIOM.test(text.replace(fig[0], ' '));
  // A degree construction is a figure by its grammar; a cause named (an everyday strain, a condition on one more of it,
  // a death idiom of strain) needs the laugh or the turn to another question beside it; a laugh alone ("i want to die
  // lol"), or a cause no strain word names ("my landlord's emails make me want to…"), is no figure; nor is a figure
  // that names a method or a place ("jump off a roof", 跳楼) — review s11e.
  const cause = conditional || idiom || STRAIN.test(sentence);
  return !METHOD.test(fig[0]) && (degree || (cause && (laughed || turned)));
}

// ── intrusive: an unwanted thought of harm the writer fears ──────────────────────────────────────────────────────
const THOUGHT =
  /\b(?:thoughts?|images?|flash(?:es)?|pictures?|urges?|impulses?|visions?|scenes?)\b|\bpops? into my head\b|\bin my head\b|念头|画面|想法|冲动|闪过|冒出/i;
const HARM_ACT = /\b(?:jump\w*|step\w*|push\w*|stab\w*|hurt\w*|harm\w*|drown\w*|throw\w*|drop\w*|strangl\w*)\b|跳下去|跳|推|摔|捅|掐|扔|伤害/i;
const REJECTED =
  /\b(?:don'?t|do not|never) (?:want|wanna)\b|\bwould(?:n'?t| never)\b|\b(?:terrif|horrif|scar|frighten)\w*|\bi love (?:my|him|her|them)\b|不想死|不想这么做|一点都不想|绝对不(?:想|会)|吓(?:坏|到|死)|害怕|很爱|不敢/i;
/** An act, voices or a plan beside the thought: no intrusion. */
const ACTED_OR_COMMANDED =
  /\b(?:i|he|she) (?:did|have|had|'ve|actually) (?:pushed|stabbed|hurt|hit|strangled|cut|jumped)\b|\bvoices?\b|\btells? me to\b|\bplan(?:s|ned|ning)? to\b|已经(?:推|伤|打|捅|割)|真的(?:推|掐|割|跳|爬)|声音(?:叫|让)我|计划|打算/i;
const NOW_HERE =
  /\bright now\b|\bat the moment\b|\bcurrently\b|\b(?:i'?m|i am) (?:on|at|standing|sitting|up)\b|此刻|正在|刚才|刚刚|现在(?:已经|就)?(?:站|坐|爬|在)/i;

/** A place told as a habit's trigger ("every time I'm on the platform"), not as where the writer is now. */
const HABIT_EN = /\b(?:every time|whenever|each time|when|if)\s+(?:i'?m|i am)\b/gi;

function intrusive(text: string, sentence: string): boolean {
  const now = NOW_HERE.test(text.replace(HABIT_EN, ' '));
  return THOUGHT.test(sentence) && HARM_ACT.test(sentence) && REJECTED.test(text) && !ACTED_OR_COMMANDED.test(text) && !now;
}

// ── media and support: the wish as the topic of a story or of a carer's question ────────────────────────────────────
const MEDIA =
  /《[^》]{1,20}》|\b(?:show|series|tv|film|movie|documentary|book|novel|episode|netflix|news|article|song|character|play|season|13 reasons why|hamlet|romeo)\b|电视剧|电影|小说|纪录片|新闻|剧里|剧中|书里|书中|动漫|漫画|角色|主角|报道/i;
/** The wish as a topic: talked about, asked about, the signs of. */
const TOPIC_BEFORE = /\b(?:about|regarding|on|of|re)\s+(?:\w+\s+)?$|关于$|(?:聊|谈|讲|说|问)(?:了|起|到)?(?:很多)?(?:关于)?$|(?:什么是|的)$/i;
const SUPPORT_ASK =
  /\bhow (?:do|can|should|would) (?:i|we) (?:talk|speak|bring (?:it|this) up|approach|support|help|tell (?:if|whether)|know (?:if|whether)|ask|raise|explain|answer)\b|\bhow to (?:talk|support|help|approach|bring)\b|\bwhat (?:should|do|can) (?:i|we) say\b|\bwarning signs\b|怎么(?:跟|和|与|对)?[^，。？\s]{0,6}(?:聊|谈|说|沟通|开口|劝|帮|陪|解释|回答)|如何(?:帮助|支持|陪伴|沟通|开口)|该怎么(?:办|说|聊|做)/i;
/** The person the carer asks about is said to be well, or to have said nothing of it. */
const SAID_WELL =
  /\b(?:seems?|is|looks?) (?:ok|okay|fine|happy|well|alright|all right)\b|\bok in (?:her|him|them)sel(?:f|ves)\b|\bhas(?:n'?t| not) said anything\b|\bno sign\b|状态(?:挺|还|很)?好|挺好的|没(?:有)?说过|很开心|正常/i;

// ── pastOver: an attempt at a distant time, over now ────────────────────────────────────────────────────────────────
const YEARS_BACK =
  /\bwhen (?:i|he|she) was (?:\d{1,2}|a (?:kid|child|teen(?:ager)?|student))\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years ago\b|\b(?:back )?in (?:19|20)\d\d\b|\bas a (?:kid|child|teen(?:ager)?)\b|\bat (?:uni|university|college|school)\b|(?:\d+|[两三四五六七八九十几多]+)年前|小时候|(?:\d{1,2}|[一二三四五六七八九十]{1,3})岁(?:的)?(?:时候|那年)|(?:上)?(?:初中|高中|大学)(?:的)?时候/i;
const OVER_NOW =
  /\b(?:in a (?:really |very |much )?(?:good|great|better) place|doing (?:really |very |so )?(?:well|great|fine|good)|(?:been )?(?:well|fine|good) (?:since|ever since|for years)|fully recovered|no (?:problems|issues|episodes) (?:since|for years)|happily married)\b|现在(?:生活)?(?:很好|挺好|都好|好了|过得(?:很|挺)好|一切正常)|生活(?:很|挺)好|早就好了|(?:之后|后来|从那以后)(?:一直)?(?:都)?(?:很好|挺好|没事)/i;
const NOT_OVER = /\bagain\b|\blately\b|\brecently\b|\bthese days\b|\bthinking (?:about|of) (?:it|doing)\b|又|最近|这几天|这阵子|复发|再(?:次|一次)/i;
/** A contrastive turn: what follows it is the REST, not the past figure nor the figure of speech (review s19 N1). */
const CONTRAST = /\b(?:but|though|although|however|still|yet)\b|不过|但是|可是|还是|然而|只是/i;
/** What in the rest blocks a past-over or hyperbole lowering (review s19 N1/N2): a wish, intent or thought of dying, a
 *  lethality or method question, a burden or absence statement. The frame claims only the figure in its own clause;
 *  these in the rest are the writer's present risk, whatever the frame around the first figure. */
const REST_RISK = new RegExp(
  [
    FIGURE.source,
    String.raw`\b(?:fastest|quickest|easiest|painless(?:ly)?|surest|best|simplest|least painful|most painless)\b[^.?!]{0,24}\b(?:ways?|methods?|means)\b[^.?!]{0,12}\b(?:die|go|end|kill|do it)\b`,
    String.raw`\b(?:ways?|methods?) to (?:die|go|end (?:it|my life)|kill)\b|\bhow (?:to|do (?:i|you|people)|can (?:i|you|someone)|would (?:i|you)) (?:die|kill|end it|overdose)\b`,
    String.raw`\bhow (?:long|much|many)\b[^.?!]{0,40}\b(?:to die|die|lethal|fatal|kill)\b|\b(?:lethal|fatal)\b`,
    String.raw`\b(?:nobody|no one|no-one|noone)\b[^.?!]{0,30}\b(?:notice|care|miss|sad|mind|cry)\w*|\bbetter off\b|\bburden\b`,
    String.raw`\b(?:if|when) i(?:'m| am| was| were)? (?:gone|dead|not (?:here|around))\b|\b(?:won'?t|wouldn'?t|not) be (?:here|around)\b`,
    String.raw`\b(?:want|wanna|wish)\w* (?:to )?(?:die|be dead|disappear|not exist)|\bthink(?:ing)? (?:about|of) (?:it|dying|death|suicide|ending)\b`,
    '死法|怎么死|怎样死|如何死|死得(?:最)?快|(?:最快|最不痛苦|不痛苦)的(?:死|方法|办法)|哪种死|致死',
    '没人(?:会)?(?:难过|在乎|在意|发现|注意|想我|关心|伤心)|(?:我|要是我|如果我)(?:走了|不在了|死了|消失了)|少了我|没有我(?:大家)?(?:会)?更好|拖累|累赘|负担|想这件事|每天都在想',
  ].join('|'),
  'i',
);

// ── wish: a passive wish with no plan ───────────────────────────────────────────────────────────────────────────
const PASSIVE =
  /\b(?:not|never) wake up\b|\bbetter off without me\b|\btired of (?:living|life|being alive)\b|不(?:想|要)(?:再)?醒|醒不来就好|不醒来就好|活着(?:好累|太累|没(?:什么|啥)?意思|没(?:什么|啥)?意义)|不想活/i;
const NO_PLAN =
  /\b(?:no|don'?t have a|haven'?t got a|without a|not got a) plan\b|\bwould(?:n'?t| not) (?:actually |ever )?(?:do|act)\b|\bnot going to do anything\b|没(?:有)?(?:想过)?(?:具体)?(?:的)?(?:计划|打算)|没想过(?:具体)?(?:怎么|要怎么)做|不会(?:真)?(?:的)?(?:去)?做|不会做傻事/i;

/** The statement (sentence) and the Chinese clause around an offset. */
function around(text: string, at: number): { sentence: string; clause: string } {
  const sentence = matchesOf(SENTENCE, text).find((m) => (m.index ?? 0) <= at && at < (m.index ?? 0) + m[0].length)?.[0] ?? text;
  const zh = matchesOf(ZH_CLAUSE, text).find((m) => (m.index ?? 0) <= at && at < (m.index ?? 0) + m[0].length)?.[0];
  const en = matchesOf(STATEMENT, text).find((m) => (m.index ?? 0) <= at && at < (m.index ?? 0) + m[0].length)?.[0];
  return { sentence, clause: /[\u4e00-\u9fff]/.test(text.slice(at, at + 2)) ? (zh ?? sentence) : (en ?? sentence) };
}

/** A denial right before a figure: "don't want to die", 一点都不想死. */
const DENIED_BEFORE = /(?:\b(?:don'?t|do not|never|not|no longer)\s+(?:really\s+|even\s+)?|(?:不|没|并不|一点都不|一点也不|从来不|根本不))$/i;

/** A habit the thought comes with ("每次站在阳台", "whenever I'm on a platform"): the clause before it is its trigger. */
const HABIT_ZH = /^(?:每次|每当|有时(?:候)?|一到|只要|一站)/;

/** The statement holding an intrusive thought: its sentence, or in Chinese its clause (a message typed without stops is
 *  one sentence, and "…的念头 我很害怕 但我现在已经站在楼顶边上了" tells a place now after the thought). */
function sentenceSpan(text: string, at: number): { start: number; end: number } {
  const unit = /[\u4e00-\u9fff]/.test(text.slice(at, at + 2)) ? ZH_CLAUSE : SENTENCE;
  const units = matchesOf(unit, text);
  const i = units.findIndex((s) => (s.index ?? 0) <= at && at < (s.index ?? 0) + s[0].length);
  if (i < 0) return { start: 0, end: text.length };
  const m = units[i];
  const habit = unit === ZH_CLAUSE && i > 0 && HABIT_ZH.test(units[i - 1][0]) ? units[i - 1] : m;
  return { start: habit.index ?? 0, end: (m.index ?? 0) + m[0].length };
}

/** The frame of each wish or self-harm figure in `text` (the normalised message) that has one; a figure read in no
 *  frame is not claimed (the caller lowers only when every risk sits in a claim). */
export function selfHarmClaims(text: string): SelfHarmClaim[] {
  const claims: SelfHarmClaim[] = [];
  const support = SUPPORT_ASK.test(text) && (SAID_WELL.test(text) || MEDIA.test(text));
  // Present-tense lasting words (still wanting, every day, most days, 每天) are never "past" (review s19 N1).
  const pastOver = OVER_NOW.test(text) && !NOT_OVER.test(text) && !LASTING.test(text);
  // The past figure is claimed only before a contrastive turn after the resolution ("…doing well now, but I still…").
  const overAt = OVER_NOW.exec(text)?.index ?? 0;
  const turnAt = CONTRAST.exec(text.slice(overAt));
  const pastEnd = turnAt ? overAt + turnAt.index : text.length;
  const noPlan = NO_PLAN.test(text);
  const fearedThought = matchesOf(SENTENCE, text).some((m) => intrusive(text, m[0]));
  for (const fig of matchesOf(FIGURE, text)) {
    const at = fig.index ?? 0;
    const end = at + fig[0].length;
    const { sentence, clause } = around(text, at);
    const topic = TOPIC_BEFORE.test(text.slice(Math.max(0, at - 24), at));
    let frame: SelfHarmFrame | null = null;
    // A wish denied beside a feared thought ("I DON'T want to die", 我一点都不想死) is the fear's own words.
    const denied = DENIED_BEFORE.test(text.slice(Math.max(0, at - 16), at));
    if (denied && fearedThought && !intrusive(text, sentence)) {
      claims.push({ frame: 'intrusive', start: at, end });
      continue;
    }
    if (intrusive(text, sentence)) {
      const s = sentenceSpan(text, at);
      claims.push({ frame: 'intrusive', start: Math.min(s.start, at), end: Math.max(s.end, end) });
      continue;
    }
    if (hyperbole(text, fig, clause, sentence)) frame = 'hyperbole';
    else if (
      MEDIA.test(sentence) &&
      (topic || !/\b(?:i|me|my)\b|我/i.test(sentence.replace(/\b(?:i|we) (?:watched|read|saw|heard|finished)\b|我(?:们)?(?:看|读|听)(?:了|完|过)/gi, ' ')))
    )
      frame = 'media';
    else if (support && topic) frame = 'support';
    else if (pastOver && at < pastEnd && YEARS_BACK.test(sentence)) frame = 'pastOver';
    else if (noPlan && PASSIVE.test(fig[0])) frame = 'wish';
    if (frame) claims.push({ frame, start: at, end });
  }
  // A figure in a sentence about a thought: the thought's sentence is claimed whole (its place words are its content).
  return claims;
}

/** `text` with the claimed stretches blanked (offsets kept). */
export const withoutClaims = (text: string, claims: readonly SelfHarmClaim[]): string =>
  claims.reduce((out, c) => out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end), text);

/** What the rest of the message holds, read again by every reader with the claims blanked. */
export interface RestReading {
  level: TriageLevel;
  /** The suicide screen's grade and components on the rest, and whether the rest carries a crisis line. */
  risk: 'high' | 'moderate' | 'none';
  components: readonly string[];
  crisis: boolean;
  /** The learned reader's P(emergency) and self-harm p on the rest (null: no model). */
  readerEmergency: number | null;
  readerSelfHarm: number | null;
}

export interface FrameDecision {
  level: TriageLevel;
  claims: SelfHarmClaim[];
  /** A passive wish is among the claims: same-day care with the crisis line. */
  wish: boolean;
  /** The crisis line stays (a gentle check-in): the writer's own wish, figure or feared thought — not a story, a carer's
   *  question or an attempt long over. */
  keepsCrisisLine: boolean;
}

/** Frames told of the writer's own mind: the crisis line stays with them at any level. */
const OWN_MIND: ReadonlySet<SelfHarmFrame> = new Set<SelfHarmFrame>(['wish', 'hyperbole', 'intrusive']);

const RANK: Readonly<Record<TriageLevel, number>> = { routine: 0, urgent: 1, emergency: 2 };
/** What the rest may hold and still be no risk: low mood named, someone unreachable — context, never a risk alone. */
const CONTEXT_ONLY: ReadonlySet<string> = new Set(['lowMood']);
/** Beside a passive wish the rest may hold the wish's own context too (a moderate grade): never an act or a means. */
const ACTING: ReadonlySet<string> = new Set(['plan', 'means', 'timing', 'farewell', 'selfHarm']);
/** A self-harm cue in the rest that the screen reads only beside a wish ("wrote my note last night", "the pills",
 *  "tonight", a past attempt): with the figure blanked it would be read as nothing, so no frame holds beside one. */
const CUE = new RegExp(
  `${LEX.means.source}|${LEX.farewell.source}|${LEX.timing.source}|${LEX.selfHarm.source}|${LEX.despair.source}|\\b(?:note|letters?)\\b|遗书|遗言|${PAST_ATTEMPT.source}`,
  'i',
);

/** A plain wish, set after the rest to ask the screen what the rest adds beside one. */
const WISH_PROBE = { en: ' I want to die.', zh: '。我想死。' } as const;
const probeAlone = {
  en: new Set<string>(screenSuicide(WISH_PROBE.en).components),
  zh: new Set<string>(screenSuicide(WISH_PROBE.zh).components),
};
/** Whether the rest holds a self-harm cue the screen reads only beside a wish ("nobody would notice if I was gone",
 *  "I've been sitting on the train platform for an hour", 写好给爸妈的信, 怎么才能睡着不醒来, no sleep and crying for
 *  days): the rest read with a plain wish after it grades more than the wish alone. The screen's own readers decide —
 *  no list of cues here. Beside a passive wish, low mood is the wish's own context. */
function cueBesideWish(rest: string, wish: boolean): boolean {
  const lang = /[\u4e00-\u9fff]/.test(rest) ? 'zh' : 'en';
  const alone = probeAlone[lang];
  return screenSuicide(rest + WISH_PROBE[lang]).components.some((c) => !alone.has(c) && !(wish && c === 'lowMood'));
}

/** The level when every wish or self-harm figure sits in a frame and the rest carries no risk; null when it stands.
 *  `held` is the hard floor read on the whole message (a stated plan, an act done, an overdose): nothing lowers it. */
export function lowerSelfHarmFrame(input: { text: string; level: TriageLevel; held: boolean; rest: (t: string) => RestReading }): FrameDecision | null {
  if (input.held || input.level === 'routine') return null;
  const claims = selfHarmClaims(input.text);
  if (claims.length === 0) return null;
  const restText = withoutClaims(input.text, claims);
  const wishFrame = claims.some((c) => c.frame === 'wish');
  if (CUE.test(restText) || cueBesideWish(restText, wishFrame)) return null;
  // A past attempt or a figure of speech claims only its own clause: any wish, lethality question or burden statement left
  // in the rest is present risk, and no such frame lowers beside it (review s19 N1/N2).
  if (claims.some((c) => c.frame === 'pastOver' || c.frame === 'hyperbole') && REST_RISK.test(restText)) return null;
  const rest = input.rest(restText);
  const wish = claims.some((c) => c.frame === 'wish');
  if (rest.level === 'emergency' || rest.components.some((c) => ACTING.has(c))) return null;
  // The learned reader reads what the screen has no words for beside the blanked figure ("nobody would notice if I was
  // gone", "sitting on the train platform for an hour", no sleep and crying for days): on the rest it may not lean
  // towards an emergency or self-harm at all — the bar the crisis line already uses for the reader's lean (crisis-line.ts).
  // With no reader (rules only) nothing reads those words: no frame but a passive wish lowers then.
  if (!wish && (rest.readerEmergency === null || rest.readerEmergency >= READER_ONLY_BAR || (rest.readerSelfHarm ?? 1) >= HEAD_AGREES)) return null;
  // A passive wish keeps its own grade's context (moderate, the crisis line); every other frame needs a rest with none.
  if (!wish && (rest.risk !== 'none' || rest.crisis || rest.components.some((c) => !CONTEXT_ONLY.has(c)))) return null;
  if (wish && rest.risk === 'high') return null;
  const level: TriageLevel = wish && RANK[rest.level] < RANK.urgent ? 'urgent' : rest.level;
  if (RANK[level] >= RANK[input.level]) return null;
  return { level, claims, wish, keepsCrisisLine: claims.some((c) => OWN_MIND.has(c.frame)) };
}
