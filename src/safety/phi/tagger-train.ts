// Training of the PHI tagger (tagger.ts): gold BIO tags of a labelled example, a structured averaged perceptron over
// the tagger's hashed features decoded by the same Viterbi, and int8 packing of the weights it ships. Used by
// `npm run train:deid` (bench/deid-train.ts); never at detection time.
import { deflateSync } from 'node:zlib';
import { DIM, FEATS, NTAGS, TAG_CLASSES, staticFeatures, tokenize, transFeature, transitions, viterbi, type TagClass, type Tokens } from './tagger.js';

export interface TrainingExample {
  text: string;
  spans: readonly { start: number; end: number; cls: TagClass }[];
}

/** Gold BIO tag ids of an example's tokens: a token takes the class of the span its first character is in; the
 * first token of each span is its B- tag. */
export function goldTags(t: Tokens, spans: TrainingExample['spans']): Uint8Array {
  const tags = new Uint8Array(t.n);
  let last: TrainingExample['spans'][number] | undefined;
  for (let i = 0; i < t.n; i++) {
    const a = t.start[i];
    const b = t.end[i];
    const s = spans.find((x) => a < x.end && x.start < b);
    if (s) {
      const c = TAG_CLASSES.indexOf(s.cls) + 1;
      tags[i] = s === last ? 2 * c : 2 * c - 1;
    }
    last = s;
  }
  return tags;
}

export class PerceptronTrainer {
  readonly w = new Float32Array(DIM * NTAGS);
  private readonly u = new Float32Array(DIM * NTAGS);
  private c = 1;

  private bump(f: number, tag: number, by: number): void {
    this.w[f * NTAGS + tag] += by;
    this.u[f * NTAGS + tag] += by * this.c;
  }

  /**
   * One structured-perceptron step on one example: Viterbi-decode it with the current weights and move the weights
   * of every token and tag bigram the decoding got wrong towards the gold ones. Returns the number of wrong tokens.
   * `dropLexicon` hides the name lists for this example, so the model also learns to find names by context alone.
   */
  learn(ex: TrainingExample, dropLexicon = false): number {
    const t = tokenize(ex.text);
    const n = t.n;
    if (!n) return 0;
    if (dropLexicon) t.lex.fill(0, 0, n);
    const gold = goldTags(t, ex.spans);
    const f = staticFeatures(t);
    const w = this.w;
    const em = new Float64Array(n * NTAGS);
    for (let i = 0; i < n; i++) {
      const e = i * NTAGS;
      for (let k = i * FEATS; k < (i + 1) * FEATS; k++) {
        const base = f[k] * NTAGS;
        for (let c = 0; c < NTAGS; c++) em[e + c] += w[base + c];
      }
    }
    const pred = viterbi(n, em, transitions(w), new Uint8Array(n));
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        errors++;
        for (let k = i * FEATS; k < (i + 1) * FEATS; k++) {
          this.bump(f[k], g, 1);
          this.bump(f[k], p, -1);
        }
      }
      const gp = i > 0 ? gold[i - 1] : 0;
      const pp = i > 0 ? pred[i - 1] : 0;
      if (g !== p || gp !== pp) {
        this.bump(transFeature(gp), g, 1);
        this.bump(transFeature(pp), p, -1);
      }
    }
    this.c++;
    return errors;
  }

  /** Averaged weights. */
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / this.c;
    return out;
  }
}

/** Quantise weights to int8 (clipped at the 99.95th percentile of |w|) and pack them deflated, base64. */
export function packWeights(w: Float32Array): { scale: number; weights: string } {
  const mags: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]));
  mags.sort((a, b) => a - b);
  const clip = mags.length ? mags[Math.floor(mags.length * 0.9995)] : 1;
  const scale = clip / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
  return { scale, weights: deflateSync(Buffer.from(q.buffer), { level: 9 }).toString('base64') };
}
