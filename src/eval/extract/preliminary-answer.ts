// A reply that labels its own first answer PRELIMINARY ("初步答案：B", "初步选ABCD。", "Initial pick: A, B, D, F.") and
// later opens a line with a slot labelled FINAL ("最终答案：C", "Final answer: C", "Revised final: A, B, D") has, in its
// own words, replaced the first answer with the second. The resolver reads two committed answers as a conflict unless a
// correction word stands between them (retraction.ts: "said, not inferred"); here the labels say it. Seen in five blind
// batches written by different authors (xab-115, xad-114, xae-016, xan-010, xaw-041, xaw-052: all labelled the final).
//
// Read by FORM, failing closed: both labels open their lines (slots, not words inside reasoning); exactly one of each,
// the preliminary first; each slot's value is a letter set with no hedge and no question; the final slot is the
// reply's last answer slot. final-answer.ts re-reads the reply with the preliminary sentence blanked only when the
// whole reply gave no answer (conflict or hedge), and credits the re-reading only when it is the final slot's own
// letters — every other check (doubt after the final slot, a third answer, several for a single) still runs. Pure.
import { type LetterContext, normOptionText } from './letter-set.js';

/** Markup a slot's label may be wrapped in ("**Final answer:**", "<em>Initial pick:</em>"). */
const MARK = String.raw`(?:\*{1,2}|_{1,2}|<(?:em|b|strong)>|<\/(?:em|b|strong)>|[#>\s])*`;
/** A label that calls the answer after it preliminary, opening its line; a bare 初步 needs its colon (初步复苏 is no label). */
const PRELIMINARY_SLOT_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${MARK}(?:(?:初步|初始)(?:答案|判断|选择)?${MARK}(?:[:：]|是|为)|初选${MARK}[:：]?|我?初步(?:考虑)?选择?|(?:my\s+)?(?:initial|preliminary|tentative|provisional)\s+(?:answer|pick|choice)${MARK}(?:[:：]|\bis\b))${MARK}`,
  'gi',
);
/** A label that calls the answer after it final, opening its line. */
const FINAL_SLOT_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${MARK}(?:(?:(?:所以|因此|故)\s*)?(?:修正后\s*)?(?:最终(?:答案|选择)?${MARK}(?:[:：]|是|为)|最终选择?)|(?:(?:revised|corrected)\s+)?final(?:\s+(?:answer|pick|choice))?${MARK}(?:[:：]|\bis\b)|(?:revised|corrected)\s+(?:answer|pick|choice)${MARK}(?:[:：]|\bis\b))${MARK}`,
  'gi',
);

/**
 * Review s43 (fail closed): a case-scoping word ANYWHERE between the slots, not only in the last sentence, may make the
 * final slot the answer of another case ("For pregnant women it is different.", "In pregnancy, however, things change.",
 * "孕妇则不同", "要是合并肾功能不全，就不一样了", "Should she become pregnant…"): the form is then not read (START: conflict).
 */
const CASE_SCOPE_RE =
  /\b(?:if|unless|provided|assuming|in\s+case|when|whenever|whereas|otherwise|should\s+(?:she|he|they|it|the|a|an)|were\s+(?:she|he|they|it|the)|in\s+(?:a\s+patient|that\s+case)|differ\w*|depend\w*|chang(?:e|es|ed))\b|如果|若|假如|假设|假設|的话|的話|对于|對於|要是|万一|萬一|倘若|一旦|换成|換成|换作|換作|不同|不一样|不一樣|取决|取決|视情况|視情況|否则|否則/i;

/** A condition opener, for the sentence leading into the final slot only (this reader's own list). */
const LEAD_CONDITION_RE =
  /\b(?:if|unless|provided|assuming|in\s+case|when|for\s+(?:a|an|the)\s+\w+\s+(?:patient|case|child|woman))\b|如果|若|假如|假设|的话|对于/i;

export interface PreliminaryForm {
  /** Offsets (in the text given) of the preliminary sentence, label included: blank these to read past it. */
  from: number;
  to: number;
  /** The final slot's letters, sorted. */
  final: string;
}

const setKey = (letters: readonly string[]) => [...new Set(letters)].sort().join('');

