// A death figure said of an everyday complaint (session 32, #19; blind triage-av av025 "this hangover is literally killing
// me, I want to die 😂 what actually helps apart from water and sleep" was an emergency with the crisis line). Hyperbole
// is read by its STRUCTURE, not by a phrase:
//   the FIGURE — "want to die", "is killing me", "I'm dying", 想死, 要死了, 要了我的命 — in a sentence whose CAUSE is an
//     everyday, passing bodily or daily complaint named before it (a hangover, cramps, the heat, a toothache, jet lag, a
//     cold, traffic: 宿醉, 痛经, 太热, 牙疼). Work, school and exams are NOT such causes: academic and work pressure is a
//     recognised precipitant (blind av044 考研, av082 NEET), and a wish said of them stays with taken-back.ts and
//     self-harm-frames.ts (a check-in or a routine answer, always with the crisis line);
//   TOLD AS A FIGURE — a laugh or a figure marker in that sentence (😂, lol, haha, "literally", ugh, 哈哈, 救命), or the
//     complaint made the killer ("this hangover is killing me", 宿醉要了我的命);
//   then a PRACTICAL QUESTION after it ("what actually helps", 有什么办法, "can I take ibuprofen").
// Or a figure by its own complement: "die laughing", "died of embarrassment", 笑死, 尬死 — never a wish to die.
// Not a figure: a wish said of life, everything, loneliness, a break-up, grief, depression, oneself, a chronic illness,
// or told as lasting (every day, lately, 一直, 又); a wish with no complaint named ("I want to die lol"); any self-harm
// cue left in the rest of the message (a means, a note or letter, a plan, self-injury, pills saved, a past attempt:
// the screen's own words, which count only beside a wish and so would vanish with it). The reader only
// returns the figure's words; triage.ts decides the message WITHOUT them and keeps that decision only when the rest has
// no suicide reading at all (no wish, means, plan, farewell, crisis line) — every other sign is read as before, so an
// emergency told by any other sign is never lowered. Pure; its own word lists.
import { PAST_ATTEMPT } from './self-harm-reader.js';
import { LEX, STOCKPILE } from './suicide.js';

export interface FigureReading {
  /** Offsets and lengths of the figure's words. */
  spans: readonly (readonly [at: number, length: number])[];
  /** The message with the figure's words blanked (same offsets). */
  rest: string;
}

