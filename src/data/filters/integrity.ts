// Text integrity of an answer: is it a whole, finished text, or a broken one (a template whose slots were never
// filled, a generation cut off mid-sentence, the same sentences looped)? These are defects of the text's form, not of
// its wording, so they are read structurally — no phrase lists — and hold for any topic. Gopher's repetition rules
// (repetition.ts) compare whole lines and paragraphs of long documents; a looped answer repeats sentences inside
// paragraphs that differ, and a short answer is never long enough for the n-gram rules.
// Only answer fields are judged (assistant turns, or a plain text): questions are typed in haste and end anywhere.
import { z } from 'zod';
import { PHI_TYPE_ALIASES, PHI_TYPES } from '../../core/phi-types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { fieldsOf } from '../dialogue/turns.js';
import { DEFAULT_SIGNOFFS } from '../normalise/boilerplate.js';
import type { DataRecord } from '../record.js';
import type { Step } from '../step.js';
import { createStyleRuleFilter } from './authority-gate.js';
import { type ClauseEnds, endChance, unfamiliarPairShare } from './clause-ends.js';

export const integrityOptions = z
  .object({
    /** Distinct unfilled slots ({{X}}, [UPPER_NAME], <insert …>) that make a template; one alone may be a mark left
     *  by an upstream tool. Our own de-identification placeholders ([NAME], [PHONE_2]) are never slots. */
    minSlots: z.number().int().positive().default(2),
    /** A field this long (non-space characters) whose last line stops inside a sentence is cut off; shorter
     *  answers ("Yes, twice a day") often carry no final stop. */
    minCutChars: z.number().int().nonnegative().default(80),
    /** The last line's unfinished sentence (after its last stop) must be this long (non-space characters) to be
     *  read as cut: sign-offs ("Regards", "Dr. Lee", "祝您健康", "…may help. cheers") carry no stop and are short. */
    minCutLineChars: z.number().int().nonnegative().default(24),
    /** Files or folders of real Chinese text (consultation answers, knowledge pages) to count clause ends from
     *  (clause-ends.ts); without them a Chinese answer ending on a Han character is not judged. */
    clauseEnds: z.array(z.string()).optional(),
    /** A Chinese field whose last two characters end a clause less often than this in the counted text is cut
     *  ("…联合缬"). 0.02 drops 1 of 3,644 held-out real Chinese answers as cut (huatuo26m 1,500, cmtmedqa 1,144,
     *  medicalgpt 1,000; counted from toyhom + the disease KG only) — bench/integrity-probe.ts, session 11. */
    minEndChance: z.number().min(0).max(1).default(0.02),
    /** A Chinese field whose adjacent character pairs are this often unseen in the counted text is unreadable
     *  (wrong encoding, shuffled characters). 0.6: above every one of 2,193 held-out real answers (max 0.578). */
    maxUnfamiliarPairs: z.number().min(0).max(1).default(0.6),
    /** Stutter sites (one word said three or more times in a row: 的的的, 建议建议建议, "Dr. Dr. Dr.") that make a
     *  degenerate generation; none in 5,144 held-out real answers, so two are a clear sign. */
    minStutters: z.number().int().positive().default(2),
    /** Sentences shorter than this (non-space characters) are not compared: "Thanks." or "您好" repeat legitimately. */
    minSentenceChars: z.number().int().positive().default(16),
    /** A sentence said this many times in one field is a loop. */
    loopCount: z.number().int().min(2).default(3),
    /** Or: repeated sentences (every copy after the first) holding at least this share of the field's characters. */
    maxRepeatShare: z.number().min(0).max(1).default(0.3),
  })
  .strict();

export type IntegrityOptions = z.output<typeof integrityOptions>;

// Slots as template engines and prompt templates write them: {{name}}, {NAME}, [NAME_OF_THING], <insert …>.
const SLOT_RE = /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{[A-Z][A-Z0-9_]{2,}\}|\[[A-Z][A-Z0-9]*(?:[_ ][A-Z0-9]+)*\]|<\s*(?:insert|add|enter|fill)\b[^<>\n]{0,60}>/gu;

/** The de-identification placeholders core's vocabulary makes (redactPhi: [NAME], [DATE:2023], pseudonyms [NAME_2]). */
const PHI_NAMES = new Set<string>([...PHI_TYPES, ...Object.keys(PHI_TYPE_ALIASES)]);
const PLACEHOLDER = /^[[{]([A-Z][A-Z_]*?)(?:_\d+)?[\]}]$/;

/** Is a bracketed upper-case token ([DRUG_NAME], [ECG], [PHONE]) a slot? A de-identification placeholder is not; a
 *  single word is a slot only when it names a thing in English ([DOSE], [MEDICATION]), not when it is an
 *  abbreviation ([ECG], [CRP]); two or more words joined ([DRUG_NAME], [DOCTOR NAME]) are a slot. */
