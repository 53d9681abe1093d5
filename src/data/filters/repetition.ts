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
    /** n-gram rules need a document-sized sample (Gopher applies them to ≥ 50-word documents); a short Q&A that
     *  echoes the question in its answer is not repetitive text. */
    minUnitsForNgrams: z.number().int().nonnegative().default(150),
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

/** Units as integer ids (per text) and their lengths: n-gram keys become numbers, not joined strings. */
const encoded = new WeakMap<string[], { ids: Int32Array; lens: Int32Array }>();
function encode(units: string[]): { ids: Int32Array; lens: Int32Array } {
  const hit = encoded.get(units);
  if (hit) return hit;
  const dict = new Map<string, number>();
  const ids = new Int32Array(units.length);
  const lens = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    let id = dict.get(units[i]);
    if (id === undefined) {
      id = dict.size;
      dict.set(units[i], id);
    }
    ids[i] = id;
    lens[i] = units[i].length;
  }
  encoded.set(units, { ids, lens });
  return { ids, lens };
}

/** 53-bit key of ids[i..i+n) from two independent 32-bit hashes (collisions negligible within one document). */
function gramKey(ids: Int32Array, i: number, n: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let k = i; k < i + n; k++) {
    h1 = Math.imul(h1 ^ ids[k], 0x01000193);
    h2 = Math.imul(h2 + ids[k], 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
}

/** Share of unit characters covered by the most frequent n-gram (Gopher: top n-gram character fraction). */
export function topNgramFrac(units: string[], n: number): number {
  if (units.length < n) return 0;
  const { ids, lens } = encode(units);
  const counts = new Map<number, number>();
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i + n <= ids.length; i++) {
    const k = gramKey(ids, i, n);
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
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
  const { ids, lens } = encode(units);
  const seen = new Set<number>();
  const covered = new Uint8Array(ids.length);
  for (let i = 0; i + n <= ids.length; i++) {
    const k = gramKey(ids, i, n);
    if (seen.has(k)) covered.fill(1, i, i + n);
    else seen.add(k);
  }
  let dup = 0;
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    total += lens[i];
    if (covered[i]) dup += lens[i];
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
  if (units.length < o.minUnitsForNgrams) return true;
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