/** The value after a label up to its sentence end (a Chinese stop, a newline, or ". "), and where that sentence ends. */
function valueAt(text: string, at: number): { value: string; end: number } {
  const rest = text.slice(at);
  const stop = rest.search(/[\n。！？!?；;]|\.(?:\s|$)/);
  // The stop belongs to the sentence; a newline does not (the next line may open the final slot).
  const end = stop < 0 ? text.length : at + stop + (rest[stop] === '\n' ? 0 : 1);
  return { value: text.slice(at, stop < 0 ? text.length : at + stop), end };
}

/** A value that is letters only ("C", "A、C", "A, B, D", "(B)", "ABD"). */
const LETTERS_ONLY_RE = /^[(（]?[A-J][)）]?(?:\s*(?:,|，|、|&|\band\b|和|及)?\s*[(（]?[A-J][)）]?)*[.。]?$/;

/**
 * A slot's letters: letters only, or one option's whole text; never a hedge or a question. `gloss` lets a bracket after
 * the letters go ("A（肠套叠需要解除梗阻）"): only for the preliminary slot, which is blanked, never for the final one,
 * where a bracket may set a condition ("C（若为孕妇）").
 */
function slotLetters(text: string, at: number, ctx: LetterContext, gloss: boolean): { letters: string; end: number } | null {
  const { value, end } = valueAt(text, at);
  if (/[?？]/.test(text.slice(at, end))) return null;
  let bare = value
    .replace(/\$?\\boxed\{([^}]*)\}\$?/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
  // A bracket after the value glosses it; a bracketed letter ("(C)") is the value itself.
  if (gloss) bare = bare.replace(/(?<=\S)\s*[(（][^)）]{2,}[)）]/g, '').trim();
  if (!bare) return null;
  if (LETTERS_ONLY_RE.test(bare)) {
    const letters = bare.match(/[A-J]/g) ?? [];
    return letters.every((l) => ctx.valid.has(l)) ? { letters: setKey(letters), end } : null;
  }
  const whole = normOptionText(bare.replace(/[.。]$/, ''));
  const named = [...(ctx.texts ?? new Map<string, string>())].filter(([, t]) => t === whole).map(([l]) => l);
  return named.length === 1 ? { letters: named[0], end } : null;
}

/**
 * Pure: the preliminary-then-final form, or null. `text` is the reply in reading form (same offsets as the raw reply).
 */
export function preliminaryAnswer(text: string, ctx: LetterContext): PreliminaryForm | null {
  const prelims = [...text.matchAll(PRELIMINARY_SLOT_RE)];
  const finals = [...text.matchAll(FINAL_SLOT_RE)];
  if (prelims.length !== 1 || finals.length !== 1) return null;
  const p = prelims[0];
  const f = finals[0];
  const pAt = (p.index ?? 0) + p[0].length;
  const fAt = (f.index ?? 0) + f[0].length;
  if ((f.index ?? 0) <= (p.index ?? 0)) return null;
  const first = slotLetters(text, pAt, ctx, true);
  const last = slotLetters(text, fAt, ctx, false);
  if (!first || !last || first.letters === last.letters || first.end > (f.index ?? 0)) return null;
  // The final slot is not led in by a condition: a line ending on a colon ("If she is pregnant:⏎Final answer: C") or a
  // last sentence before it that sets one ("若为孕妇，则不同。⏎最终答案：C") may make it the answer of another case.
  const between = text.slice(first.end, f.index).trimEnd();
  if (/[:：]$/.test(between)) return null;
  const lead =
    between
      .split(/[\n。！？!?]|\.(?:\s|$)/)
      .filter((x) => x.trim())
      .pop() ?? '';
  if (LEAD_CONDITION_RE.test(lead)) return null;
  // Review s43 (fail closed): a case scope anywhere between the slots, or a question between them ("Pregnant? Then it
  // changes."), leaves the reply as START read it.
  if (CASE_SCOPE_RE.test(between) || /[?？]/.test(between)) return null;
  // Review s43 (fail closed): slots introduced by the reply's own lead-in ending on a colon ("…the previous responder
  // wrote:", "The required format would look like this:") may be someone else's or a template, not its own answer.
  if (/[:：]$/.test(text.slice(0, p.index ?? 0).trimEnd())) return null;
  // The final slot is the reply's last word: nothing after it can condition, doubt or replace it.
  if (text.slice(last.end).trim()) return null;
  const from = (p.index ?? 0) + (text[p.index ?? 0] === '\n' ? 1 : 0);
  return { from, to: first.end, final: last.letters };
}
