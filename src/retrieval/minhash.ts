// MinHash signatures over term shingles: near-identical chunks (MedQuAD repeats answers across pages)
// are recognised at query time by comparing 16 integers instead of whole texts.

import { fnv1a32 } from '../core/hash.js';

export const MINHASH_SLOTS = 16;
const PRIME = 0x7fffffff;
// Fixed odd multipliers/offsets: signatures must be identical across processes and versions.
const A = Array.from({ length: MINHASH_SLOTS }, (_, i) => (0x9e3779b1 * (i + 1)) | 1);
const B = Array.from({ length: MINHASH_SLOTS }, (_, i) => (0x85ebca6b * (i + 7)) >>> 0);

/** Pure: signature of a term sequence (2-term shingles; a single term counts as one shingle). */
export function minhash(terms: string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_SLOTS).fill(0xffffffff);
  const n = terms.length;
  for (let i = 0; i < Math.max(1, n - 1); i++) {
    const x = fnv1a32(n === 1 ? terms[0] : `${terms[i]} ${terms[i + 1] ?? ''}`);
    for (let j = 0; j < MINHASH_SLOTS; j++) {
      const h = ((Math.imul(A[j], x) + B[j]) >>> 0) % PRIME;
      if (h < sig[j]) sig[j] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures (share of equal slots). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SLOTS;
}

export function sigToBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function blobToSig(blob: Uint8Array): Uint32Array {
  // Copy: the blob's buffer may not be 4-byte aligned.
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, MINHASH_SLOTS);
}
