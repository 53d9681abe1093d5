// Whether the writer itself takes back its earlier answer in the sentence of a closing modal answer (issue #16, session
// 40). Two s39 reviews found 12 and then 9 replies where "…应为AB" / "it should be A" replaced the writer's STATED
// right answer although the correction was someone else's ("有同事提出：D错了，应为AB", "A reviewer wrote: 'You forgot
// …'"), or held for a scope ("For patients whose initial antibiotic was wrong …"). Each fix listed more speakers and
// scopes; the next speaker is never on the list. So this reads the frame of the retraction the other way round: a
// CLOSED description of the writer speaking about its own answer, and anything else in front of the retraction word
// (a speaker, a population, a condition, a source) fails closed — the stated answer stands.
//
// The structure read:
//   where  the retraction (错了 / 漏选 / 有误 / wrong / forgot / missed …) stands in the modal's own sentence, before
//          the modal; or in the sentence just before when the modal's sentence holds nothing but a lead ("C错了。应为ABD。",
//          "I forgot D. So it should be B and D.");
//   who    everything in that sentence before the retraction word is the writer's frame: the writer (我 / I / my),
//          its earlier answer (an option letter, 答案 / answer / option), a lead (wait / 等等 / 更正 / sorry), and the
//          grammar words that join them. One word outside the frame ("同事", "tutor", "children", "guideline") and it is
//          not the writer's own retraction.
// Pure.
import type { LetterContext } from './letter-set.js';

/** The writer's retraction words: its own list (modal-replacement's SELF_CORRECTION_RE is left as the older readers use it). */
const RETRACTION_RE =
  /错了|[选写答看]错|有误|不对|不啱|唔啱|更正|修正|纠正|改正|改为|漏[了选掉写]|遗漏|\bwrong\b|\bforg[oe]t\b|\bmissed\b|\bmistaken?\b|\bincorrect\b|\bon reflection\b|\bscratch that\b/i;

/** The words a writer frames its own retraction with, zh. Longest first so that "刚才" is one word, not two. */
const FRAME_ZH = [
  '不好意思',
  '补充一下',
  '补充',
  '仔细',
  '重新',
  '核对',
  '检查',
  '想了想',
  '再想',
  '再看',
  '对不起',
  '再核对',
  '再检查',
  '重新看',
  '等一下',
  '我的',
  '我们',
  '刚才',
  '刚刚',
  '之前',
  '前面',
  '上面',
  '原来',
  '原先',
  '本来',
  '其实',
  '答案',
  '选项',
  '选择',
  '题干',
  '题目',
  '一下',
  '一遍',
  '发现',
  '抱歉',
  '等等',
  '更正',
  '修正',
  '这里',
  '这个',
  '认为',
  '觉得',
  '我',
  '再',
  '想',
  '原',
  '把',
  '将',
  '了',
  '的',
  '也',
  '还',
  '都',
  '是',
  '项',
  '第',
  '选',
  '写',
  '看',
  '答',
  '哦',
  '噢',
  '嗯',
  '啊',
  '呃',
  '哎',
  '诶',
  '咦',
  '啲',
  '我哋',
];

/** The words a writer frames its own retraction with, en (lower case). */
const FRAME_EN = new Set(
  (
    "i i've i'd i'm i was were am have had has been my me myself mine wait oh oops hmm hm ah sorry correction actually " +
    'no ok okay hold on second thought thoughts reflection just earlier above before previous previously initial initially ' +
    "original originally first answer answers option options choice choices letter the that this it its it’s it's that's that’s is " +
    'got put picked chose chosen read marked selected included listed left out gave given said wrote and so also too ' +
    'think believe realise realize see by mistake in of to a an question stem again rereading re-reading checking check double-checking looking back now'
  ).split(/\s+/),
);

/** Punctuation and marks that join the frame's words (not the apostrophe: "that's", "I've" are words). */
const JOINERS_RE = /[\s,，、:：;；—–\-!！.。"“”‘()（）*_]+/g;

/** True when every word of `frame` is the writer speaking about its own answer. */
function isOwnFrame(frame: string): boolean {
  let rest = frame.replace(JOINERS_RE, ' ');
  // Option letters (the earlier answer: "D错了", "I got D wrong"), and a zh option written 第二项 / D项.
  rest = rest.replace(/(?<![A-Za-z])[A-J](?![A-Za-z])/g, ' ').replace(/第?[一二三四五六七八九十]项/g, ' ');
  const words = rest.match(/[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]+/g) ?? [];
  for (const word of words) {
    if (/^[A-Za-z]/.test(word)) {
      if (!FRAME_EN.has(word.toLowerCase())) return false;
      continue;
    }
    // A run of Chinese characters: it must split wholly into frame words.
    let s = word;
    while (s) {
      const hit = FRAME_ZH.find((w) => s.startsWith(w));
      if (!hit) return false;
      s = s.slice(hit.length);
    }
  }
  return true;
}

const SENTENCE_ENDS = ['\n', '。', '.', '!', '！', '?', '？', ';', '；'];
/** What a modal's sentence may hold before the modal when the retraction stands in the sentence before. */
const BARE_LEAD_RE =
  /^\s*(?:(?:所以|因此|故|那么|那|则|因而|综上|更正|so|therefore|thus|hence|then|correction)\s*[:：,，]?\s*)*(?:(?:本题|这题|此题)?的?(?:正确|最终)?的?(?:答案)?|it|the\s+(?:correct\s+)?answer)?\s*$/i;
/** Clause bounds inside a sentence. */
const CLAUSE_BOUND_RE = /[,，:：—–]|\s-\s/g;
/** Frame words that may open a claim about an option ("其实甲硝唑也是…", "but metronidazole is …"). */
const CLAIM_LEAD_RE = /^(?:(?:其实|另外|而且|但是?|不过|also|but|and|however|actually|the)\s*)*/i;

/** The names a clause may open with to be a claim about an option: its letter, its text, its aliases, its distinctive parts. */
function optionNames(ctx: LetterContext): string[] {
  const names: string[] = [];
  for (const t of ctx.raw?.values() ?? []) names.push(t);
  for (const t of ctx.texts?.values() ?? []) names.push(t);
  for (const list of [...(ctx.aliases?.values() ?? []), ...(ctx.parts?.values() ?? [])]) names.push(...list);
  return names.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 2);
}

