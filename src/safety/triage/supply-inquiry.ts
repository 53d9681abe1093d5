// A method inquiry about one's own medicine supply, read as a suicide-risk cue (telephone-triage practice: a question
// about what an overdose of the medicine at hand would do is a lethality question until shown otherwise): a hypothetical
// or a question, by the writer or about a named person, about swallowing all of their supply, a whole container or a
// large amount of it — "what would happen if I took all my sleeping pills", "what happens if you take a whole bottle of
// your tramadol", "would taking all my pills kill me", "如果我把安眠药全吃了会怎么样", "我妈要是把她的降压药全吃了会怎样".
// The amount × medicine is the one large-ingestion reader's (ingestion.ts: it already knows a course finished or a day's
// doses, "as prescribed", antibiotics, 疗程); this module adds the frame (a conditional before the act, or a question
// about its consequence) and whose supply it is. A general pharmacology question (nobody's supply: "what if someone took
// a whole bottle of paracetamol", "what is the maximum dose"), a young child's accidental swallow, a refill or dosing
// schedule question and a missed or double dose are none. Feeds the suicide screen (suicide.ts): moderate alone (urgent,
// with the crisis line), high beside any other cue.
import { clauseAt, clauses, isNegated, sentenceBounds } from '../red-flags/context.js';
import { CONDITIONAL, MEDS_EN, readLargeIngestions, withMedicineClass } from './ingestion.js';
import { RELATIVE_ZH } from './persons.js';

/** A question about what the act would do: harm, death, waking up, "what would happen", "会怎么样". */
const CONSEQUENCE =
  /会怎么?样|会怎样|怎么样|会(?:不会)?(?:死|没命|中毒|出事)|能(?:不能)?死|死(?:得了|不了)|死吗|有(?:什么)?(?:后果|危险)|危险吗|致命|致死|醒(?:不过来|不来)|还(?:能|会)醒|(?<![叫喊弄摇推])不醒|一睡不醒|睡过去|\bwhat (?:would|will|could|might|happens?)\b|\bwhat if\b|\b(?:would|could|will|can|might)\b[^.?!]{0,40}\b(?:kill|die|dead|fatal|lethal|dangerous|enough|wake|survive|hurt|harm|overdose|happen)\w*|\b(?:dangerous|fatal|lethal|deadly|kill (?:me|him|her|you)|wake up|survive)\b|\bhow (?:long|bad|quick(?:ly)?|fast)\b|\b(?:sleep|be asleep) (?:forever|for good)\b|\bnever wake\b|永远睡|长眠|再也醒不|解脱|一了百了|不用再(?:痛苦|难受|受罪)|\b(?:be free|end (?:it|the pain|everything)|make (?:it|the pain) stop|not (?:have to )?wake up)\b/i;
/** A question asked (without a conditional the consequence must be asked, not told: "现在叫不醒" is a finding). */
const QUESTION = /[?？]|吗|呢|会不会|能不能|\b(?:would|could|will|can|might|what|how|is it|does it)\b/i;
/** A question opened before the act ("is it dangerous to take all my paracetamol at once", "can you die from taking all of
 *  your blood pressure tablets", "会不会死，如果…"): the sentence is asked from its first word, the act is its object. */
const QUESTION_OPEN =
  /^\s*(?:(?:and|so|but|ok|okay|honestly|seriously|just wondering|quick question)[,\s]+)?(?:is|are|would|could|can|will|does|do|should|how|what)\b|^\s*(?:会不会|能不能|是不是|有没有)/i;
