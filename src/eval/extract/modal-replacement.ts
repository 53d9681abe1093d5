// The reply's last word on its answer written as a modal copula with a letter set alone as its complement (issue #16,
// session 38): "……C错了……。应为ABD。", "刚才漏选了，应为ABCD。", "So it should be B and D." The readers take "应为" as
// filler between an answer cue and its letters, so with no cue before it a letter RUN is not read at all (extract-aq
// xaq-086: none) or an earlier answer stands (extract-ak xak-053: ABD for "…漏选了，应为ABCD").
// The structure read, not words:
//   who      the clause's subject is the answer or nobody ("应为", "所以答案应为", "so it should be") — never a third
//            party ("题库说应为C", "many books say it should be C") or a condition ("如果是儿童，应为C" / "if …, it
//            should be C": a condition anywhere in the sentence before it);
//   what     the complement is a letter set and nothing else: the clause ends right after it (a gloss bracket allowed);
//   where    it is the LAST place the reply writes an offered letter, and nothing doubtful or a question follows it.
// Pure.
import type { LetterContext } from './letter-set.js';
import { ownRetractionBefore } from './own-retraction.js';

/** The modal copulas, zh and en: "should be", not "is" (a plain "是C" is read by the readers already). Its own list. */
const MODAL = String.raw`应为|应是|应该是|应当是|应该为|应当为|应选|应该选|应当选|\bshould\s+(?:have\s+)?be(?:en)?|\bmust\s+be`;
/** A set of offered letters: a run in increasing order ("ABD") or letters joined by a list word ("B 和 D", "A、B、E"). */
const SET = String.raw`[A-J](?:\s*(?:、|,|，|和|及|与|\band\b|&)?\s*(?:and\s+)?[A-J])*`;
/** The clause ends right after the set: a full stop, a comma, a line end, the reply's end; a gloss bracket may come first. */
const CLAUSE_END = String.raw`(?:\s*[（(][^()（）\n]{0,80}[)）])?\s*(?:[。.!！;；,，]|\n|$)`;
const MODAL_SET_RE = new RegExp(`(${MODAL})\\s*(?:option|options|选项)?\\s*[（(]?(${SET})[)）]?(?![A-Za-z0-9])${CLAUSE_END}`, 'gi');
/** What may stand between the clause's start and the modal: nothing, a conclusion word, the answer as subject, "it". */
const LEAD_RE =
  /^\s*(?:(?:所以|因此|故|那么|那|则|因而|综上|更正|修正|纠正|改正|so|therefore|thus|hence|then|correction|actually)\s*[:：,，]?\s*)*(?:(?:本题|这题|此题|这道题)?的?(?:正确|最终|最后)?的?(?:答案|选项|选择)?|(?:so\s+)?(?:it|the\s+(?:correct\s+|final\s+|right\s+)?answers?|my\s+answer|(?:the\s+)?correct\s+options?|that))\s*$/i;
/** A condition or a hedge in the sentence before the modal: the statement holds only in some case. */
const CONDITION_RE =
  /如果|假如|假设|假定|假使|若|要是|如为|旧版|\bif\b|\bunless\b|\bwhen\b|\bassum(?:e|ing)\b|\bsuppos(?:e|ing)\b|\bimagine\b|\bin that case\b|\bunder the\b/i;
/**
 * review s39: the writer taking back its own answer (the only kind of lead clause a modal answer may follow in its
 * sentence, and what a modal answer replacing a different stated answer must come with). Phrases of a correction, not
 * bare negations or scope words: "对于不是妊娠期的患者，应为D", "用药错误风险高，应为B", "in patients who actually …" are
 * no correction (s39 fix).
 */
const SELF_CORRECTION_RE =
  /错了|[选写答看]错|有误|不对|不啱|唔啱|更正|修正|纠正|改正|改为|漏[了选掉写]|遗漏|\bwrong\b|\bforg[oe]t\b|\bmissed\b|\bmistaken?\b|\bincorrect\b|\bon reflection\b|\bscratch that\b/i;
