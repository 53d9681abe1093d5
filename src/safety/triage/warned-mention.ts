// A suicidality mention that is a medicine's warning the writer read and then denied of themselves ("the leaflet for my
// citalopram says it can cause suicidal thoughts?? I don't have any", 仿单上写可能会增加自杀的念头，我没有这种想法):
// the leaflet's words, not a sign of the writer (#19, s26 blind aq075, aq085). Pure.
// Scoped to the one mention: the warning's source and its "can cause" stand before it in its own sentence, and the
// writer's denial of having such thoughts comes right after it (the same or the next sentence). Anything told after the
// denial that takes it back ("actually I have been thinking about it", 其实最近有) keeps the mention a sign; a wish,
// a plan or a means told elsewhere is read by the screen as ever — only this mention is set aside.

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
/** The writer's denial of having such thoughts, told right after the mention: "I don't have any", "I haven't had
 *  them", 我没有这种想法 — its object the thoughts themselves, nothing after it ("I don't have any hope" is despair). */
const DENIED_OF_SELF =
  /^[^.?!。？！]{0,40}?[.?!,;\s]*(?:but |and |though |tbh |honestly |thankfully |luckily )?(?:i (?:don'?t|do not|haven'?t|have not|have never|never|didn'?t|did not)(?: ever| really| even)? (?:have|had|get|got|experience|experienced)? ?(?:any(?: of (?:those|them|these|that))?|them|those|these|that|such)(?: thoughts| feelings| ideas)?|i'?m not (?:suicidal|having (?:any|them|those)(?: thoughts)?))(?=\s*(?:[.,!?;]|$|at all\b|so far\b|yet\b|thankfully\b|though\b|just\b|and\b|but\b|lol\b|tbh\b|luckily\b|myself\b))|^[^。？！.?!]{0,30}?[，。？！,.?!\s]*(?:但|不过|不過)?(?:是)?我(?:并|並|也|从来|從來|根本|完全)?(?:没有|没|沒有|沒)(?:过|過)?(?:这种|這種|这样的|這樣的|这些|這些|这类|這類|那种|那種|任何)(?:想法|念头|念頭|感觉|感覺)|^[^。？！.?!]{0,30}?[，。？！,.?!\s]*(?:但|不过|不過)?我(?:从来|從來)?(?:没|沒)(?:有)?(?:这样|這樣|这么|這麼)想(?:过|過)/i;
/** Told after the denial, it is taken back: the thoughts are the writer's after all. */
const TAKEN_BACK =
  /\b(?:actually|tbh|to be honest|honestly|but|though|well|lately|recently|sometimes)\b[^.?!]{0,30}\bi (?:do|did|have|had|'ve|kind of|sort of|maybe)\b|\bi(?:'ve| have)? been (?:thinking|having|getting|feeling)\b|\b(?:thinking|thought|think) about (?:it|them|that|doing|dying|ending|killing)\b|\b(?:want|wanted|wanna) to die\b|\bsometimes i (?:do|have|wish|think|feel)\b|\bi (?:just |still |do )?(?:feel|felt) (?:like|so|really|very|empty|hopeless|numb|low|down)\b|\b(?:disappear\w*|no point|not (?:be )?here|end (?:it|things)|hopeless|worthless|burden)\b|\b(?:not really|not many|not much|not often|mostly|any ?more|no longer|used to)\b|其实|其實|不太|不多|以前有|之前有|确实|確實|偶尔|偶爾|有时候?|有時候?|最近[^，。]{0,6}(?:有|想)|想过|想過|想死|不想活/i;

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
  // Nothing between the mention and the denial, nor after the denial, takes it back or tells a sign of the writer.
  return !TAKEN_BACK.test(after);
}
