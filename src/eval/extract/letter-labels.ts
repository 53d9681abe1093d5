// What the reply itself writes beside the letters it answers with, read as a table's columns (issue #16, session 37).
// Two layouts bind a name or a verdict to each letter by POSITION, not by words:
//   gloss list   a letter list followed by a bracket holding as many names as letters ("答案：ABE（阿司匹林、氯吡格雷、
//                替格瑞洛）", "Answer: A, C (metformin and insulin glargine)"): the k-th name glosses the k-th letter.
//   letter marks a letter written with its own verdict mark ("A√ B√ C× D√ E√", "C ✗", "D✅"): the mark judges the letter.
//   label text   a letter written as an option's label with a name after it ("B) metformin", "(C) 补钾", "D: alteplase",
//                "C. 补钠"): the name is what the writer takes that letter to be.
// The consistency check (reply-consistency.ts) asks whether the reply stands behind the credited set by these columns:
// a gloss list whose names are another set of options than its letters, a credited letter labelling another option's
// whole name, or a credited letter the reply marks wrong (on an item that does not ask for the wrong one), is a reply
// contradicting itself — no answer, never the other set.
// Pure.
import { CONTENT_NEGATED_RE, CORRECTION_RE, REJECT_RE } from './answer-lexicon.js';
import { normOptionText, type LetterContext } from './letter-set.js';
import { contentUnits, optionByContent, unitsSaid } from './option-names.js';

/** Letters joined as a list ("A, C", "B、D", "A and E") or written together in increasing order ("ABE"), then a bracket. */
const GLOSSED_LIST_RE = /(?<![A-Za-z])([A-J](?:\s*(?:,|、|，|\/|&|\band\b|和|及)\s*[A-J](?![A-Za-z]))+|[A-J]{2,10})\s*[(（]([^()（）\n]{1,240})[)）]/g;
/** What joins the names inside the bracket. */
const ITEM_JOINER_RE = /\s*(?:[,，、;；/]|\band\b|\bor\b|以及|和|及|与|與)\s*/i;
/** Words that relate a name to something else or set it aside: the item is then a remark, not a name. */
const RELATING_RE = /\b(?:not|no|unlike|than|versus|vs|except|without|if|but)\b|[不非除若]|排除/i;