/** Whose supply: the writer, a named person or the reader's own ("your"); a possessive in English. */
const OWNER_EN = /\b(?:i|i'd|i'm|me|my|mine|myself|we|our|he|she|his|her|him|your|own)\b|\b(?!(?:what|it|that|there|here|who|how|where|let|this)'s\b)\w+'s\b/i;
const OWNER_ZH = new RegExp(`我|他|她|自己|家里|${RELATIVE_ZH}`);
/** A young child's swallow is an accident to prevent, not a method inquiry ("what if my toddler ate all my pills"). */
const YOUNG_CHILD =
  /\b(?:toddler|baby|infant|little one|child|kid|(?:[1-5]|one|two|three|four|five)[- ]year[- ]old)s?\b|宝宝|婴儿|幼儿|小孩|孩子|娃|[1-5一二两三四五]岁/i;
/** A refill or a dosing schedule, not an overdose: "do I need a refill", "instead of spreading them out", "要不要再开",
 *  "分开吃". */
const DOSING_QUESTION =
  /\b(?:refills?|renew\w*|(?:repeat|new|another) prescription|instead of|rather than|spread(?:ing)? (?:them )?out|spac(?:e|ing) them|separately|missed|forgot|twice|double|by mistake|accidentally)\b|还要再开|再开|续药|复诊|分开吃|间隔|漏(?:吃|服)|忘(?:了|记)吃|多吃了一|吃了两次|吃重了|不小心/i;
/** A schedule (every day, lately, 每天, 最近, 一直) is a dosing question only when it times the act itself, in the act's
 *  own clause ("if I take all my tablets at once every day"); anywhere else in the message it is how long the writer has
 *  been thinking or suffering ("I have been thinking lately, what would happen if…", "最近总在想如果…"), no exemption. */
const SCHEDULE = /\b(?:every day|each day|daily|this week|for (?:days|weeks|months)|long[- ]term)\b|每天|这几天|长期|天天/i;

/** Study or a story, not the writer's supply (the shared education frame is too wide here: "会不会", "is it dangerous"
 *  are how the inquiry itself is asked). */
const STUDY_OR_STORY =
  /\b(?:homework|essay|assignment|coursework|lecture|school project|class|novel|book|movie|film|story|character|plot|script)\b|\b(?:for|in|on) (?:my|an?|the|our) (?:\w+ )?(?:exam|quiz)\b|\bexam (?:question|revision|prep)|\b(?:revising|studying) for\b|作业|论文|考题|考试题|复习|课上|小说|电影|剧情|剧里|角色|主角/i;
/** A setback (a failed exam: stress, never study — "I failed my exam", "考试没考好") or the thought dwelt on ("I have been
 *  thinking lately", "keep thinking about", "最近总在想"): beside a method inquiry, a cue that raises it (suicide.ts). */
const SETBACK =
  /\b(?:failed|flunked|bombed|messed up|screwed up) (?:my |the |an? )?(?:\w+ )?(?:exams?|tests?|finals|class|course|interview)|\b(?:(?:have|'ve) been|keep|kept|can'?t stop) thinking\b|考试没考好|考砸|考得很差|挂科|没考上|落榜|(?:总|老|一直|天天)(?:是|在)?(?:想|在想)/i;
const SETBACK_ALL = new RegExp(SETBACK.source, 'gi');

/** A medicine named in the act's words (names already read as pills / 药 by withMedicineClass): a whole box of
 *  chocolates is no supply of medicine. */
const MEDICINE = new RegExp(`\\b(?:pill|tablet|insulin)\\b|\\b${MEDS_EN}\\b|药|片|粒|胶囊`, 'i');

/** An overdose or a large amount of one's own supply said without a count or a container ("overdosed on my
 *  sertraline", "took a lot of my painkillers", "吃过量", "大量服用"): the large-ingestion reader's acts need a quantity
 *  it can measure. */
const LARGE_AMOUNT = new RegExp(
  String.raw`\b(?:overdos(?:e|ed|es|ing)|od(?:'?d|ed|ing)?) on\b|\b(?:took|take|taking|swallow(?:ed|ing)?|ate|eat|down(?:ed)?|pop(?:ped)?)\s+(?:\w+\s+)?(?:a lot|lots|loads|tons|a large amount|a big (?:handful|pile)|heaps|way too many)\s+of\s+(?:my|his|her|your|our)\b|(?:过量|超量|大量)(?:地)?(?:服用|服|吃|吞)|(?:吃|吞|服)(?:了|下)?(?:过量|超量)|\b(?:took|take|taking|swallow(?:ed|ing)?|down(?:ed|ing)?)\s+all\s+(?:of\s+)?your\s+(?:[\w'’-]+\s+){0,3}?${MEDS_EN}\b`,
  'gi',
);

/** The act stopped, skipped or forgotten, not swallowed ("what if I stopped taking all my meds", "如果我不吃这些药"). */
const NOT_TAKING_BEFORE =
  /(?:\b(?:stop(?:ped|s|ping)?|quit(?:s|ting)?|skip(?:ped|s|ping)?|miss(?:ed|es|ing)?|forg[eo]t(?:ting)?(?: to)?|(?:come|came|coming) off|not|never|without|(?:do|does|did)n'?t|refus(?:e|ed|es|ing)(?: to)?|avoid(?:ed|ing)?)\s+(?:\w+\s+)?|停(?:了|掉)?|不|没|别|忘了|忘记)$/i;

/** A setback told in the message (suicide.ts: beside a method inquiry it is a cue). */
export function tellsSetback(text: string): boolean {
  return SETBACK.test(text);
}

/** Offset of a method inquiry about someone's own supply, or null. */
export function readSupplyInquiry(text: string): number | null {
  const found = [...readLargeIngestions(text), ...[...text.matchAll(LARGE_AMOUNT)].map((m) => ({ at: m.index ?? 0 }))];
  if (found.length === 0) return null;
  // Study or a story frames the question only when it is not a setback told ("I failed my exam", "考试没考好"): stress
  // beside a method inquiry raises the risk (suicide.ts), it never excuses it.
  if (STUDY_OR_STORY.test(text.replace(SETBACK_ALL, ' '))) return null;
  const cl = clauses(text);
  const named = withMedicineClass(text);
  for (const x of found) {
    const { start, end } = sentenceBounds(text, x.at);
    const sentence = text.slice(start, end);
    const head = text.slice(start, x.at);
    // The rest of the message after the act's sentence may carry the question ("if I took all my pills. would I wake
    // up?"): read the next sentence too.
    const next = text.slice(end, end + 1 + Math.max(0, text.slice(end + 1).search(/[.?!。？！\n]|$/)));
    const conditional = CONDITIONAL.test(head);
    const consequence = conditional
      ? CONSEQUENCE.test(sentence) || CONSEQUENCE.test(next)
      : CONSEQUENCE.test(sentence) && (QUESTION.test(text.slice(x.at, end + 1)) || QUESTION_OPEN.test(head));
    if (!consequence) continue;
    // An act told as done with a question after it ("I took all my pills, will I die") is the overdose itself: the
    // ingestion rule's; still an inquiry, the screen adds the crisis line.
    const owner = text.slice(start, Math.min(end, x.at + 60));
    if (!OWNER_EN.test(owner) && !OWNER_ZH.test(owner)) continue;
    if (!MEDICINE.test(named.slice(x.at, Math.min(end, x.at + 60)))) continue;
    const actClause = text.slice(x.at, x.at + Math.max(0, text.slice(x.at).search(/[,，;；.?!。？！\n]|$/)));
    if (YOUNG_CHILD.test(head) || DOSING_QUESTION.test(sentence) || SCHEDULE.test(actClause) || NOT_TAKING_BEFORE.test(head)) continue;
    const c = clauseAt(cl, x.at);
    if (isNegated(text, c, x.at)) continue;
    return x.at;
  }
  return null;
}