/**
 * A clause in front of the retraction's own clause is the writer's (own frame: "补充：", "再核对一遍：", "Wait,") or a
 * claim about an option (it opens with the option: "甲硝唑也是常用抗菌药物之一，", "利格列汀不需要停用，"). A speaker
 * ("有同事提出：", "老师说，"), a population ("In children,"), a source ("旧版教材中，") is neither.
 */
function ownOrClaim(clause: string, ctx: LetterContext, names: readonly string[]): boolean {
  if (isOwnFrame(clause)) return true;
  const body = clause.trim().replace(CLAIM_LEAD_RE, '');
  if (/^(?:第?[A-J](?![A-Za-z])|[(（][A-J][)）])/.test(body)) return ctx.valid.has((body.match(/[A-J]/) ?? [''])[0]);
  const low = body.toLowerCase();
  return names.some((n) => low.startsWith(n));
}

/**
 * The writer adopting a correction someone else made, as a clause of its own between the retraction and the modal
 * ("同事提醒我漏选了D，确实如此，应为ACD", "My colleague pointed out I forgot D, and she's right — it should be B and D").
 */
const ADOPTED_CLAUSE_RE =
  /[,，—–]\s*(?:and\s+|but\s+)?(?:确实(?:如此|是这样)?|的确(?:如此)?|说得对|说得没错|没错|(?:she|he|they)(?:'s|’s|'re|’re| is| are) right|I agree|good catch|fair point)\s*(?:[,，—–]|$)/i;

function ownRetractionIn(sentence: string, ctx: LetterContext): boolean {
  const m = RETRACTION_RE.exec(sentence);
  if (!m) return false;
  if (ADOPTED_CLAUSE_RE.test(sentence.slice(m.index + m[0].length))) return true;
  const head = sentence.slice(0, m.index);
  const bounds = [...head.matchAll(CLAUSE_BOUND_RE)].map((b) => (b.index ?? 0) + b[0].length);
  const clauseStart = bounds.length ? bounds[bounds.length - 1] : 0;
  // The retraction's own clause: nothing but the writer and its answer before the retraction word.
  if (!isOwnFrame(head.slice(clauseStart))) return false;
  // Every clause before it in the sentence: the writer's own frame or a claim about an option.
  // A clause ending in a colon introduces what follows ("有同事提出：", "My registrar's note:"): it must be the
  // writer's own frame whatever the call knows. A clause ending in a comma or a dash is read as a claim only by the option it
  // opens with; a call that gives no option texts cannot tell a claim from a scope, so there such a clause is left
  // to the older speaker and scope checks in modal-replacement.ts.
  const names = optionNames(ctx);
  let from = 0;
  for (const b of bounds) {
    const raw = head.slice(from, b);
    const clause = raw.replace(/[,，:：—–\s-]+$/, '');
    from = b;
    if (!clause.trim() || isOwnFrame(clause)) continue;
    if (/[:：]\s*$/.test(raw)) return false;
    if (ctx.texts && !ownOrClaim(clause, ctx, names)) return false;
  }
  return true;
}

/**
 * Pure: does the writer take back its own earlier answer, in the sentence of the modal starting at `at` (before it), or
 * in the sentence just before when the modal's sentence holds only a lead? `sentenceStart` is where the modal's
 * sentence begins.
 */
export function ownRetractionBefore(text: string, sentenceStart: number, at: number, ctx: LetterContext): boolean {
  const own = text.slice(sentenceStart, at);
  if (RETRACTION_RE.test(own)) return ownRetractionIn(own, ctx);
  if (!BARE_LEAD_RE.test(own)) return false;
  const head = text.slice(0, sentenceStart).replace(/[\s。.!！;；]+$/, '');
  const prevStart = Math.max(...SENTENCE_ENDS.map((p) => head.lastIndexOf(p))) + 1;
  return ownRetractionIn(head.slice(prevStart), ctx);
}