/** review s39: a rejection written after the statement: it was someone else's. */
const REJECTED_AFTER_RE =
  /不同意|不赞同|不认同|这不对|不对|看错|漏了|不成立|不采纳|维持原|仍选|坚持原|与本题无关|\bdisagree|\bdon'?t agree|\bdo not agree|\bwas wrong\b|\bmisread|\bnot supported\b|\boutdated\b|\bpush back\b|\bstand by\b|\bstick with\b/i;
/** review2 s39: a reporting frame whose speaker is not the writer ("有同事提出：D错了，应为AB", "A reviewer wrote: 'You forgot …'"). */
const REPORTED_RE =
  /(?:同事|同学|老师|教材|课本|书上|有人|网友|群里|用户|医生|专家|主任|勘误|批注|他们|(?<!其)他|她|对方|你|佢哋|佢)[^。\n]{0,12}?(?:说|講|讲|話|话|认为|認為|提出|指出|写|寫|称|稱|表示|批|看来|觉得|覺得|提醒|建议|建議)|\baccording to\b|\b(?:he|she|they|someone|somebody|the user|you|(?:a|an|my|the|our|one)\s+(?:\w+\s+)?(?:colleague|reviewer|tutor|teacher|textbook|student|friend|user|attending|resident|consultant|professor|examiner|commenter|post))\b[^.\n]{0,60}?\b(?:said|says|wrote|writes|argued|argues|claimed|claims|suggested|suggests|commented|comments?|thinks|thought|noted|notes?|pointed out|believes|insisted|told)\b/i;
/** review2 s39: the writer taking the reported correction as its own. */
const ADOPTED_RE =
  /确实|的确|说得对|說得啱|没错|有道理|我同意|\b(?:she|he|they)(?:'s|'re| is| are| was| were) right\b|\bI agree\b|\bindeed\b|\bgood catch\b|\bfair point\b/i;
/** review2 s39: the writer speaking for itself after the reported words ("佢哋話揀B，我覺得唔啱，應該係D"). */
const OWN_VOICE_RE = /我(?:觉得|覺得|认为|認為|看|的答案)|\bI (?:think|believe|would say)\b|\bin my view\b/i;
/** review2 s39: a scope opening the modal's sentence ("对于…的患者，", "For patients whose …,"). */
const SCOPE_RE =
  /^\s*(?:对于|针对|对[^，,。]{0,20}(?:而言|来说)|在[^，,。]{0,20}(?:中|时|下|看来|里)|(?:for|in|among)\s+(?:patients|those|people|women|men|children|adults|pregnan\w*|the elderly)\b)/i;