/** The death figure's words. */
const FIGURE =
  /\b(?:(?:i|i'?m|im|i am)\s+)?(?:(?:literally|actually|honestly|seriously|just|really)\s+)*(?:want(?:s)?\s+to|wanna|gonna|going\s+to|about\s+to|could)\s+(?:(?:literally|actually|just)\s+)?die\b|\b(?:is|are|'s|was|were)\s+(?:(?:literally|actually|honestly|seriously|slowly|absolutely|low ?key|lowkey|so)\s+)*(?:killing|gonna kill|going to kill|about to kill|trying to kill|out to kill)\s+me\b|\b(?:will|'ll|gonna|going to|might)\s+(?:(?:literally|actually)\s+)?kill\s+me\b|\bkill me now\b|\b(?:i'?m|im|i am)\s+(?:(?:literally|actually|lowkey|low key|so)\s+)*(?:dying|dead|deceased|ded)\b(?!\s+(?:inside|of|from)\b)|(?:难受|疼|痛|热|冷|累|困|饿|烦|痒|晒|撑|辣|吵)?(?:得|到)?(?:想死|要死了?|快死了|死了算了)|要了我的(?:老)?命|真要命|太要命/gi;
/** A figure by its own complement: a laugh, embarrassment, boredom (never a wish to die). */
const IDIOM =
  /\b(?:(?:i'?m|im|i am|i|we)\s+(?:(?:literally|actually|just|gonna|going to|about to|could|nearly|almost)\s+)*)?(?:die|died|dying|dead)\s+(?:laughing|of (?:laughter|embarrassment|boredom|shame|cringe|cuteness|jealousy|envy))\b|\blaugh(?:ed|ing)? (?:myself|ourselves) to death\b|笑死|尬死|羞死|无聊死|馋死|美死/gi;
/** An everyday, passing complaint as the figure's cause. */
const CAUSE =
  /\b(?:hangover|hung ?over|cramps|period|heat ?wave|heat|humidity|weather|cold|flu|sore throat|toothache|wisdom tooth|braces|sunburn|jet ?lag|hiccups|mosquito(?:es| bites?)?|itch(?:ing|y)?|hay ?fever|allerg(?:y|ies)|traffic|queue|gym|leg day|workout|squats|spicy|curry|teething|kids|toddler|neighbou?rs?|noise|snoring|heartburn|indigestion|bloating|headache|migraine|cough|stubbed|paper cut|back ache|backache)\b|宿醉|喝多了|痛经|大姨妈|例假|姨妈痛|天气|太热|好热|天热|高温|闷热|感冒|嗓子|牙疼|牙痛|智齿|晒伤|时差|打嗝|蚊子|痒|过敏|鼻炎|堵车|排队|健身|练腿|深蹲|辣|长牙|熊孩子|邻居|装修|噪音|打呼噜?|胃胀|落枕|头疼|头痛|咳嗽|(?:热|冷|疼|痛|痒|饿|撑|辣|困|晒)(?:得|到)(?:想死|要死)/i;
/** What a wish to die is never a figure about, or a wish told as lasting: kept as the wish. */
const NEVER =
  /\b(?:life|living|alive|existing|everything|everyone|myself|depress\w*|lonel\w*|alone|grief|griev\w*|break ?up|broke up|dumped|divorce|heart ?br\w*|missing (?:him|her|them|you)|my (?:mum|mom|mother|dad|father|parents|family)|chronic|cancer|every (?:day|night|morning)|keep|kept|always|lately|again|for (?:weeks|months|years)|no point|worthless|hate (?:myself|my life)|burden|seriously though|not (?:joking|kidding))\b|活着|活下去|人生|生活|一切|抑郁|孤独|寂寞|失恋|分手|离婚|去世|癌|每天|天天|一直|最近|又|好久|没意义|废物|讨厌自己|拖累|不是开玩笑|认真的/i;
/** Told as a figure: a laugh or a figure marker. */
const TONE = /😂|🤣|😅|🙃|💀|\blol\b|\blmao\b|\bha(?:ha)+h?\b|\bjk\b|\bliterally\b|\bugh+\b|\bomg\b|\bsmh\b|哈哈|救命|啊啊啊|呜呜|嘤嘤/i;
/** The complaint made the killer ("this hangover is killing me", "exams will kill me", 宿醉要了我的命), or a bodily state
 *  raised to a figure of degree (热得想死, 饿到要死: "so hot I could die"). */
const KILLER = /\bkill(?:ing)?\s+me\b|要了我的(?:老)?命|要命/i;
/** A practical question after the figure. */
const QUESTION =
  /[?？]|吗|怎么|什么|有没有|咋|能不能|求(?:推荐|助|问)|推荐|\b(?:what|how|any|anything|best|should i|can i|could i|is it|does|do i|tips?|remed(?:y|ies)|cure|helps?|recommend\w*|advice|ideas?)\b/i;

const SENTENCES = /[^.?!。？！\n]+[.?!。？！\n]*/g;
/** A self-harm cue in the rest of the message: the screen's means, farewell, plan and self-injury words, a note or a
 *  letter written, pills saved, a past attempt. Any one keeps the whole message's reading. */
const REST_CUES: readonly RegExp[] = [LEX.means, LEX.farewell, LEX.plan, LEX.selfHarm, STOCKPILE, PAST_ATTEMPT, /\b(?:note|letter)s?\b|遗书|留了?(?:一封)?信/i];

/** The figure's words in a message, with the message without them; null when none is read. */
export function readFigure(text: string): FigureReading | null {
  const spans: [number, number][] = [];
  for (const s of text.matchAll(SENTENCES)) {
    const sentence = s[0];
    const base = s.index ?? 0;
    IDIOM.lastIndex = 0;
    for (let m = IDIOM.exec(sentence); m; m = IDIOM.exec(sentence)) spans.push([base + m.index, m[0].length]);
    if (NEVER.test(sentence)) continue;
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
      // Its cause named before it in its sentence (or as the killer's subject), told as a figure, and a question after.
      if (!CAUSE.test(sentence.slice(0, m.index + m[0].length))) continue;
      const degree = /^(?:热|冷|疼|痛|痒|饿|撑|辣|困|晒)(?:得|到)/.test(m[0]);
      if (!TONE.test(sentence) && !degree && !(KILLER.test(m[0]) && CAUSE.test(sentence.slice(0, m.index)))) continue;
      if (!QUESTION.test(text.slice(base + m.index + m[0].length))) continue;
      spans.push([base + m.index, m[0].length]);
    }
  }
  if (spans.length === 0) return null;
  // Fail closed (review fix, s32): the message must be NOTHING BUT the figure's complaint and one practical question
  // about it, and no never-a-figure word anywhere in it (not only in the figure's sentence).
  if (NEVER.test(text) || !onlyFigureAndQuestion(text, spans)) return null;
  let rest = text;
  for (const [at, length] of spans) rest = rest.slice(0, at) + ' '.repeat(length) + rest.slice(at + length);
  if (REST_CUES.some((re) => re.test(rest))) return null;
  return { spans, rest };
}

// ── Review fix (s32): the figure is set aside only in a message that is the figure's complaint and ONE practical question.
// The reviewer's S1 rows put real risk in another sentence or clause beside a bodily figure — "nobody would even notice
// if i was gone", "i can't cope anymore", "I've thought about how I'd do it", 我已經儲咗好多藥, "feel nothing for my
// newborn", "every day for months" — cues the screen counts only beside a wish, so the rest read without the figure had
// no suicide reading. The message is therefore read as clauses: every clause must be a figure clause (the figure, its
// cause named before it in at most a few words, a laugh or a figure marker, an "of/from …" complement of at most three
// words), a laugh alone, or the ONE practical question (what helps, can I take X, 吃什么药, 可以吃X吗 …) with no amount,
// dose count, death or waking word in it, and last. Any other clause — a second statement of any kind — keeps the whole
// message's decision.

/** Clause breaks: punctuation, a line, and a space beside a Chinese character. */
const CLAUSE_BREAK = /[.?!。？！\n,，;；:：…]+|(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])/u;
/** A laugh, a figure marker, an emoji or a sentence particle: no content. */
const FILLER =
  /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|jk|literally|ugh+|omg|smh|tbh|af|also|pls|please)\b|[哈呵嘿]+|救命|啊+|呀|啦|吧|了|呢|嘛|呜+|嘤+|真的/giu;
