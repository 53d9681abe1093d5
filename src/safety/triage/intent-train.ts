// Training the self-harm intent reader (intent-reader.ts): rows in (bench/triage-intent-data.ts), int8 weights out. Pure and
// deterministic for a seed; the train CLI (bench/triage-intent-train.ts) and the leave-one-batch-out bench
// (bench/triage-intent-lobo.ts) both call it, so the figure measured is the reader shipped.
import { createHash } from 'node:crypto';
import { readingText } from './reading-text.js';
import { intentFeatures, decodeIntent, type IntentWeights, type LoadedIntent } from './intent-reader.js';
import { DEFAULT_TRAIN, fitBinary, HEAD_BITS } from './train.js';
import type { SparseVector } from './features.js';

/** One labelled message; read from the written batches and probe files by bench/triage-intent-data.ts. */
export interface IntentRow {
  /** "triage-aw:aw031", "triage-s32-suicide-probes:m01". */
  id: string;
  /** One batch or probe file: the unit left out. */
  group: string;
  kind: 'blind' | 'probe';
  text: string;
  positive: boolean;
}

export interface IntentExample {
  row: IntentRow;
  x: SparseVector;
}

export const featuriseIntent = (rows: readonly IntentRow[], features: (t: string) => SparseVector = intentFeatures): IntentExample[] =>
  rows.map((row) => ({ row, x: features(readingText(row.text)) }));

/** A missed suicide emergency costs more than a look-alike's false alarm, but the reader only raises: 2, not 3. */
export const INTENT_TRAIN = { ...DEFAULT_TRAIN, epochs: 12, seed: 33 };
export const POSITIVE_WEIGHT = 2;

export function trainIntent(examples: readonly IntentExample[], threshold: number): { meta: IntentWeights; model: LoadedIntent } {
  const fitted = fitBinary(
    examples.map((e) => ({ x: e.x, y: e.row.positive })),
    INTENT_TRAIN,
    POSITIVE_WEIGHT,
  );
  const sha = createHash('sha256')
    .update(examples.map((e) => `${e.row.id}\t${e.row.positive ? 1 : 0}\t${e.row.text}`).join('\n'))
    .digest('hex');
  const meta: IntentWeights = {
    version: 1,
    bits: HEAD_BITS,
    ...fitted,
    threshold,
    trainedOn: {
      rows: examples.length,
      positives: examples.filter((e) => e.row.positive).length,
      groups: new Set(examples.map((e) => e.row.group)).size,
      sha256: sha,
    },
  };
  return { meta, model: decodeIntent(meta) };
}