/** The writer's doubt about the answer before the statement, in its sentence or the one before. */
const BEFORE_DOUBT_RE = /不确定|不[太大]确定|没把握|拿不准|不敢肯定|\bnot\s+(?:sure|certain)\b|\bunsure\b|\bguess(?:ing)?\b/i;
/** In its own sentence also the hedging adverbs ("也许应为C"); a sentence before may say "可能是A" and then be corrected. */
const SAME_SENTENCE_DOUBT_RE = /也许|或许|大概|估计|可能|\bmaybe\b|\bperhaps\b|\bprobably\b/i;
/** Doubt or a question after the statement. */
const AFTER_DOUBT_RE = /[?？吗吧]|不确定|不一定|也可能|或者|或许|\bnot\s+sure\b|\bmaybe\b|\bperhaps\b|\bor\b|\bmight\b|\bcould\b/i;
/** A standalone capital: another letter written later. */
const LETTER_RE = /(?<![A-Za-z])[A-J](?![A-Za-z'’])/g;

export interface ModalAnswer {
  /** Sorted, de-duplicated letters. */
  value: string;
  /** Where the statement starts. */
  at: number;
  /** s40: the writer takes back its own earlier answer in the modal's sentence, or the one before under a bare lead. */
  corrects: boolean;
  /** review s40 fix: a retraction word stands before the modal but the frame is not read as the writer's own. */
  retracted: boolean;
}

const setKey = (letters: Iterable<string>) => [...new Set(letters)].sort().join('');

/**
 * Pure: the reply's closing modal statement of its answer, or null. Only the LAST modal-with-a-set clause is read,
 * and only when no offered letter stands after it and nothing after it doubts or asks.
 */
export function closingModalAnswer(text: string, ctx: LetterContext): ModalAnswer | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(MODAL_SET_RE)) last = m;
  if (!last) return null;
  const letters = last[2].match(/[A-J]/g) ?? [];
  // A run written together counts only in increasing order ("ABD"; "DKA", "CABG" are words — the lookahead keeps
  // those out when followed by a letter, this keeps out "CAB").
  if (!/[^A-J]/.test(last[2]) && !letters.every((l, i) => i === 0 || l > letters[i - 1])) return null;
  if (!letters.length || !letters.every((l) => ctx.valid.has(l))) return null;
  const at = last.index;
  const sentenceStart = Math.max(...['\n', '。', '.', '!', '！', '?', '？', ';', '；'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const clauseStart = Math.max(sentenceStart, ...[',', '，', ':', '：', '—', '——'].map((p) => text.lastIndexOf(p, at - 1) + 1));
  if (!LEAD_RE.test(text.slice(clauseStart, at))) return null;
  // review s39: a clause before the modal's own clause in its sentence ("你上一条说：", "A colleague argued that, since …,",
  // "妊娠期高血压患者，", "under the older guideline,") must be the writer's own correction.
  const before = text.slice(sentenceStart, clauseStart);
  if (before.trim() && !LEAD_RE.test(before.replace(/[,，:：—\s]+$/, '')) && !SELF_CORRECTION_RE.test(before)) return null;
  if (SCOPE_RE.test(before)) return null;
  // s39 fix: a modal written on its own line under a line ending in a colon is what that line introduces ("我同学说：⏎应为AC。"):
  // the introducing clause must be a lead or the writer's correction too.
  const head = text.slice(0, sentenceStart).replace(/\s+$/, '');
  if (/[:：]$/.test(head) && /\n\s*$/.test(text.slice(0, sentenceStart))) {
    const introStart = Math.max(...['\n', '。', '.', '!', '！', '?', '？', ';', '；'].map((p) => head.lastIndexOf(p, head.length - 2))) + 1;
    const intro = head.slice(introStart, -1);
    if (intro.trim() && !LEAD_RE.test(intro) && !SELF_CORRECTION_RE.test(intro)) return null;
  }
  // Doubt written before it, in its sentence or the one before ("我也不太确定，应该是D。", s25d-007).
  const prevStart = Math.max(...['\n', '。', '.', '!', '！', '?', '？'].map((p) => text.lastIndexOf(p, sentenceStart - 2))) + 1;
  if (BEFORE_DOUBT_RE.test(text.slice(prevStart, at)) || SAME_SENTENCE_DOUBT_RE.test(text.slice(sentenceStart, at))) return null;
  // review s39: a condition in the sentence before ("Now suppose … . Then it should be D.").
  if (CONDITION_RE.test(text.slice(prevStart, at))) return null;
  // review2 s39: someone else's words, in its sentence, the one before or the line introducing it, unless adopted.
  const heard = text.slice(Math.min(prevStart, /[:：]$/.test(head) ? Math.max(0, head.lastIndexOf('\n', head.length - 2) + 1) : prevStart), at);
  const reported = [...heard.matchAll(new RegExp(REPORTED_RE.source, 'gi'))].pop();
  if (reported && !ADOPTED_RE.test(heard) && !OWN_VOICE_RE.test(heard.slice(reported.index + reported[0].length))) return null;
  const end = at + last[0].length;
  const after = text.slice(end);
  if ([...after.matchAll(LETTER_RE)].some((m) => ctx.valid.has(m[0]))) return null;
  if (AFTER_DOUBT_RE.test(after) || BEFORE_DOUBT_RE.test(after) || REJECTED_AFTER_RE.test(after) || /[?？]/.test(last[0])) return null;
  // s40: whether the writer itself takes back its earlier answer, in the modal's sentence (or the one before under a
  // bare lead), framed by nothing but the writer and its answer (own-retraction.ts); a speaker, a scope or a source in
  // front of the retraction fails closed.
  const corrects = ownRetractionBefore(text, sentenceStart, at, ctx);
  const retracted = !corrects && SELF_CORRECTION_RE.test(text.slice(prevStart, at));
  return { value: setKey(letters), at, corrects, retracted };
}
