// Gopher repetition rules (Rae et al. 2021), adapted to Chinese: n-grams are over units (Han characters count one each,
// so n is doubled for Chinese — a Chinese word is ~1.5–2 characters).
import { z } from 'zod';
import type { Step } from '../step.js';
import { withMessages } from '../dialogue/turns.js';
import { createStyleRuleFilter } from './authority-gate.js';
import type { DataRecord } from '../record.js';
import { ngramClasses } from './ngram-classes.js';
import { textUnits } from './units.js';

const pair = z.tuple([z.number().int().positive(), z.number().min(0).max(1)]);

export const repetitionOptions = z
  .object({
    dupLineFrac: z.number().default(0.3),
    dupLineCharFrac: z.number().default(0.2),
    dupParaFrac: z.number().default(0.3),
    /** Gopher's top n-gram fractions raised: a consultation answer names its disease in every sentence. */
    topNgrams: z.array(pair).default([
      [2, 0.35],
      [3, 0.33],
      [4, 0.3],
    ]),
    /** Duplicate n-gram fractions at 0.5 (Gopher: 0.15–0.10): scraped consultations repeat a question or a
     *  sentence once and stay useful; only text mostly made of repeats is dropped (labelled sample,
     *  bench/results/data.md). */
    dupNgrams: z.array(pair).default([
      [5, 0.5],
      [6, 0.5],
      [7, 0.5],
      [8, 0.5],
      [9, 0.5],
      [10, 0.5],
    ]),
    /** A record is dropped only when the fields (turns, paragraphs) breaking a rule hold more than this share of its
     *  characters; otherwise it is kept with a flag. */
    maxRepetitiveShare: z.number().min(0).max(1).default(0.5),
    /** Multiply n by this for Chinese text (units are characters). */
    zhNgramScale: z.number().positive().default(2),
    /** n-gram rules need a document-sized sample (Gopher applies them to ≥ 50-word documents); a short Q&A that
     *  echoes the question in its answer is not repetitive text. */
    minUnitsForNgrams: z.number().int().nonnegative().default(150),
  })
  .strict();

export type RepetitionOptions = z.output<typeof repetitionOptions>;

/** Share of unit characters covered by the most frequent n-gram (Gopher: top n-gram character fraction). */
export function topNgramFrac(units: string[], n: number): number {
  if (units.length < n) return 0;
  const { lens, of } = ngramClasses(units);
  const classes = of(n);
  const counts = new Int32Array(classes.length);
  let best = 0;
  let bestAt = 0;
  // Ties go to the n-gram that reaches the top count first, as a left-to-right count does.
  for (let i = 0; i < classes.length; i++) {
    const c = ++counts[classes[i]];
    if (c > best) {
      best = c;
      bestAt = i;
    }
  }
  if (best <= 1) return 0;
  let total = 0;
  for (let i = 0; i < lens.length; i++) total += lens[i];
  let gramChars = 0;
  for (let k = bestAt; k < bestAt + n; k++) gramChars += lens[k];
  return (best * gramChars) / total;
}

/** Share of unit characters inside n-grams that occur more than once (overlaps counted once). */
export function dupNgramFrac(units: string[], n: number): number {
  if (units.length < n) return 0;
  const { lens, of } = ngramClasses(units);
  const classes = of(n);
  const seen = new Uint8Array(classes.length);
  const covered = new Uint8Array(units.length);
  // Repeats start left to right, so only the part past the last covered end needs marking.
  let coveredTo = 0;
  for (let i = 0; i < classes.length; i++) {
    if (seen[classes[i]]) {
      covered.fill(1, Math.max(i, coveredTo), i + n);
      coveredTo = i + n;
    } else seen[classes[i]] = 1;
  }
  let dup = 0;
  let total = 0;
  for (let i = 0; i < units.length; i++) {
    total += lens[i];
    if (covered[i]) dup += lens[i];
  }
  return total ? dup / total : 0;
}

const HAN = /\p{Script=Han}/u;

/** Units containing a Han character, testing each distinct unit once. */
function hanUnits(units: string[]): number {
  const { units: ids, distinct } = ngramClasses(units);
  const isHan = distinct.map((u) => HAN.test(u));
  let han = 0;
  for (let i = 0; i < ids.length; i++) if (isHan[ids[i]]) han++;
  return han;
}

