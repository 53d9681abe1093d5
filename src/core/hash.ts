// Small, fast, deterministic hashes: FNV-1a 32 for shingles and feature hashing, murmur3's finaliser as a seeded
// permutation. One home, so near-dedup, decontamination, passage dedup and the classifier hash text the same way.

/** FNV-1a 32 of `s`, or of the UTF-16 range [start, end) without slicing (hot loops hash every window). */
export function fnv1a32(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 fmix32: a bijection on 32-bit integers. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** splitmix32-style generator: seeded, reproducible across machines. */
export function seededInts(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s ^ fmix32(i + 0x632be5ab));
  }
  return out;
}
