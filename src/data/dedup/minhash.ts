// MinHash signatures with seeded permutations, and LSH banding into bucket keys.
import { fmix32, fnv1a32, seededInts } from '../../core/hash.js';

export interface MinHashOptions {
  bands: number;
  rows: number;
  seed: number;
}

export class MinHasher {
  readonly numPerm: number;
  private readonly seeds: Uint32Array;
  constructor(readonly options: MinHashOptions) {
    this.numPerm = options.bands * options.rows;
    this.seeds = seededInts(options.seed, this.numPerm);
  }

  signature(shingles: Iterable<string>): Uint32Array {
    const hashes: number[] = [];
    for (const s of shingles) hashes.push(fnv1a32(s));
    return this.signatureOfHashes(hashes);
  }

  /** The signature from shingle hashes (`shingleHashes`): the same as `signature` over the shingles themselves. */
  signatureOfHashes(hashes: ArrayLike<number>): Uint32Array {
    const n = this.numPerm;
    const sig = new Uint32Array(n).fill(0xffffffff);
    const seeds = this.seeds;
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k];
      for (let i = 0; i < n; i++) {
        // fmix32(h ^ seed), inlined: this loop is the whole cost of near-dedup signatures.
        let x = (h ^ seeds[i]) >>> 0;
        x ^= x >>> 16;
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        x = (x ^ (x >>> 16)) >>> 0;
        if (x < sig[i]) sig[i] = x;
      }
    }
    return sig;
  }

  /** One 16-hex-digit key per band (two independent 32-bit mixes of the band's rows). */
  bandKeys(sig: Uint32Array): string[] {
    const { bands, rows } = this.options;
    const keys: string[] = [];
    for (let b = 0; b < bands; b++) {
      let h1 = 0x9747b28c ^ b;
      let h2 = 0x85ebca6b ^ (b * 31);
      for (let r = 0; r < rows; r++) {
        const v = sig[b * rows + r];
        h1 = fmix32(Math.imul(h1 ^ v, 0xcc9e2d51));
        h2 = fmix32(Math.imul(h2 + v, 0x1b873593) ^ h1);
      }
      keys.push(h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0'));
    }
    return keys;
  }
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Probability two documents with Jaccard j share at least one band: 1 − (1 − j^r)^b. */
export function candidateProbability(j: number, bands: number, rows: number): number {
  return 1 - (1 - j ** rows) ** bands;
}