function upperSlot(token: string): boolean {
  const head = PLACEHOLDER.exec(token)?.[1];
  if (head && PHI_NAMES.has(head)) return false;
  const words = token
    .slice(1, -1)
    .split(/[_ ]/)
    .filter((w) => /[A-Z]/.test(w));
  return words.length >= 2 || (words.length === 1 && englishWord(words[0]));
}

// Sentence ends, and the closers that may follow one (quotes, brackets, emoji-free emoticons are not needed).
const ENDS = /[.!?。！？…~～:：;；)）\]】"”'’》>*_\p{Emoji_Presentation}]$/u;

/** The sign-off wording of the normaliser (normalise/boilerplate.ts), anywhere in a sentence. */
const SIGNOFF_RE = new RegExp(`(?:${DEFAULT_SIGNOFFS.join('|')})`, 'giu');
/** A text's last token is a web address: a scheme, www., or a host with a dot and a path. */
const URL_END = /(?:https?:\/\/|www\.)\S+$|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/iu;

function nonSpace(s: string): number {
  return s.match(/\S/gu)?.length ?? 0;
}

/** Distinct unfilled template slots in a text. */
export function templateSlots(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(SLOT_RE)) {
    // A bracketed abbreviation of two letters or a reference mark ([A], [B12]) is not a slot: slots name a thing.
    const inner = m[0].replace(/[^A-Za-z]/g, '');
    if (inner.length < 3 || (!m[0].startsWith('{{') && !m[0].startsWith('<') && !upperSlot(m[0]))) continue;
    seen.add(m[0].replace(/\s+/g, ' '));
  }
  return [...seen];
}

/** A short answer broken off on a word that needs more after it ("…it could be a case of", "…需要考虑"). */
const FUNCTION_END =
  /(?:\b(?:of|to|the|a|an|and|or|with|be|is|are|for|from|by|as|that|which|could|would|can|may|need|needs|due)\s*|考虑|因为|和|或|需要|可能|建议|由于)$/u;

/** The field stops inside a sentence: a long last line ending on a comma; in Latin script, on a letter or a digit;
 *  on a Han character the clause-end model rarely sees end a clause; or a short field (under 120 characters, too
 *  short for the rest) with no final stop that ends on a function word. */
export function endsCut(text: string, o: IntegrityOptions, ends?: ClauseEnds): boolean {
  const t = text.trim();
  if (t && t.length < 120 && !/[.!?。！？…)）"”]\s*$/u.test(t) && FUNCTION_END.test(t)) return true;
  const body = text.trimEnd();
  if (nonSpace(body) < o.minCutChars) return false;
  const lines = body.split('\n');
  const last = (lines[lines.length - 1] ?? '').trim();
  // The unfinished sentence is what follows the line's last stop: a sign-off run on after one ("…may help. cheers")
  // is short, a cut sentence is long.
  const open = last.split(/(?<=[。！？])|(?<=[.!?])\s/u).pop() ?? last;
  if (nonSpace(open) < o.minCutLineChars) return false;
  // Closing pleasantries joined into one sentence ("Hope this helps and wish you a speedy recovery") are a sign-off:
  // nothing is left of it without the normaliser's sign-off wording and the words joining them.
  if (!open.replace(SIGNOFF_RE, ' ').replace(/\b(?:and|&)\b|[\s,;.!]/giu, '')) return false;
  if (ENDS.test(last)) return false;
  // A link closes a text whole ("…see https://www.nhs.uk/conditions/chest-pain/"): a web address has no stop.
  if (URL_END.test(last)) return false;
  // A list item or heading needs no stop ("- Avoid NSAIDs", "1. 多喝水"); a cut text is running prose.
  if (/^(?:[-*•·●▪]|\d{1,2}[.、)）]|[一二三四五六七八九十]+[、.])/u.test(last)) return false;
  // A field of a structured record lists items after its label ("推荐食谱：姜糖苏叶饮、大枣粥、菠菜水饺", "常用药品：…",
  // "Drugs: a, b, c"): a list needs no stop. The corpora run of session 16 dropped 57 whole disease-KG entries
  // (2–4 k characters of clinical text each) as cut off for their last line, the recipe list.
  if (listField(last)) return false;
  // Chinese answers online often end on a comma and are whole; in Latin script a final comma is a cut.
  if (!/\p{Script=Han}/u.test(last)) return /[\p{L}\p{N},]$/u.test(last);
  if (!ends) return false;
  const chance = endChance(ends, last);
  return chance !== null && chance < o.minEndChance;
}

/** "label：item、item、item" — a short label, then at least two short items and no sentence inside. */
function listField(line: string): boolean {
  const m = /^([^：:。！？.!?]{1,24})[：:]\s*(.+)$/u.exec(line);
  if (!m || m[1].trim().split(/\s+/u).length > 4) return false;
  const items = m[2].split(/[、，,；;]\s*/u).filter((x) => x.trim());
  return items.length >= 2 && items.every((x) => nonSpace(x) <= 20);
}

