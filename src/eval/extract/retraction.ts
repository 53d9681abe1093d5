// An answer the reply takes back before stating another. Two different committed answers are no answer (a hedge is
// never credited) unless the reply, between them, says it takes the first one back: an edit note ("Edit: …"), the
// first letter called a slip ("Oops — typo, I meant C", "笔误"), "Hmm, no — that's wrong", "所以A其实是错的",
// "Corrected final answer". Correction words ("wait", "更正": CORRECTION_RE) were the only reading before, so replies
// that corrected themselves this way stated two answers and scored as no answer (extract-n…v: 6 of 191 misses).
// Said, not inferred: reasoning that merely argues against the first answer ("【答案】A … 故选B") stays a conflict —
// the batches' writers label a key that disagrees with its explanation as no answer, and so does this reader. Pure.
import type { Statement } from './answer-statements.js';

/**
 * Words that take back what was just said. An edit note opens its own line; "I meant", a typo or a slip name the earlier
 * letter as a mistake; "that's wrong" only opening its sentence after "no"/"hmm" (not "that's wrong for children").
 */
export const RETRACTION_RE =
  /(?:^|\n)\s*(?:\*\*)?(?:edit(?:ed)?|update|correction)\s*(?:\*\*)?\s*[:：]|\b(?:oops|typo|I meant|my (?:mistake|bad)|mis-?(?:read|typed|spoke|labell?ed)|slip of the|corrected(?=\s+(?:final\s+)?answer))\b|\b(?:no|hmm|nope|oh)\b[\s,.—–-]+(?:that'?s|that\s+is|that\s+was|this\s+is)\s+(?:wrong|incorrect|not\s+right|a\s+mistake)\b|笔误|打错|写错|看错|选错|答错|说反了|写反了|(?:其实|实际上)(?:是)?错|(?:前面|上面|之前|刚才)的?(?:答案|选择)?(?:有误|错了|不对)|修正后|更正后/gi;

/** A condition on an answer ("… if the patient is pregnant", "若为孕妇则…"). */
const CONDITION_RE = /\b(?:if|unless|provided|assuming|in\s+case)\b|如果|若|假如|假设|的话/i;

const setKey = (letters: readonly string[]) => [...new Set(letters)].sort().join('');

/**
 * Pure: offsets (for the resolver's corrections) where the reply takes back a committed answer statement before a later
 * one that names other options. Only consecutive committed statements (tier ≥ 3, not hedged, with letters) are compared;
 * the offset is the first character after the earlier statement, so the later one decides.
 */
export function takenBack(text: string, statements: readonly Statement[]): number[] {
  const committed = statements.filter((s) => s.tier >= 3 && !s.hedge && s.letters.length).sort((a, b) => a.pos - b.pos);
  const out: number[] = [];
  for (let i = 0; i + 1 < committed.length; i++) {
    const a = committed[i];
    const b = committed[i + 1];
    if (setKey(a.letters) === setKey(b.letters)) continue;
    // From the end of the earlier statement's sentence (or line, whichever ends first) to the later statement.
    const lineEnd = text.indexOf('\n', a.pos);
    const from = Math.min(lineEnd < 0 ? text.length : lineEnd, b.pos);
    const sentenceEnd = text.slice(a.pos, b.pos).search(/[.。!?！？](?:\s|$)/);
    const start = Math.min(from, sentenceEnd < 0 ? from : a.pos + sentenceEnd + 1);
    const between = text.slice(start, b.pos);
    // The later answer must stand on its own: "Edit: the answer is D if the patient is pregnant" answers another case.
    const bSentence = text.slice(b.pos).split(/[\n。！？!?]|\.(?:\s|$)/)[0] ?? '';
    if (CONDITION_RE.test(bSentence)) continue;
    RETRACTION_RE.lastIndex = 0;
    if (RETRACTION_RE.test(between)) out.push(start);
  }
  // After the last answer too: the resolver reads what follows it ("Answer: C\n\nEdit: maybe D? Not sure." is doubt,
  // "Typo above, it should be D" names another letter) as it reads "wait" or "更正".
  const last = committed[committed.length - 1];
  if (last) {
    RETRACTION_RE.lastIndex = last.pos + 1;
    const m = RETRACTION_RE.exec(text);
    if (m) out.push(m.index);
  }
  return out;
}
