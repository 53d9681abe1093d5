// A table's range cell that holds several labelled ranges ("卵泡期3.5-12.5;排卵期4.7-21.5;黄体期1.7-7.7", "Deficient <20;
// Insufficient 20-29; Sufficient 30-100", "<3.37（一般人群）；<2.6（高危）", "绝经前<70；绝经后<140"). Read from the
// column's role (structure.ts), so the row is a result whose reference depends on what the reader of the report knows
// (cycle phase, menopause, risk group, a tier) — not a line of criteria. Pure.
import { compareToRange } from './flag.js';
import { type LineTokens, parseRangeToken, type PrintedRange } from './line-tokens.js';
import type { LabFlag } from './types.js';

export interface RangeList {
  /** The cell as printed: shown as the result's range. */
  text: string;
  ranges: PrintedRange[];
}

/** One bound or span with an optional comparison sign ("<70", "≥6.5", "3.5-12.5", "20-<30", "3.5～5.5"). */
const NUMERIC = /[<>≤≥]=?\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:-|~|～|–|—|至)\s*[<≤]?\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
/** A sex label alone: such lists are the line reader's sex ranges ("男:130-175 女:115-150"), read there. */
const SEX_LABEL = /^(?:男性?|女性?|m|f|male|female|men|women)$/i;

/** One piece's range: exactly one numeric expression; the rest (its label, a unit) holds no digit. */
function pieceRange(piece: string): { range: PrintedRange; label: string } | undefined {
  const found = piece.match(NUMERIC) ?? [];
  if (found.length !== 1) return undefined;
  const label = piece
    .replace(found[0], ' ')
    .replace(/[:：()（）[\]]/g, ' ')
    .trim();
  if (/\d/.test(label) || label.length > 30) return undefined;
  // "20-<30" is read as the span 20-30 (its sign only says the next tier starts at 30); "3.5～5.5" as 3.5-5.5.
  const spelled = found[0]
    .replace(/\s+/g, '')
    .replace(/(?<=[-~～–—至])[<≤]/, '')
    .replace(/[~～–—至]/, '-');
  const range = parseRangeToken(spelled.replace(/(\d),(\d)/g, '$1.$2'));
  return range && (range.low !== undefined || range.high !== undefined) ? { range, label } : undefined;
}

/**
 * The labelled ranges of a range cell, or undefined when the cell is one range (or a sex pair the line reader reads):
 * two or more pieces set apart by ";", "；" or a rule ("|", "｜"), each one bound or span with words around it.
 */
export function readRangeList(cell: string): RangeList | undefined {
  const pieces = cell
    .split(/[;；|｜]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return undefined;
  const read = pieces.map(pieceRange);
  if (read.some((r) => r === undefined)) return undefined;
  const labels = read.map((r) => r?.label ?? '');
  if (labels.every((l) => SEX_LABEL.test(l))) return undefined;
  return { text: cell.trim(), ranges: read.flatMap((r) => (r ? [r.range] : [])) };
}

/**
 * Ranges that do not overlap (at most touching: "<20; 20-29; 30-100", "Ther 15-30; Toxic >30") cut the scale into
 * tiers; ranges that overlap ("卵泡期3.5-12.5;排卵期4.7-21.5", "<3.37；<2.6") are alternatives for different readers.
 */
export function isTierScale(list: RangeList): boolean {
  const spans = list.ranges.map((r) => [r.low ?? -Infinity, r.high ?? Infinity] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.every(([low], i) => i === 0 || low >= spans[i - 1][1]);
}

/**
 * The value against the listed ranges. Alternatives: the flag they all give, else `unknown` — which one applies is not
 * printed on the row, so no single one may call the value normal or abnormal. Tiers: `unknown` — the row does not say
 * which tier is the healthy one (a "Deficient <20" tier holds 14.2, a value under "Ther 15-30" is no low salicylate);
 * the report's own H/L marker still decides (parse.ts honours it after this).
 */
export function rangeListFlag(t: Pick<LineTokens, 'value' | 'op'>, list: RangeList): LabFlag {
  if (isTierScale(list)) return 'unknown';
  const flags = new Set(list.ranges.map((r) => compareToRange(t, r)));
  const [only] = flags;
  return flags.size === 1 && only !== undefined ? only : 'unknown';
}
