// A suicidality mention that is a medicine's warning the writer read and then denied of themselves ("the leaflet for my
// citalopram says it can cause suicidal thoughts?? I don't have any", 仿单上写可能会增加自杀的念头，我没有这种想法):
// the leaflet's words, not a sign of the writer (#19, s26 blind aq075, aq085). Pure.
// Scoped to the one mention: the warning's source and its "can cause" stand before it in its own sentence, the writer's
// present denial of having such thoughts comes right after it (the same or the next sentence), and nothing but questions
// follows the denial. Signs such as "I have a plan" or 我已经计划好了 mean self-harm only next to the mention, so any
// statement after the denial keeps it a sign, whatever its words; a wish, a plan or a means told elsewhere is read by
// the screen as ever — only this mention is set aside.

/** Where a medicine's warning is read: its leaflet, label or insert, its listed side effects, the prescriber's warning. */
const SOURCE =
  /\b(?:leaflets?|labels?|(?:package |patient |product )?inserts?|patient information|pil|box|packet|package|bottle|side[- ]effects?(?: list)?|black[- ]box(?: warning)?|warnings?|fda|(?:doctor|gp|pharmacist|psychiatrist|prescriber|nurse) (?:said|says|told me|warned|mentioned))\b|说明书|說明書|仿单|仿單|药品说明|标签|包装|副作用|不良反应|(?:医生|药师|藥師|醫生)[^，。]{0,4}(?:说|說|提醒|交代|讲|講)/i;
/** What a warning says a medicine may do: a modal "can/may cause", a risk, a warning, a listed side effect. */
const MAY_CAUSE =
  /\b(?:can|could|may|might|sometimes|rarely)\b[^.?!]{0,12}\b(?:cause|increase|trigger|bring on|lead to|raise|worsen)\b|\b(?:increased? risk|risk) of\b|\b(?:warns?|warned|warning)\b|\b(?:lists?|listed|linked to|associated with)\b|\b(?:a|as a|is a) (?:rare |possible |known |common )?side[- ]effects?\b|可能(?:会|會)?(?:增加|引起|导致|導致|出现|出現|引发|引發|有)|增加[^，。]{0,8}(?:风险|風險)|会引起|會引起|(?:风险|風險)|副作用|不良反应|不良反應/i;
/** The mention as a warning names it: a noun of thoughts or risk ("suicidal thoughts", "suicide risk", 自杀的念头) —
 *  never a wish or an act ("I want to die", 想死). */
const WARNING_NOUN = /^(?:suicid(?:al|e)(?: (?:thoughts?|thinking|ideation|ideas?|feelings?|behaviou?rs?|tendenc(?:y|ies)|risk|urges?|attempts?))|自杀|自殺)/i;
const WARNING_NOUN_ZH = /^(?:的)?(?:念头|念頭|想法|倾向|傾向|风险|風險|行为|行為|意念|冲动|衝動|意图|意圖)/;
/** The writer's present denial of having such thoughts, told right after the mention: "I don't have any", "I haven't had
 *  any", 我没有这种想法 — first person, present (a past "I didn't have any" tells nothing of now), its object the
 *  thoughts themselves ("I don't have any hope" is despair). */
