// An answer reached by elimination, read from the reply's layout: rows whose subject is an option, each set aside
// (a ×, 错, 排除, "not" — or all of them under an elimination frame: "排除法：", "排除完只剩…"), then one remainder clause
// ("剩下B", "剩下那个…就是答案", "That leaves…"). The answer is the one option no row took: the remainder clause may name
// it (it must be that option) or only point at it. Blind misses of this shape (session 36): rows by letter ("A错，…；
// B错，…"), by option name ("- 阿托品：… → 排除"), rows with no marker of their own under "排除完只剩…", and a
// negated list ("排除A、B、D、E，剩下的就是C"). Rejection alone with no remainder clause ("Not D. Not A. Not B.") chose
// nothing — commitment.ts keeps that decision. Pure.
import { FALSE_IN_CLAUSE_RE, REJECT_RE } from './answer-lexicon.js';
import { normOptionText, type LetterContext } from './letter-set.js';
import { contentUnits, optionByContent } from './option-names.js';

/** Where the reply says what is left: the remainder clause, or an elimination frame said there ("排除完只剩"). */
const REMAINDER_CUE_RE =
  /剩下|剩余|只剩|排除(?:法|完|以后|之后)|\b(?:that|which|this) leaves\b|\bleaves (?:us with|only)\b|\bleft (?:with|over)\b|what'?s left|\bremaining (?:one|option|choice|answer)\b|by (?:(?:the )?process of )?elimination/i;
/** An elimination frame heading its rows ("排除法：", "By elimination:"). */
const FRAME_HEAD_RE = /^\s*(?:用|采用)?(?:排除法|(?:by|process of) elimination|ruling out)\s*[:：]\s*/i;
/** A row that sets its option aside by a mark of its own. */
const ROW_REJECT_RE = /[×✗✘❌]|排除|不符|不会|不支持/;
/** A row that keeps its option ("✓", "正确", "is correct"): the layout is a verdict walk, not an elimination. */
const ROW_KEEP_RE = /[✓✔√✅]|正确|\bcorrect\b|\bright\b|答案/i;
/** A negated list of letters inside the remainder's sentence ("排除A、B、D、E，…", "rule out A, B and D"). */
const NEGATED_LIST_RE =
  /(?:排除|除了|\brul(?:e|ed|ing) out\b|\bexclud(?:e|ed|ing)\b|\bnot\b)\s*(?:选项|options?)?\s*([A-J](?:\s*(?:[、,，/]|\band\b|\bor\b|和|及)\s*[A-J])+)(?![A-Za-z])/i;

/** A pointer at the one left, naming nothing ("那一项", "那个", "它", "the remaining one"). */
const POINTER_RE = /那一?[项个]|这一?[项个]|它|\bthe (?:remaining|last|only|other) one\b|\bthe one (?:left|remaining)\b|\bwhat(?:ever)? remains\b/i;

const ROW_LETTER_RE = /^[\s*•\-×✗✘❌]*[(（]?([A-J])(?![A-Za-z])[)）]?/;

export type Elimination = { letter: string } | 'contradicted';

/** The option a row is about: its opening letter, or the option named by its head (before "：", "—", "→", ","). */
function rowSubject(row: string, ctx: LetterContext): string | null {
  const m = ROW_LETTER_RE.exec(row);
  if (m) return ctx.valid.has(m[1]) ? m[1] : null;
  if (!ctx.texts || !ctx.units) return null;
  const head = row.replace(/^[\s*•\-×✗✘❌]+/, '').split(/[:：—–→,，]/)[0];
  const norm = normOptionText(head);
  if (!norm) return null;
  const exact = [...ctx.texts].find(([, t]) => t === norm)?.[0];
  return exact ?? optionByContent(head, ctx.units, 2, ctx.raw, ctx.names);
}

/** Options the remainder clause names after its cue: lone letters, else an option by its words. */
function remainderNames(clause: string, ctx: LetterContext): string[] {
  const letters = [...clause.matchAll(/(?<![A-Za-z])[(（]?([A-J])[)）]?(?![A-Za-z])/g)].map((x) => x[1]).filter((l) => ctx.valid.has(l));
  if (letters.length) return [...new Set(letters)];
  if (!ctx.units) return [];
  const named = optionByContent(clause, ctx.units, 2, ctx.raw, ctx.names);
  if (named) return [named];
  const said = normOptionText(clause);
  return [...(ctx.texts ?? [])].filter(([, t]) => t.length >= 2 && said.includes(t)).map(([l]) => l);
}

/**
 * Pure: the option left by the reply's elimination rows and remainder clause; 'contradicted' when the remainder clause
 * names another option than the one left (or one the rows set aside); null when the reply is no elimination.
 * For one-answer items whose question asks for the right option (not "which is NOT…": there rows mean the opposite).
 */
export function eliminationRemainder(text: string, ctx: LetterContext): Elimination | null {
  const items = text
    .split('\n')
    // (The cleaned reply folds full-width marks: "。" is "." there.)
    .flatMap((line) => line.split(/[；;。]|\.(?=\s|[\u4e00-\u9fff]|$)/))
    .map((s) => s.trim())
    .filter(Boolean);
  const at = items.findLastIndex((s) => REMAINDER_CUE_RE.test(s));
  if (at < 0) return null;
  const remainder = items[at];
  const cue = REMAINDER_CUE_RE.exec(remainder);
  if (!cue) return null;
  const framed = items.slice(0, at + 1).some((s) => FRAME_HEAD_RE.test(s)) || /排除(?:法|完|以后|之后)|elimination/i.test(remainder);
  const rejected = new Set<string>();
  // A negated letter list before the cue, in the remainder's own sentence.
  const list = NEGATED_LIST_RE.exec(remainder.slice(0, cue.index));
  if (list) for (const l of list[1].match(/[A-J]/g) ?? []) if (ctx.valid.has(l)) rejected.add(l);
  for (const raw of items.slice(0, at)) {
    const row = raw.replace(FRAME_HEAD_RE, '');
    const subject = rowSubject(row, ctx);
    if (!subject) continue;
    if (ROW_KEEP_RE.test(row)) return null;
    const own = ROW_REJECT_RE.test(row) || REJECT_RE.test(row) || FALSE_IN_CLAUSE_RE.test(row);
    if (!own && !framed) return null;
    rejected.add(subject);
  }
  if (rejected.size < 2) return null;
  const left = [...ctx.valid].filter((l) => !rejected.has(l));
  if (left.length !== 1) return null;
  const named = remainderNames(remainder.slice(cue.index + cue[0].length), ctx);
  if (!named.length) {
    // Pointing at the remaining one ("剩下那一项", "就是它", "the remaining one"), or saying nothing more; a clause that
    // names something else ("That leaves surgery") answered off the list.
    const rest = remainder.slice(cue.index + cue[0].length);
    return POINTER_RE.test(rest) || !contentUnits(rest).size ? { letter: left[0] } : null;
  }
  return named.length === 1 && named[0] === left[0] ? { letter: left[0] } : 'contradicted';
}