/** n-gram rules over one field (a turn, or the whole text of a document). */
export function ngramVerdict(text: string, o: RepetitionOptions): string | null {
  const units = textUnits(text);
  if (units.length < o.minUnitsForNgrams) return null;
  const han = hanUnits(units);
  const scale = han * 2 > units.length ? o.zhNgramScale : 1;
  for (const [n, max] of o.topNgrams) {
    if (topNgramFrac(units, Math.round(n * scale)) > max) return `top_${n}gram`;
  }
  for (const [n, max] of o.dupNgrams) {
    if (dupNgramFrac(units, Math.round(n * scale)) > max) return `dup_${n}gram`;
  }
  return null;
}

/** Exact repeats of a paragraph or line inside one field, removed (first kept); reports the share of characters
 *  removed. One repeated paragraph of a long knowledge entry costs the copy, never the entry. */
export function dropRepeats(text: string): { text: string; removedChars: number; removed: number } {
  const seen = new Set<string>();
  let removedChars = 0;
  let removed = 0;
  const paras = text.split(/\n{2,}/).map((para) =>
    para
      .split('\n')
      .filter((line) => {
        const k = line.trim();
        // Short lines (headings, "1、", list labels) legitimately repeat.
        if (k.length < 8) return true;
        if (seen.has(k)) {
          removedChars += k.length;
          removed++;
          return false;
        }
        seen.add(k);
        return true;
      })
      .join('\n'),
  );
  return { text: paras.filter((p) => p.trim()).join('\n\n'), removedChars, removed };
}

export interface RepetitionResult {
  /** The record with repeated lines removed (same object when nothing repeated). */
  record: DataRecord;
  /** A rule broken after repair: mostly-repeated text, or an n-gram rule (per field). */
  rule: string | null;
  /** The breaking fields hold most of the record: drop (else flag). */
  dominant: boolean;
}

/** Judge each field apart (a dialogue's turns, or the document): an answer restating its question is not repetition. */
export function repetitionCheck(r: DataRecord, o: RepetitionOptions): RepetitionResult {
  let rule: string | null = null;
  let repaired = 0;
  let total = 0;
  let breaking = 0;
  const judge = (content: string): string => {
    const d = dropRepeats(content);
    const chars = content.replace(/\s+/g, '').length || 1;
    total += chars;
    if (d.removed) repaired += d.removed;
    let fieldRule: string | null = d.removedChars / chars > o.dupLineCharFrac * 2.5 ? 'dup_line_char_frac' : null;
    // A document's n-gram rules run per line (a KG section, a paragraph): one repetitive section is not a
    // repetitive entry.
    if (!fieldRule) {
      for (const para of r.messages?.length ? [d.text] : d.text.split(/\n+/)) {
        const v = ngramVerdict(para, o);
        if (v) {
          fieldRule = v;
          breaking += para.replace(/\s+/g, '').length;
        }
      }
    } else breaking += chars;
    rule ??= fieldRule;
    return d.text;
  };
  let record = r;
  if (r.messages?.length) {
    const messages = r.messages.map((m) => (m.role === 'system' ? m : { role: m.role, content: judge(m.content) }));
    if (repaired) record = withMessages(r, messages) ?? r;
  } else {
    const text = judge(r.text);
    if (repaired && text) record = { ...r, text };
  }
  if (repaired && record !== r) record = { ...record, metadata: { ...record.metadata, repeatedLinesRemoved: repaired } };
  return { record, rule, dominant: rule !== null && breaking / (total || 1) > o.maxRepetitiveShare };
}

/** Kept for callers that only need a verdict on a record as it is. */
export function repetitionVerdict(r: DataRecord, o: RepetitionOptions): true | { drop: string } {
  const { rule, dominant } = repetitionCheck(r, o);
  return rule && dominant ? { drop: rule } : true;
}

/** Repeated lines are removed first; a rule broken by the fields that hold most of the record drops it (authoritative
 *  sources are flagged), a rule broken by a minor share only flags it. */
export function createRepetitionFilter(o: RepetitionOptions): Step {
  return createStyleRuleFilter('repetition', (r) => {
    const { record, rule, dominant } = repetitionCheck(r, o);
    return { rule, record, flagOnly: !dominant, repairs: { repeated_lines_removed: Number(record.metadata.repeatedLinesRemoved ?? 0) } };
  });
}