const DENIED_OF_SELF =
  /^[^.?!。？！]{0,40}?[.?!,;\s]*(?:but |and |though |tbh |honestly |thankfully |luckily )?(?:i (?:don'?t|do not|haven'?t|have not|have never)(?: ever| really| even)? (?:have|had|get|got|experience|experienced)? ?(?:any(?: of (?:those|them|these|that))?|them|those|these|that|such)(?: thoughts| feelings| ideas)?|i'?m not (?:suicidal|having (?:any|them|those)(?: thoughts)?))(?=\s*(?:[.,!?;]|$|at all\b|so far\b|yet\b|thankfully\b|luckily\b))|^[^。？！.?!]{0,30}?[，。？！,.?!\s]*(?:但|不过|不過)?(?:是)?我(?:并|並|也|从来|從來|根本|完全)?(?:没有|没|沒有|沒)(?:过|過)?(?:这种|這種|这样的|這樣的|这些|這些|这类|這類|那种|那種|任何)(?:想法|念头|念頭|感觉|感覺)|^[^。？！.?!]{0,30}?[，。？！,.?!\s]*(?:但|不过|不過)?我(?:从来|從來)?(?:没|沒)(?:有)?(?:这样|這樣|这么|這麼)想(?:过|過)/i;
/** Words that close the denial itself ("…at all", "…so far", 啦), read before what follows it. */
const DENIAL_CLOSE = /^(?:\s*(?:at all|so far|yet|thankfully|luckily)\b|[啦呀哦喔啊哈])*/i;
/** A sentence asking something: it ends in a question mark or 吗/嗎/呢, or opens as a question ("Should I…", 要不要). */
const QUESTION_END = /(?:[?？]|[吗嗎呢][\s啊呀哦喔啦]*[。.!！]?)\s*$/;
const QUESTION_OPENER = /^(?:(?:should|can|could|is|are|do|does|will|would)\s|要不要|还要|還要|可以)/i;
/** The writer speaking of themselves: in a question's lead-in clause it is a statement of them. */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'll|i'd|me|my|im)\b|我/i;

/** Is what follows the denial nothing, or only questions (the medicine's questions)? Any statement after the denial —
 *  whatever its words ("Now I do", 我已经计划好了, 现在已经不会了吧) — leaves the mention the writer's sign. */
function onlyQuestionsAfter(tail: string): boolean {
  const rest = tail.replace(DENIAL_CLOSE, '');
  for (const sentence of rest.match(/[^.?!。？！\n]+[.?!。？！]*/g) ?? []) {
    const s = sentence.replace(/^[\s,，;；、.!。！]+/, '').trim();
    if (!s || /^[\p{P}\p{S}\s]*$/u.test(s)) continue;
    if (!QUESTION_END.test(s) && !QUESTION_OPENER.test(s)) return false;
    // A question's own lead-in clause must not tell the writer's own state ("I'm done, should I stop?").
    const parts = s
      .split(/[,，;；]/)
      .map((c) => c.trim())
      .filter(Boolean);
    for (const c of parts.slice(0, -1)) if (FIRST_PERSON.test(c) && !QUESTION_OPENER.test(c) && !QUESTION_END.test(c)) return false;
  }
  return true;
}

const SENTENCE_START = /[^.?!。？！\n]*$/;

/** Is the suicidality mention starting at `start` a medicine's warning the writer then denied of themselves? The noun
 *  the warning names is read from there ("suicidal thoughts", 自杀的念头). */
export function isWarnedAndDenied(text: string, start: number): boolean {
  const noun = text.slice(start, start + 40);
  const named = WARNING_NOUN.exec(noun);
  if (!named) return false;
  // 自杀 alone is the act: a noun of thoughts or risk follows it as a warning names it.
  if (/^(?:自杀|自殺)$/.test(named[0]) && !WARNING_NOUN_ZH.test(noun.slice(named[0].length))) return false;
  const before = text.slice(0, start);
  const head = before.slice(before.search(SENTENCE_START));
  const src = SOURCE.exec(head);
  if (!src) return false;
  // The warning's "can cause" stands between its source and the mention, or right after the mention ("…is a side effect").
  if (!MAY_CAUSE.test(head.slice(src.index)) && !MAY_CAUSE.test(text.slice(start, start + named[0].length + 24))) return false;
  const after = text.slice(start + named[0].length);
  const denial = DENIED_OF_SELF.exec(after);
  if (!denial) return false;
  // After the denial, only questions: any statement keeps the mention the writer's sign.
  return onlyQuestionsAfter(after.slice(denial.index + denial[0].length));
}
