// Features of the learned PHI tagger (tagger.ts): FEATS hashed templates per token over its tokens (tagger-tokens.ts)
// — words, shapes and lexicon bits up to three tokens back and two forward, the position in the line, the field
// label of the line (however far back its colon). The EARLY templates come first so decoding can settle a clear O
// without computing the rest (tagger.ts tagTokens).
import { hashString, mix, type Tokens } from './tagger-tokens.js';

/** log2 of the hashed feature table size. */
export const HASH_BITS = 17;
export const DIM = 1 << HASH_BITS;
export const MASK = DIM - 1;

// ---- features --------------------------------------------------------------------------------------------------
const PAD = hashString('<pad>');
const COLON_A = hashString(':');
const COLON_B = hashString('：');
/** Static features per token: EARLY first, then the rest. */
export const FEATS = 28;
/** The features summed first; when they already make O sure enough, decoding skips the rest (see earlyExit). */
export const EARLY = 6;
let featBuf = new Int32Array(FEATS * 4096);

/** Where a token sits in its line: set by `advance` for token i before its features are read. */
export interface LineState {
  lineStart: number;
  afterColon: number;
  lineHead: number;
  /** The field label: the two tokens before the line's last colon (PAD before any colon). */
  label: number;
}
export const newLineState = (): LineState => ({ lineStart: 0, afterColon: 0, lineHead: PAD, label: PAD });
export const advance = (t: Tokens, i: number, st: LineState): void => {
  if (t.space[i] === 3 || i === 0) {
    st.lineStart = i;
    st.afterColon = 0;
    st.lineHead = t.h[i];
    st.label = PAD;
  }
};
export const afterToken = (t: Tokens, i: number, st: LineState): void => {
  const h0 = t.h[i];
  if (h0 === COLON_A || h0 === COLON_B) {
    st.afterColon = 1;
    st.label = mix(i - 2 >= st.lineStart ? t.h[i - 2] : PAD, i - 1 >= st.lineStart ? t.h[i - 1] : PAD);
  } else if (st.afterColon > 0) st.afterColon++;
};

/** The EARLY features of token i into f[k..k+EARLY). Each template id is mixed in, so templates never share a slot. */
export function earlyFeatures(t: Tokens, i: number, f: Int32Array, k: number): void {
  const n = t.n;
  const H = t.h;
  const h0 = H[i];
  const hm1 = i > 0 ? H[i - 1] : PAD;
  const hp1 = i + 1 < n ? H[i + 1] : PAD;
  const l0 = t.lex[i];
  const lm1 = i > 0 ? t.lex[i - 1] : 0;
  f[k] = mix(1, 0) & MASK;
  f[k + 1] = mix(2, h0) & MASK;
  f[k + 2] = mix(9, mix(hm1, h0)) & MASK;
  f[k + 3] = mix(10, mix(h0, hp1)) & MASK;
  f[k + 4] = mix(15, l0 * 256 + lm1) & MASK;
  f[k + 5] = mix(25, mix(h0, l0 * 8 + t.kind[i])) & MASK;
}

/** The other FEATS − EARLY features of token i into f[k..]. */
export function lateFeatures(t: Tokens, i: number, st: LineState, f: Int32Array, k: number): void {
  const n = t.n;
  const H = t.h;
  const SH = t.shape;
  const L = t.lex;
  const sp = t.space[i];
  const h0 = H[i];
  const hm1 = i > 0 ? H[i - 1] : PAD;
  const hm2 = i > 1 ? H[i - 2] : PAD;
  const hm3 = i > 2 ? H[i - 3] : PAD;
  const hp1 = i + 1 < n ? H[i + 1] : PAD;
  const hp2 = i + 2 < n ? H[i + 2] : PAD;
  const s0 = SH[i];
  const sm1 = i > 0 ? SH[i - 1] : PAD;
  const sm2 = i > 1 ? SH[i - 2] : PAD;
  const sp1 = i + 1 < n ? SH[i + 1] : PAD;
  const sp2 = i + 2 < n ? SH[i + 2] : PAD;
  const l0 = L[i];
  const lm1 = i > 0 ? L[i - 1] : 0;
  const lm2 = i > 1 ? L[i - 2] : 0;
  const lp1 = i + 1 < n ? L[i + 1] : 0;
  const lp2 = i + 2 < n ? L[i + 2] : 0;
  const nextSp = i + 1 < n ? t.space[i + 1] : 4;
  const ac = st.afterColon;
  f[k] = mix(3, s0) & MASK;
  f[k + 1] = mix(4, hm1) & MASK;
  f[k + 2] = mix(5, hm2) & MASK;
  f[k + 3] = mix(7, hp1) & MASK;
  f[k + 4] = mix(8, hp2) & MASK;
  f[k + 5] = mix(11, mix(hm2, hm1)) & MASK;
  f[k + 6] = mix(12, mix(mix(hm3, hm2), hm1)) & MASK;
  f[k + 7] = mix(14, mix(mix(sm1, s0), sp1)) & MASK;
  f[k + 8] = mix(16, l0 * 256 + lp1) & MASK;
  f[k + 9] = mix(19, Math.min(i - st.lineStart, 6) * 16 + sp * 2 + (ac > 0 ? 1 : 0)) & MASK;
  f[k + 10] = mix(20, mix(st.lineHead, Math.min(ac, 3))) & MASK;
  f[k + 11] = mix(21, mix(sm1, h0)) & MASK;
  f[k + 12] = mix(23, mix(s0, hp1)) & MASK;
  f[k + 13] = mix(30, nextSp * 8 + sp) & MASK;
  f[k + 14] = mix(27, mix(mix(h0, hp1), hp2)) & MASK;
  f[k + 15] = mix(28, mix(mix(hm2, hm1), h0)) & MASK;
  // Shapes and lexicon bits two tokens either side, the field label of this line, and the label with this token's shape.
  f[k + 16] = mix(32, mix(sm2, sp2)) & MASK;
  f[k + 17] = mix(33, mix(mix(sm2, sm1), s0)) & MASK;
  f[k + 18] = mix(34, (lm2 * 256 + lm1) * 65536 + l0 * 256 + lp1) & MASK;
  f[k + 19] = mix(35, (l0 * 256 + lp1) * 256 + lp2) & MASK;
  f[k + 20] = mix(36, mix(st.label, Math.min(ac, 4))) & MASK;
  f[k + 21] = mix(37, mix(st.label, s0)) & MASK;
}

/**
 * Static features of every token, FEATS per token (token i owns feats[i*FEATS ..], the EARLY ones first). The result
 * is a reused buffer: valid until the next call.
 */
export function staticFeatures(t: Tokens): Int32Array {
  const n = t.n;
  if (featBuf.length < n * FEATS) featBuf = new Int32Array(Math.max(n * FEATS, featBuf.length * 2));
  const st = newLineState();
  for (let i = 0; i < n; i++) {
    advance(t, i, st);
    earlyFeatures(t, i, featBuf, i * FEATS);
    lateFeatures(t, i, st, featBuf, i * FEATS + EARLY);
    afterToken(t, i, st);
  }
  return featBuf;
}

/** The tag-bigram feature (previous tag p; tag 0 before the first token). */
export const transFeature = (p: number): number => mix(101, p) & MASK;
