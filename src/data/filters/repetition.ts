// Gopher repetition rules (Rae et al. 2021), adapted to Chinese: n-grams are over units (Han characters count one each,
// so n is doubled for Chinese — a Chinese word is ~1.5–2 characters).
import { z } from 'zod';
import { defineFilter, type Step } from '../step.js';
import type { DataRecord } from '../record.js';
import { textUnits } from './units.js';

const pair = z.tuple([z.number().int().positive(), z.number().min(0).max(1)]);

export const repetitionOptions = z
  .object({
    dupLineFrac: z.number().default(0.3),
    dupLineCharFrac: z.number().default(0.2),
    dupParaFrac: z.number().default(0.3),
    topNgrams: z.array(pair).default([[2, 0.2], [3, 0.18], [4, 0.16]]),
    dupNgrams: z.array(pair).default([[5, 0.15], [6, 0.14], [7, 0.13], [8, 0.12], [9, 0.11], [10, 0.1]]),
    /** Multiply n by this for Chinese text (units are characters). */
    zhNgramScale: z.number().positive().default(2),
  })
  .strict();

export type RepetitionOptions = z.output<typeof repetitionOptions>;

function dupStats(items: string[]): { dupFrac: number; dupCharFrac: number } {
  const seen = new Set<string>();
  let dup = 0;
  let dupChars = 0;
  let chars = 0;
  for (const it of items) {
    chars += it.length;
    if (seen.has(it)) {
      dup++;
      dupChars += it.length;
    } else seen.add(it);
  }
  return { dupFrac: items.length ? dup / items.length : 0, dupCharFrac: chars ? dupChars / chars : 0 };
}

/** Share of unit characters covered by the most frequent n-gram. */
export function topNgramFrac(units: string[], n: number): number {
  if (units.length < n) return 0;
  const counts = new Map<string, number>();
  let best = 0;
  let bestKey = '';
  for (let i = 0; i + n <= units.length; i++) {
    const k = units.slice(i, i + n).join('\u0001');
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > best) {
      best = c;
      bestKey = k;
    }
  }
  if (best <= 1) return 0;
  const total = units.reduce((s, u) => s + u.length, 0);
  return (best * bestKey.replace(/\u0001/g, '').length) / total;
}

/** Share of unit characters inside n-grams that occur more than once (overlaps counted once). */
export function dupNgramFrac(units: string[], n: number): number {
  if (units.length < n) return 0;
  const seen = new Set<string>();
  const covered = new Uint8Array(units.length);
  for (let i = 0; i + n <= units.length; i++) {
    const k = units.slice(i, i + n).join('\u0001');
    if (seen.has(k)) covered.fill(1, i, i + n);
    else seen.add(k);
  }
  let dup = 0;
  let total = 0;
  for (let i = 0; i < units.length; i++) {
    total += units[i].length;
    if (covered[i]) dup += units[i].length;
  }
  return total ? dup / total : 0;
}

export function repetitionVerdict(r: DataRecord, o: RepetitionOptions): true | { drop: string } {
  const lines = r.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const ls = dupStats(lines);
  if (ls.dupFrac > o.dupLineFrac) return { drop: 'dup_line_frac' };
  if (ls.dupCharFrac > o.dupLineCharFrac) return { drop: 'dup_line_char_frac' };
  const paras = r.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  if (dupStats(paras).dupFrac > o.dupParaFrac) return { drop: 'dup_para_frac' };
  const units = textUnits(r.text);
  const han = units.filter((u) => /\p{Script=Han}/u.test(u)).length;
  const scale = han * 2 > units.length ? o.zhNgramScale : 1;
  for (const [n, max] of o.topNgrams) {
    if (topNgramFrac(units, Math.round(n * scale)) > max) return { drop: `top_${n}gram` };
  }
  for (const [n, max] of o.dupNgrams) {
    if (dupNgramFrac(units, Math.round(n * scale)) > max) return { drop: `dup_${n}gram` };
  }
  return true;
}

export function createRepetitionFilter(o: RepetitionOptions): Step {
  return defineFilter({ name: 'repetition', check: (r) => repetitionVerdict(r, o) });
}
