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
// An adult qualifier around the sex word is still a sex label ("成年男性", "男性(成人)", "Adult male": review s33 pb02).
const SEX_LABEL = /^(?:成年|成人|adults?\s*)?(?:男性?|女性?|m|f|male|female|men|women)(?:\s*[(（]?成人[)）]?)?$/i;

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
  // One cut-off printed from both sides ("Non-reactive <1.0; Reactive >=1.0", "阴性 <1.0；阳性 ≥1.0"): no list of
  // ranges but one qualitative cut-off, read by the line reader as before (review s33 pd01, pd09, pd10).
  if (cutOffPair(read.flatMap((r) => (r ? [r.range] : [])))) return undefined;
  return { text: cell.trim(), ranges: read.flatMap((r) => (r ? [r.range] : [])) };
}

/** Two bare bounds, one below and one above the same number. */
function cutOffPair(ranges: PrintedRange[]): boolean {
  if (ranges.length !== 2) return false;
  const below = ranges.find((r) => r.high !== undefined && r.low === undefined);
  const above = ranges.find((r) => r.low !== undefined && r.high === undefined);
  return below !== undefined && above !== undefined && below.high === above.low;
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
export function rangeListFlag(t: Pick<LineTokens, 'value' | 'op'>, list: RangeList, fallback: LabFlag = 'unknown'): LabFlag {
  // A value above (below) every piece is high (low) whatever the list is: tiers or alternatives (review s33: INR 4.6
  // above "Normal 0.8-1.2; Warfarin target 2.0-3.0").
  const flags = new Set(list.ranges.map((r) => compareToRange(t, r)));
  const [only] = flags;
  if (flags.size === 1 && only !== undefined && only !== 'unknown') return only;
  if (!isTierScale(list)) return 'unknown';
  // The normal range printed first, then only bounds beyond it ("3.5-5.3；危急值 >6.5", "Therapeutic 0.6-1.2; Toxic
  // >1.5", "150-400 | Critical <20"): the bounds are limits of that range, which is the reference (review s33 S1).
  const reference = normalBeforeLimits(list);
  if (reference) return compareToRange(t, reference);
  // No reference piece: the flag the row had without the list (our bundled range, the report's marker) when it calls
  // the value abnormal; never normal, since one of the tiers printed beside it may be a bad one (HbA1c 5.9 under
  // "Normal <5.7; Prediabetes 5.7-6.4" is within our bundled range).
  return fallback === 'normal' ? 'unknown' : fallback;
}

/** The first piece when it is a span and every other piece is a bare bound lying beyond it; else undefined. */
function normalBeforeLimits(list: RangeList): PrintedRange | undefined {
  const [first, ...rest] = list.ranges;
  if (first?.low === undefined || first.high === undefined || rest.length === 0) return undefined;
  const beyond = (r: PrintedRange) =>
    (r.low !== undefined && r.high === undefined && r.low >= first.high!) || (r.high !== undefined && r.low === undefined && r.high <= first.low!);
  return rest.every(beyond) ? first : undefined;
}
