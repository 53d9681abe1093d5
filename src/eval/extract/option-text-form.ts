// Two forms on the page that answer by an option's TEXT, read only where every other reader found nothing (#16, s42).
//
// 1. A marked walk (markedTextWalk): one row per offered option, in the options' order, each row a short head that
//    names its own option by that option's words ("Hepatitis B ✗ (recombinant)", "IPV ✗", "MMR ✓") and a verdict mark.
//    The walk is read by its shape — as many rows as options, row i naming option i and no other — never by what the
//    remarks say; the ✓ rows are the answer (exactly one on a one-answer item).
// 2. A value after a conclusion glyph (glyphValue): "… is the red flag → 8 weeks.", "… looks back at exposure =
//    case-control." The segment after the reply's last arrow / equals sign is read as a value, and it names an option
//    only when EVERY word of it is a word of that option and of no other option: anything more in it (a negation, a
//    hedge, a second name, an explanation) is not covered, so it fails closed. It must end the reply.
//
// The walk is tried beside the letter-row layouts (final-answer.ts checkStructure), the value only where nothing else
// read an answer. Both decide only by what is cheap to read reliably (row count and order, a closed set of marks and glyphs, word
// cover); where they cannot tell, they give no answer — a miss, never a letter the reply did not commit to.
import { doubts } from './modal-reading.js';
import { normOptionText, type LetterContext } from './letter-set.js';
import { letterMentions, textMentions } from './evidence-reader.js';
import { escapeRegExp } from '../../core/regex.js';
import { TEXT_FORM_REJECT_RE, TICK_QUALIFIED_RE } from './answer-lexicon.js';

export type TextFormHow = 'text-marks' | 'glyph-value';

const CJK_RE = /[\u3400-\u9fff]/;
const TRUE_MARK_RE = /[✓✔✅√☑]/;
const FALSE_MARK_RE = /[✗✘❌×☒]/;
const MARK_RE = /[✓✔✅√☑✗✘❌×☒]/;
/** Grammar words a short head or value may carry without naming anything ("a case-control study", "the MMR"). */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words of a Latin phrase, lower-case, possessive "'s" dropped ("Rovsing's" → "rovsing"); numbers keep "." and "%". */
function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[a-z0-9]+(?:[.,][0-9]+)*%?/g) ?? []
  ).filter((w) => !GRAMMAR_WORDS.has(w));
}

/**
 * Pure: `phrase` is said only with words of `option` — every Latin word of it is a word of the option, or (with CJK
 * characters) the phrase, normalised, is inside the option's text. A phrase of numbers only must be the option's whole
 * text ("20" is not "20 mg" or "20 weeks"), and a phrase needs at least two characters of CJK or one Latin word.
 */