/** A practical question about the complaint, at its clause's head. */
const PRACTICAL =
  /^(?:what(?:'s| is)?\s+(?:\w+ly\s+)?(?:helps?|works?)\b|what\s+(?:can|could|should)\s+i\s+(?:take|use|do|eat|drink|try|have)\b|what(?:'s| is)\s+(?:the\s+|a\s+)?(?:best|good|safe|quickest|fastest)\b|what\s+\w+(?:\s+\w+)?\s+(?:is|are)\s+(?:the\s+)?best\b|which\s+\w+|any\s+(?:tips|remed\w*|ideas?|advice|recommendations?|suggestions?|cures?)\b|(?:can|could|should|may)\s+i\s+(?:take|use|have|try|give|eat|drink)\b|is\s+it\s+(?:ok|okay|safe|fine|alright|bad)\s+to\s+(?:take|use|have|eat|drink|mix)\b|is\s+\w+(?:\s+\w+)?\s+(?:ok|okay|safe|fine)\s+(?:to\s+(?:take|use)|for)\b|does\s+(?:a\s+|an\s+|the\s+)?\w+(?:\s+\w+)?\s+help\b|how\s+(?:(?:do|can|should)\s+i|to)\s+(?:keep|stay|get\s+rid|stop|relieve|ease|soothe|treat|cure|fix|cool|calm)\b|how\s+(?:many\s+hours\s+apart|long\s+apart|often)\s+(?:can|should|do)\s+i\s+(?:take|use)\b|best\s+(?:way|thing|remedy|medicine|cure)\b|有没有(?:什么)?\S{0,6}(?:办法|方法|药)|(?:有)?什么\S{0,6}(?:办法|方法|药)|吃什么药|用什么|(?:可以|能|能不能|可不可以)先?(?:吃|喝|用|擦|贴)\S{1,10}(?:吗|嗎|么|麼)$|怎么(?:办|缓解|降温|止痛|解酒)|求推荐)/i;