// One unit said three or more times in a row, spaces between allowed: a Han word of 1–4 characters or a Latin word.
const STUTTER_RE = /(\p{Script=Han}{1,4})(?:\s*\1){2,}|\b([A-Za-z]{2,}\.?)(?:\s+\2(?![A-Za-z])){2,}/gu;

/** Distinct stutter sites in a field. A run that is a clause of its own, between punctuation or text ends (哈哈哈，
 *  嗯嗯嗯…, 对对对。) is an interjection said that way — laughter, assent — not a word stuck inside a sentence. */
export function stutters(text: string): number {
  const sites = new Set<string>();
  for (const m of text.matchAll(STUTTER_RE)) {
    const at = m.index ?? 0;
    const alone = /(?:^|[\p{P}\p{S}])\s*$/u.test(text.slice(0, at)) && /^\s*(?:$|[\p{P}\p{S}])/u.test(text.slice(at + m[0].length));
    if (!alone) sites.add(m[0]);
  }
  return sites.size;
}

/** Sentences of a field, whitespace-collapsed, split after sentence ends and at line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|(?<=[.](?=\s))|\n+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The field loops: one sentence said `loopCount` times, or repeats holding `maxRepeatShare` of its characters. */
export function loops(text: string, o: IntegrityOptions): boolean {
  const counts = new Map<string, number>();
  let repeated = 0;
  let total = 0;
  for (const s of sentences(text)) {
    const n = nonSpace(s);
    total += n;
    if (n < o.minSentenceChars) continue;
    const c = (counts.get(s) ?? 0) + 1;
    counts.set(s, c);
    if (c >= o.loopCount) return true;
    if (c > 1) repeated += n;
  }
  return total > 0 && repeated / total >= o.maxRepeatShare;
}

export type GarbledKind = 'mojibake' | 'markup_debris' | 'doubling' | 'token_salad';

const MOJIBAKE = /[锛銆鈥鍙鏄鐨湁浠鎴犵]{1}[^\s]{0,2}[锛銆鈥鍙鏄鐨湁浠鎴犵]|Ã.|â€|ï¿½|\ufffd/gu;
const DEBRIS = /&nbsp;|&amp;|&lt;|&gt;|<br\s*\/?>|<\/?(?:p|div|span)>|[a-z][@$#%&~*][a-z0-9]|[a-z][0-9][a-z]{2,}/giu;
/** A word of two or more Han characters, or a Latin word, twice in a row. */
const DOUBLED = /(\p{Script=Han}{2,4})\1(?!\1)|\b([a-z]{2,})\s+\2\b/giu;

/**
 * Text no reader can use: mis-decoded bytes, markup and symbol debris, words doubled side by side, space-separated
 * token salad. Pure; thresholds are shares of the text, not phrases. (Stutters and cut-offs are the rules above.)
 */
export function garbled(text: string): GarbledKind | null {
  const t = text.trim();
  if (!t) return null;
  const len = t.length;
  if ((t.match(MOJIBAKE) ?? []).length >= 3 && (t.match(MOJIBAKE) ?? []).join('').length / len > 0.1) return 'mojibake';
  const debris = (t.match(DEBRIS) ?? []).length;
  if (debris >= 5 && debris / len > 0.02) return 'markup_debris';
  // Shuffled fragments leave words doubled side by side ("饭前饭前，每日每日", "smoke smoke the", "may may"): one or
  // two are colloquial (休息休息, very very), three or more in one answer are noise.
  if ((t.match(DOUBLED) ?? []).length >= 3) return 'doubling';
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  const spacedHan = t.match(/(?:^|\s)[\p{Script=Han}]{1,2}(?=\s)/gu)?.length ?? 0;
  if (han > 20 && spacedHan >= 10 && (spacedHan * 1.5) / han > 0.4) return 'token_salad';
  return null;
}

/** The first integrity rule an answer field breaks, or null. */
export function integrityVerdict(
  text: string,
  o: IntegrityOptions,
  ends?: ClauseEnds,
): 'template_slots' | 'stutter' | 'unreadable' | 'cut_off' | 'looped' | GarbledKind | null {
  if (templateSlots(text).length >= o.minSlots) return 'template_slots';
  if (stutters(text) >= o.minStutters) return 'stutter';
  if (ends && (unfamiliarPairShare(ends, text) ?? 0) >= o.maxUnfamiliarPairs) return 'unreadable';
  if (loops(text, o)) return 'looped';
  if (endsCut(text, o, ends)) return 'cut_off';
  return garbled(text);
}

/** The first rule any answer field of the record breaks. */
export function integrityRule(r: DataRecord, o: IntegrityOptions, ends?: ClauseEnds): string | null {
  for (const f of fieldsOf(r)) {
    if (f.role !== 'assistant' && f.role !== 'text') continue;
    const v = integrityVerdict(f.content, o, ends);
    if (v) return v;
  }
  return null;
}

/** Authoritative sources (A–C) are flagged for review, as with the other style rules. */
export function createIntegrityFilter(o: IntegrityOptions, ends?: ClauseEnds): Step {
  return createStyleRuleFilter('integrity', (r) => integrityRule(r, o, ends));
}