/** The one option an item is wholly the name of (its text, or content units all that option's own), else null. */
function itemName(item: string, ctx: LetterContext): string | null {
  const t = item
    .trim()
    // A word boundary: "amoxicillin", "aspirin", "theophylline" keep their first letters (review s37).
    .replace(/^(?:(?:the|an?)\s+|i\.e\.\s*|即|也就是)/i, '')
    .replace(/[*_`"“”'‘’]/g, '')
    .trim();
  if (!t || RELATING_RE.test(t) || REJECT_RE.test(t) || CONTENT_NEGATED_RE.test(t)) return null;
  const exact = normOptionText(t);
  const byText = ctx.texts && [...ctx.texts].find(([, o]) => o === exact)?.[0];
  if (byText) return byText;
  if (!ctx.units) return null;
  const named = optionByContent(t, ctx.units, 2, ctx.raw, ctx.names);
  if (!named) return null;
  const said = contentUnits(t);
  const own = unitsSaid(said, ctx.units, ctx.names).get(named);
  return own && said.size && [...said].every((u) => own.has(u)) ? named : null;
}

export interface GlossList {
  /** Where the letter list starts. */
  at: number;
  /** The list's letters in written order. */
  letters: string[];
  /** The option each bracketed name is wholly the name of, in written order. */
  named: string[];
}

/** Pure: every letter list with a bracket of exactly as many names, each wholly one option's name. */
export function glossLists(text: string, ctx: LetterContext): GlossList[] {
  const out: GlossList[] = [];
  for (const m of text.matchAll(GLOSSED_LIST_RE)) {
    const letters = m[1].match(/[A-J]/g) ?? [];
    // Letters written together count only in increasing order ("ABE"; "DKA", "ECG" are words).
    if (!/[^A-J]/.test(m[1]) && !letters.every((l, i) => i === 0 || l > letters[i - 1])) continue;
    if (new Set(letters).size !== letters.length || !letters.every((l) => ctx.valid.has(l))) continue;
    const items = m[2].split(ITEM_JOINER_RE).filter((x) => x.trim());
    if (items.length !== letters.length) continue;
    const named = items.map((x) => itemName(x, ctx));
    if (named.some((n) => n === null)) continue;
    out.push({ at: m.index, letters, named: named as string[] });
  }
  return out;
}

const setKey = (letters: Iterable<string>) => [...new Set(letters)].sort().join('');

/** Pure: a gloss list whose letters are the credited set names each letter's own option, in the letters' order. */
export function glossAgrees(text: string, ctx: LetterContext, value: string): boolean {
  return glossLists(text, ctx).some((g) => setKey(g.letters) === value && g.named.every((n, i) => n === g.letters[i]));
}

/**
 * Pure: the text with the bracket of every gloss list agreeing with `value` (glossAgrees) blanked, length kept — so a
 * reader can look for a conflict the gloss itself does not cause (review s37: "答案：ACE（…）。也就是B（卡托普利）。").
 */
export function withoutAgreeingGlosses(text: string, ctx: LetterContext, value: string): string {
  let out = text;
  for (const m of text.matchAll(GLOSSED_LIST_RE)) {
    const g = glossLists(m[0], ctx)[0];
    if (!g || setKey(g.letters) !== value || !g.named.every((n, i) => n === g.letters[i])) continue;
    const open = m.index + m[0].search(/[(（]/);
    const end = m.index + m[0].length;
    out = out.slice(0, open) + ' '.repeat(end - open) + out.slice(end);
  }
  return out;
}

/** One letter with a bracketed name after it ("E (metformin)", "B（卡托普利）"). */
const LETTER_BRACKET_NAME_RE = /(?<![A-Za-z])([A-J])\s*[(（]([^()（）\n]{1,80})[)）]/g;

/**
 * Pure: outside the agreeing gloss brackets (blank them first: withoutAgreeingGlosses), a single letter glossed with a
 * name that is wholly an option's, where the letter is not credited or the name is not its own ("…, i.e. E (metformin)"
 * after "A, B (metformin and insulin glargine)"): the reply writes a second, disagreeing reference.
 */
export function otherLetterGlossed(blanked: string, ctx: LetterContext, value: string): boolean {
  for (const m of blanked.matchAll(LETTER_BRACKET_NAME_RE)) {
    const letter = m[1];
    if (!ctx.valid.has(letter)) continue;
    const named = itemName(m[2], ctx);
    if (named !== null && (named !== letter || !value.includes(letter))) return true;
  }
  return false;
}

/** Pure: a gloss list whose letters are the credited set names another set of options than its letters. */
export function glossListDisagrees(text: string, ctx: LetterContext, value: string): boolean {
  return glossLists(text, ctx).some((g) => setKey(g.letters) === value && setKey(g.named) !== value);
}

/** The lexicon's corrections, tested without its global flag's state. */
const CORRECTION_ANY_RE = new RegExp(CORRECTION_RE.source, 'i');

const MARK = '√|✓|✔|✅|☑|×|✗|✘|❌|✖|╳';
const CROSS_RE = /[×✗✘❌✖╳]/;
/** A letter then its mark on the same line ("C×", "D ✓", "B：❌"), not a number after it ("B×2"). */
const LETTER_THEN_MARK_RE = new RegExp(`(?<![A-Za-z])([A-Z])[ \\t]*[:：.]?[ \\t]*(${MARK})(?![ \\t]*\\d)`, 'g');
/** Where such a letter stands as a label: opening its line (after a bullet), after a separator, or after the last mark. */
const LABEL_PLACE_RE = new RegExp(`^[ \\t]*(?:[-*•+][ \\t]*)?$|[,，;；、|/(（][ \\t]*$|(?:${MARK})[ \\t]*$`);
/** A line that opens on a mark and then its letter ("✔ A", "✘ (B)"): the marks stand before the letters. */
const MARK_THEN_LETTER_RE = new RegExp(`(?:^|\\n)[ \\t]*(?:[-*•+][ \\t]*)?(${MARK})[ \\t]*[(（]?([A-Z])[)）]?(?![A-Za-z0-9])(?![ \\t]+[a-z])`, 'g');

interface VerdictMarks {
  /** Each letter's marks: true a tick, false a cross. */
  marks: Map<string, Set<boolean>>;
  /** Where the last mark ends. */
  end: number;
  /** A letter the item does not offer carries a mark. */
  offList: boolean;
}

/**
 * Pure: the verdict marks a reply writes on letters, read in ONE orientation — marks opening their lines before the
 * letter ("✔ A\n✘ B") when the reply has such lines, else marks right after a letter that stands as a label ("A√ B√ C×",
 * "A ✓, B ✓"); "Hepatitis B ✗" is a name, not a label.
 */
function verdictMarks(text: string, ctx: LetterContext): VerdictMarks {
  const out: VerdictMarks = { marks: new Map(), end: 0, offList: false };
  const add = (letter: string, mark: string, end: number) => {
    if (!ctx.valid.has(letter)) out.offList = true;
    out.marks.set(letter, (out.marks.get(letter) ?? new Set<boolean>()).add(!CROSS_RE.test(mark)));
    out.end = Math.max(out.end, end);
  };
  const before = [...text.matchAll(MARK_THEN_LETTER_RE)];
  if (before.length) {
    for (const m of before) add(m[2], m[1], m.index + m[0].length);
    return out;
  }
  for (const m of text.matchAll(LETTER_THEN_MARK_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (LABEL_PLACE_RE.test(text.slice(lineStart, m.index))) add(m[1], m[2], m.index + m[0].length);
  }
  return out;
}

/**
 * Pure: a credited letter the reply marks wrong and never right — it judges the option wrong and is still credited.
 * (The caller skips items asking for the wrong option, where the crossed one is the answer.)
 */
export function creditedMarkedWrong(text: string, ctx: LetterContext, value: string): boolean {
  const { marks } = verdictMarks(text, ctx);
  return [...value].some((l) => marks.get(l)?.size === 1 && marks.get(l)?.has(false));
}

/**
 * Pure: the reply's marks judge EVERY offered letter (a complete verdict column: the marks answer the item's own
 * question, not a side question about one option) and a credited letter is only crossed — a stated answer that takes
 * in an option its own column rejects ("A√ B√ C√ D× E√ 答案：ABCD"; review s37 t03/t18). Session 38: read for every
 * reading, where creditedMarkedWrong (any mark) is read only for readings from mentions or lines.
 */
export function fullColumnCrossesCredited(text: string, ctx: LetterContext, value: string): boolean {
  const { marks, end } = verdictMarks(text, ctx);
  if (![...ctx.valid].every((l) => marks.has(l))) return false;
  // A correction after the marks ("✔ A ✔ B ✔ C ✘ D ✘ E⏎不对，应该是ABCD", s27 t017) takes them back: the new statement stands.
  if (CORRECTION_ANY_RE.test(text.slice(end))) return false;
  const crossed = [...marks].filter(([, m]) => m.size === 1 && m.has(false)).map(([l]) => l);
  // The credited set IS the crossed set: the marks judged another polarity (a side question "Teratogenic?", an item
  // asking for the wrong statement "何者有誤") and the answer names what they crossed (s37 review xp-b07, xp-b09).
  if (setKey(crossed) === value) return false;
  return [...value].some((l) => crossed.includes(l));
}

/**
 * A letter written as a label before a name: "B) metformin", "(C) 补钾" after a cue or a colon or opening its line,
 * "D: alteplase" (not closing a list of letters: "Options A, B and C: …"), "C. 补钠" opening its line. A letter in
 * brackets after a name glosses that name ("华法林（A）、…", "first-line (A). A HIDA scan…"); a dash after a letter is a
 * mnemonic's row ("D – DKA"); "A. fumigatus", "The answer is B. Heparin, however…" are not labels.
 */
const LABEL_FORMS: readonly RegExp[] = [
  /[(（]([A-J])[)）]/g,
  /(?<![A-Za-z0-9(（])([A-J])[)）]/g,
  /(?<![A-Za-z0-9])([A-J])[ \t]*[:：]/g,
  /(?<=^|\n)[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?([A-J])[.．]/g,
];
/** What may stand before a bracketed label: nothing on its line, a colon, or a word of choosing. */
const BRACKET_LEAD_RE = /(?:^|[:：]|\b(?:is|be|answer|choose|pick|select|with|option|choice)|[选是为])[ \t*]*$/i;
/** A list of letters just before: the colon closes the list ("Options A, B, and C: …"). */
const LETTER_LIST_BEFORE_RE = /[A-J][ \t]*(?:,|、|，|&|\/|\band\b|和|及)[ \t]*(?:and[ \t]+)?$/;
/** Words a capital letter may follow as part of a name, not as a label ("Vitamin B: …", "hepatitis B) …", "Type A: …"). */
const NAME_HEAD_RE = /(?:\b[A-Z][a-z]+|\b(?:vitamin|hepatitis|hep|type|group|class|factor|stage|grade|phase|zone|plan|step))[ \t]*$/;
/** A lowercase word just before the letter ("influenza A:", "for group B:"). */
const LOWER_WORD_BEFORE_RE = /\b[a-z]+[ \t]*$/;
/** A line opening on one capital and a colon ("A: Airway", "M：甲醇"). */
const COLON_ROW_RE = /^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?[A-Z](?:\*\*)?[ \t]*[:：]/;

/** Pure: the line starting at `lineStart` is a single-capital colon row with another such row just before or after it. */
function inColonRun(text: string, lineStart: number): boolean {
  const lines = text.split('\n');
  let k = 0;
  for (let at = 0; k < lines.length && at + lines[k].length < lineStart; k++) at += lines[k].length + 1;
  if (!COLON_ROW_RE.test(lines[k] ?? '')) return false;
  return COLON_ROW_RE.test(lines[k - 1] ?? '') || COLON_ROW_RE.test(lines[k + 1] ?? '');
}

/** The name after a label: it opens on a letter of a word, and ends at a clause's end. */
const LABEL_NAME_RE = /^[ \t*]*([\p{L}][^\n,，;；。(（:：、]{0,79})/u;
/** Where the name ends: a reason, a relative clause or a verb ("B) metformin, because…", "B) metformin is"). */
const NAME_END_RE =
  /\s+(?:because|since|as|which|that|who|is|are|was|were|would|will|should|can|could|has|have|for|in|with|due|unless|if|when|then|but|and|or|plus)\b.*$|\s*[—–]\s.*$|\s-\s.*$|[.!?]\s.*$|[.!?]$/i;

/** Pure: each labelled place of an offered letter, with what is written after it (whole, and cut to the name), in order. */
function labelledNames(text: string, ctx: LetterContext): { at: number; letter: string; name: string; whole: string }[] {
  const out: { at: number; letter: string; name: string; whole: string }[] = [];
  LABEL_FORMS.forEach((re, form) => {
    for (const m of text.matchAll(re)) {
      const letter = m[1];
      if (!ctx.valid.has(letter)) continue;
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const lead = text.slice(lineStart, m.index);
      if (form === 0 && !BRACKET_LEAD_RE.test(lead)) continue;
      if (form !== 3 && NAME_HEAD_RE.test(lead)) continue;
      if (form === 2 && LETTER_LIST_BEFORE_RE.test(lead)) continue;
      // Review s37 (S2): a colon after a lowercase word that is no word of choosing ("influenza A: oseltamivir"), or a
      // line in a run of single-capital colon rows (a mnemonic: "A: Airway⏎B: Breathing", "M: Methanol⏎U: Uraemia"), is
      // no label — as the dash form is not.
      if (form === 2 && LOWER_WORD_BEFORE_RE.test(lead) && !BRACKET_LEAD_RE.test(lead)) continue;
      if (form === 2 && inColonRun(text, lineStart)) continue;
      const whole = LABEL_NAME_RE.exec(text.slice(m.index + m[0].length))?.[1];
      if (whole) out.push({ at: m.index, letter, whole, name: whole.replace(NAME_END_RE, '').trim() });
    }
  });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Pure: at a letter's last labelled place the name written is wholly another option's and never its own, and either
 * the letter or the option it names is credited — the writer's letters and names disagree ("First-line is B)
 * metformin" with metformin A credited B; "E. 补钾" with 补钾 C credited C).
 */
export function labelTextDisagrees(text: string, ctx: LetterContext, value: string): boolean {
  const last = new Map<string, { name: string; whole: string }>();
  for (const { letter, name, whole } of labelledNames(text, ctx)) last.set(letter, { name, whole });
  return [...last].some(([letter, { name, whole }]) => {
    const own = ctx.texts?.get(letter);
    if (!name || (own && normOptionText(whole).includes(own))) return false;
    const named = itemName(name, ctx);
    return named !== null && named !== letter && (value.includes(letter) || value.includes(named));
  });
}