export function coveredBy(phrase: string, option: string): boolean {
  const p = phrase.trim();
  if (!p) return false;
  if (CJK_RE.test(p)) {
    const n = normOptionText(p);
    return [...n].filter((c) => CJK_RE.test(c)).length >= 2 && normOptionText(option).includes(n);
  }
  const ws = words(p);
  if (!ws.length) return false;
  // Anything but words, spaces and joining punctuation is more than a name ("8 weeks?", "B/C", "≥ 8 weeks").
  if (/[^\p{L}\p{N}\s'’%.,\-–]/u.test(p.replace(/[.。]\s*$/, ''))) return false;
  if (ws.every((w) => /^[0-9.,%]+$/.test(w))) return normOptionText(p) === normOptionText(option);
  const own = new Set(words(option));
  return ws.every((w) => own.has(w));
}

/** The one offered option `phrase` is covered by (or is the whole text of); none or several: null. */
function onlyOptionCovering(phrase: string, raw: ReadonlyMap<string, string>): string | null {
  // An option's whole text said as it stands names that option, though a longer option holds it ("= ethosuximide" beside
  // "Ethosuximide plus valproate").
  const whole = [...raw].filter(([, t]) => normOptionText(t) === normOptionText(phrase)).map(([l]) => l);
  if (whole.length === 1) return whole[0];
  const hits = [...raw].filter(([, t]) => coveredBy(phrase, t)).map(([l]) => l);
  return hits.length === 1 ? hits[0] : null;
}

/** A row of a marked walk: its head (the option's name) and its verdict; a row with both marks or none is no row. */
function markedRow(line: string): { head: string; yes: boolean; remark: string } | null {
  const body = line.replace(/^\s*(?:[-*•+]\s+|\d{1,2}[.)、]\s*)?/, '').trim();
  // A row that asks ("MMR ✓?") has not decided.
  if (!MARK_RE.test(body) || /[?？]/.test(body)) return null;
  const yes = TRUE_MARK_RE.test(body);
  if (yes === FALSE_MARK_RE.test(body)) return null;
  let head: string;
  const lead = /^[✓✔✅√☑✗✘❌×☒]\s*/.exec(body);
  if (lead) {
    // "✓ MMR (live)" / "✗ IPV — inactivated": the head runs to the first remark.
    head = body.slice(lead[0].length).split(/\s*(?:[(（:：]|\s[—–-]\s|—|–)/)[0];
  } else {
    // "MMR ✓", "Hepatitis B ✗ (recombinant subunit)", "IPV: ✗": the head is everything before the mark.
    head = body.slice(0, body.search(MARK_RE)).replace(/[\s:：\-–—|]+$/, '');
  }
  head = head.replace(/\*\*/g, '').trim();
  // The rest of the row, marks removed: the remark a ✓ is weighed by ("✓ only if ESBL", "√ 应该是吧，不太确定").
  const remark = body.replace(/\*\*/g, '').replace(head, '').replace(new RegExp(MARK_RE.source, 'g'), '').trim();
  return head && head.length <= 60 ? { head, yes, remark } : null;
}

/**
 * Pure: a walk of marked rows naming the options by their text, one row per option in the options' order (blank lines
 * between rows allowed, nothing else): the ✓ set. Every marked row of the reply must be in the walk; a head that
 * names its own option and any other, or carries a letter, is no walk. Several ✓ on a one-answer item are the caller's
 * to refuse (several answers, not the first).
 */
export function markedTextWalk(text: string, ctx: LetterContext): string | null {
  if (!ctx.raw || ctx.raw.size < 2) return null;
  const order = [...ctx.raw.keys()];
  const rows = text
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim());
  const marked = rows.map((r) => ({ ...r, row: markedRow(r.l) })).filter((r) => r.row !== null);
  if (marked.length !== order.length) return null;
  // Consecutive among the non-blank lines: no prose row between two option rows.
  const first = rows.findIndex((r) => r.i === marked[0].i);
  for (let k = 0; k < marked.length; k++) if (rows[first + k]?.i !== marked[k].i) return null;
  const yes: string[] = [];
  for (let k = 0; k < marked.length; k++) {
    const row = marked[k].row;
    if (!row || letterMentions(row.head, ctx.valid).length) return null;
    const hits = [...ctx.raw].filter(([, t]) => coveredBy(row.head, t)).map(([l]) => l);
    if (hits.length !== 1 || hits[0] !== order[k]) return null;
    // A ✓ whose remark doubts, makes it conditional or names a harm is no verdict of "the answer" (fail closed).
    if (row.yes && (doubts(row.remark) || TICK_QUALIFIED_RE.test(row.remark) || TEXT_FORM_REJECT_RE.test(row.remark))) return null;
    if (row.yes) yes.push(order[k]);
  }
  if (!yes.length) return null;
  // What follows the walk must leave it standing: no other option named (by its text or its row's head), no letter, no
  // doubt, no turn ("Not sure about MMR", "So HPV.").
  const after = text
    .split('\n')
    .slice(marked[marked.length - 1].i + 1)
    .join('\n');
  const low = after.toLowerCase();
  const namesOther =
    textMentions(after, ctx.texts, ctx.aliases).some((l) => !yes.includes(l)) ||
    marked.some(
      (r, k) => !yes.includes(order[k]) && r.row && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r.row.head.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(low),
    );
  if (namesOther || settlesOtherwise(after, ctx, false)) return null;
  return yes.sort().join('');
}

/** Conclusion glyphs: an arrow or an equals sign (not "≥", "<=", "==" comparisons). */
const GLYPH_RE = /(?:→|⇒|⟹|-->|->|=>|(?<![<>=!≤≥])=(?![=>]))/g;
/** A negator in the glyph's clause ("no" is left out: "no smile by 8 weeks is the red flag" describes, it does not deny). */
const NEGATOR_RE = /\b(?:not|never|neither|nor|cannot)\b|n['’]t\b|不|没|沒|非|未|别|別|勿|无|無/i;
/** Text ending in a bare letter label, at the start of a clause ("…, d " before "= warfarin"). */
const BARE_LABEL_RE = /(?:^|[\n,;，；。.:：])\s*[(（]?[A-Ja-j][)）]?\s*$/;
/** A sentence opening on a condition: its arrow is one branch, not the answer ("If barking cough → croup"). */
const CONDITION_OPEN_RE =
  /^\s*(?:if|when|unless|assuming|suppose|provided|should|in case|otherwise|else|or else|如果|假如|假设|若|倘若|要是|如|否则|不然|要不)/i;

/** A turn after the value: what follows it revises or qualifies it ("But the drooling changes that", "不过…", "wait"). */
const TURN_RE = /\b(?:but|however|although|though|actually|wait|instead|unless|except|rather)\b|但|不过|不過|然而|其实|其實|等等|除非|可是|而是/i;

/** Pure: text after a form that names an option (by letter, or by text unless `byText` is false), doubts, asks, or turns. */
function settlesOtherwise(after: string, ctx: LetterContext, byText = true): boolean {
  if (!after.trim()) return false;
  return (
    letterMentions(after, ctx.valid).length > 0 ||
    (byText && textMentions(after, ctx.texts, ctx.aliases).length > 0) ||
    // A lower-case letter standing alone ("so it's c."): it may be an option's letter ("a" is an article).
    [...after.matchAll(/(?<![\p{L}\p{N}'’])([b-j])(?![\p{L}\p{N}'’])/gu)].some((m) => ctx.valid.has(m[1].toUpperCase())) ||
    doubts(after) ||
    /[?？]/.test(after) ||
    TURN_RE.test(after)
  );
}

/**
 * Pure: the value after the reply's last conclusion glyph, when it names exactly one option by that option's words and
 * ends the reply. The glyph's own sentence must not be a condition, a doubt or a question, and no glyph of the reply
 * may follow a bare letter (a glossary).
 */
export function glyphValue(text: string, ctx: LetterContext): string | null {
  if (!ctx.raw || ctx.raw.size < 2) return null;
  const body = text.replace(/\*\*/g, '');
  const glyphs = [...body.matchAll(GLYPH_RE)];
  const last = glyphs[glyphs.length - 1];
  if (!last || last.index === undefined) return null;
  // A glossary of labels ("c = aspirin + pci, d = warfarin."): a glyph after a bare letter glosses an option, so the
  // reply's glyphs are definitions, not a conclusion.
  if (glyphs.some((g) => BARE_LABEL_RE.test(body.slice(0, g.index)))) return null;
  const valueAt = (g: RegExpMatchArray): { value: string; to: number } => {
    const from = (g.index ?? 0) + g[0].length;
    const end = /[.。!！?？;；\n]|$/.exec(body.slice(from).replace(/(\d)\.(\d)/g, '$1_$2'));
    const to = from + (end?.index ?? 0);
    return { value: body.slice(from, to).trim(), to };
  };
  const { value, to } = valueAt(last);
  // A value that is one letter ("→ c") is a letter, whatever option's words also hold it ("Vitamin C"): not read here.
  if (!value || value.length > 60 || letterMentions(value, ctx.valid).length || /^\(?[A-Za-z]\)?$/.test(value)) return null;
  if (/[?？]/.test(body.charAt(to))) return null;
  const start = Math.max(body.lastIndexOf('\n', last.index), ...['. ', '。', '! ', '？', '? ', '；', '; '].map((p) => body.lastIndexOf(p, last.index))) + 1;
  const lead = body.slice(start, last.index);
  if (CONDITION_OPEN_RE.test(lead) || doubts(lead) || doubts(value)) return null;
  // A lead that sets the value aside or keeps it for others ("Drug to avoid → glipizide", "慎用 → 吡格列酮").
  if (TEXT_FORM_REJECT_RE.test(lead)) return null;
  // The glyph's own clause: a negation in it may deny the value ("I would not say → MMR"); an option's name alone before
  // the glyph makes it a gloss of that option ("Tetanus = toxoid.", "Toxoid → tetanus."), not a conclusion.
  const clause = lead.slice(Math.max(...[',', '，', ':', '：', '、'].map((p) => lead.lastIndexOf(p))) + 1).trim();
  if (NEGATOR_RE.test(clause) || (clause && [...ctx.raw.values()].some((t) => coveredBy(clause, t)))) return null;
  const letter = onlyOptionCovering(value, ctx.raw);
  if (!letter) return null;
  // Branches ("If … → A. Otherwise → B.", "Adults → A; children → B"): another glyph's value names another option.
  const raw = ctx.raw;
  if (glyphs.some((g) => g !== last && [...raw].some(([l, t]) => l !== letter && coveredBy(valueAt(g).value, t)))) return null;
  // The value must be the reply's last word: a sentence after it may carry the reasoning on to another answer in words
  // no reader can weigh ("Stridor → parainfluenza virus. The drooling points to epiglottitis."), so it fails closed.
  return body.slice(to + 1).trim() ? null : letter;
}
