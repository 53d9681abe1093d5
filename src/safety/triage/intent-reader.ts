// The self-harm intent reader (session 33): a learned binary reader of one question — does this message tell a
// suicide or self-harm emergency now, in anyone (the writer, a daughter who cut her arm, a boyfriend who injected his
// whole pen)? Six sessions of hand-written readers for suicide phrasing each gained on their own probes and nothing on
// the next blind batch; this reader is trained on every written batch's rows and their look-alikes instead
// (bench/triage-intent-data.ts), and its generalisation is measured by leaving one whole batch out (bench/triage-intent-lobo.ts).
// Inputs: the text's n-grams (features.ts) and the same n-grams of a PERSON-FOLDED copy, where every person word
// (I, he, my daughter, 我, 她, 佢, 我个女, 男朋友…) is one token, so an act learned in the first person is heard in the
// third and the reverse. Logistic regression over 2^15 folded buckets (train.ts fitBinary), int8 weights in
// intent-weights.generated.ts. Pure. triage.ts uses it raise-only (emergency + crisis line) at a high threshold.
import { hashFeature, textGramHashes, type SparseVector } from './features.js';
import { INTENT_WEIGHTS } from './intent-weights.generated.js';

export interface IntentWeights {
  version: number;
  bits: number;
  scale: number;
  bias: number;
  /** base64 of Int8Array(2^bits). */
  weights: string;
  /** p at which triage raises to an emergency with the crisis line (chosen leave-one-batch-out). */
  threshold: number;
  trainedOn: { rows: number; positives: number; groups: number; sha256: string };
}

// Kin and partner nouns after a possessive, and the pronouns: one person token. English words are matched whole.
const EN_PERSON =
  /\b(?:(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:son|daughter|kid|child|boy|girl|husband|wife|partner|boyfriend|girlfriend|bf|gf|mum|mom|mother|dad|father|brother|sister|friend|mate|colleague|flatmate|roommate|teen|teenager)|i|i'm|im|me|my|myself|mine|he|she|him|her|his|hers|himself|herself|they|them|their|themselves|he's|she's|they're)\b/g;
const ZH_PERSON =
  /(?:我们|他们|她们|我个|我的|我家)?(?:女儿|儿子|个女|个仔|老公|老婆|男朋友|女朋友|男友|女友|妈妈|爸爸|老妈|老爸|朋友|同事|同学|室友|闺蜜|孩子)|我|他|她|佢|自己/g;

/** The message with every person word replaced by one token (Chinese: 人; English: "someone"). */
export function foldPersons(normalised: string): string {
  return normalised.toLowerCase().replace(ZH_PERSON, '人').replace(EN_PERSON, 'someone');
}

const FOLD_SALT = hashFeature('intent:folded');

/** The reader's input: the text's n-gram buckets and the person-folded copy's, salted apart; weighted 1/sqrt(n). */
export function intentFeatures(normalised: string): SparseVector {
  const own = textGramHashes(normalised);
  const folded = textGramHashes(foldPersons(normalised)).map((h) => Math.imul(h ^ FOLD_SALT, 0x9e3779b1) >>> 0);
  const acc = new Map<number, number>();
  for (const hs of [own, folded]) {
    const w = hs.length ? 1 / Math.sqrt(hs.length) : 0;
    for (const h of hs) acc.set(h, Math.min(2 * w, (acc.get(h) ?? 0) + w));
  }
  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i) ?? 0) };
}

export interface LoadedIntent {
  meta: IntentWeights;
  w: Int8Array;
}

export function decodeIntent(meta: IntentWeights): LoadedIntent {
  const w = new Int8Array(Buffer.from(meta.weights, 'base64'));
  if (w.length !== 1 << meta.bits)
    throw new Error(`intent reader: ${w.length} weights, expected ${1 << meta.bits}; retrain with npx tsx bench/triage-intent-train.ts`);
  return { meta, w };
}

/** p(a suicide or self-harm emergency told now) for a normalised message. */
export function predictIntent(model: LoadedIntent, x: SparseVector): number {
  const mask = (1 << model.meta.bits) - 1;
  let z = model.meta.bias;
  for (let k = 0; k < x.idx.length; k++) z += (model.w[x.idx[k]! & mask] ?? 0) * model.meta.scale * x.val[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The line threshold (session 41): at or above it, an emergency or urgent result that no other source gave the crisis
 * line gets it, worded for uncertainty (crisis-line.ts 'witness'); the level is not changed. The reader reads only the
 * text and its person-folded copy (no rule feature), so it is a witness apart from the rule layer that missed the
 * line. Chosen leave-one-batch-out (bench/triage-intent-lobo.ts --line): see bench/results/triage-s41-notes.md.
 */
export const INTENT_LINE_THRESHOLD = 0.7;

let cached: LoadedIntent | null | undefined;
/** The shipped reader, or null before one is trained. */
export function shippedIntent(): LoadedIntent | null {
  if (cached === undefined) cached = INTENT_WEIGHTS ? decodeIntent(INTENT_WEIGHTS) : null;
  return cached;
}