/** What a practical question never holds: an amount or a count of a medicine, a limit, all at once, death or waking. */
const NOT_PRACTICAL =
  /\bhow\s+(?:many|much)\b(?!\s+hours\s+apart)|\b(?:too\s+(?:much|many)|enough|all\s+(?:of\s+)?(?:my|the|them|it)|whole|at\s+once|overdose|od|lethal|fatal|deadly|max(?:imum)?|double|more\s+than|die|dying|death|dead|kill\w*|suicid\w*|end\s+it|wake|sleep\s+forever|never)\b|多少|几颗|几粒|几片|幾顆|幾粒|幾片|幾多|一次|全部|过量|過量|致死|死|醒|安眠/i;
const words = (s: string): number => (s.match(/[a-z0-9']+|[\u3400-\u9fff]/giu) ?? []).length;
const bare = (s: string): string =>
  s
    .replace(FILLER, ' ')
    .replace(/(?:(?!')[\s\p{P}\p{S}])+/gu, ' ')
    .trim();
const practical = (s: string): boolean => {
  const q = bare(s);
  return PRACTICAL.test(q) && !NOT_PRACTICAL.test(q) && words(q) <= 16;
};

/** True when every clause of the message is a figure clause, a laugh, or the one practical question (last). */
function onlyFigureAndQuestion(text: string, spans: readonly (readonly [number, number])[]): boolean {
  const clauses: { at: number; s: string }[] = [];
  let at = 0;
  for (const piece of text.split(CLAUSE_BREAK)) {
    const i = text.indexOf(piece, at);
    if (bare(piece) !== '') clauses.push({ at: i, s: piece });
    at = i + piece.length;
  }
  let questions = 0;
  let wish = false;
  for (const [k, c] of clauses.entries()) {
    const inside = spans.filter(([a, n]) => a >= c.at && a + n <= c.at + c.s.length).sort((x, y) => x[0] - y[0]);
    if (inside.length === 0) {
      if (questions > 0 || !practical(c.s) || k !== clauses.length - 1) return false;
      questions++;
      continue;
    }
    if (inside.some(([a, n]) => !IDIOM_ONLY.test(text.slice(a, a + n)))) wish = true;
    const first = inside[0]!;
    const last = inside[inside.length - 1]!;
    const prefix = bare(c.s.slice(0, first[0] - c.at));
    if (words(prefix) > 6) return false;
    for (let j = 1; j < inside.length; j++) if (bare(text.slice(inside[j - 1]![0] + inside[j - 1]![1], inside[j]![0])) !== '') return false;
    const suffix = bare(c.s.slice(last[0] + last[1] - c.at));
    if (suffix === '') continue;
    if (/^(?:of|from|at|over)\b/i.test(suffix) && words(suffix) <= 4 && !NOT_PRACTICAL.test(suffix)) continue;
    // The question in the figure's own clause ("I want to die 😂 what actually helps …"): it must be the last clause.
    if (questions > 0 || !practical(suffix) || k !== clauses.length - 1) return false;
    questions++;
  }
  return wish ? questions === 1 : questions <= 1;
}
/** A figure by its own complement (IDIOM): no question needed. */
const IDIOM_ONLY = /laugh|embarrass|boredom|shame|cringe|cuteness|jealous|envy|笑死|尬死|羞死|无聊死|馋死|美死/i;
