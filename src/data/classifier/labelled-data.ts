// Labelled examples for the relevance classifier from JSONL files, and a seeded train/held-out split.
import { dataErrors } from '../errors.js';
import { fieldText } from '../readers/fields.js';
import { readLines } from '../readers/open-input.js';
import { fnv1a32 } from '../../core/hash.js';

export interface Example {
  text: string;
  label: 0 | 1;
}

/** Rows of JSONL files; `label` fixed (pos/neg files) or read from `labelField` (1/0, true/false, "1"/"0"). */
export async function readExamples(files: string[], field: string, label: 0 | 1 | { labelField: string }): Promise<Example[]> {
  const out: Example[] = [];
  for (const file of files) {
    for await (const { line, text } of readLines(file)) {
      if (!text.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch {
        throw dataErrors.DATA_RECORD_INVALID({ file, line, reason: 'not JSON' });
      }
      const t = fieldText(row, field);
      if (!t) throw dataErrors.DATA_FIELD_MISSING({ file, line, field });
      let y: 0 | 1;
      if (typeof label === 'number') y = label;
      else {
        const v = fieldText(row, label.labelField) ?? String((row as Record<string, unknown>)[label.labelField]);
        if (['1', 'true', 'yes', 'pos', 'medical'].includes(v.toLowerCase())) y = 1;
        else if (['0', 'false', 'no', 'neg', 'other'].includes(v.toLowerCase())) y = 0;
        else throw dataErrors.DATA_RECORD_INVALID({ file, line, reason: `label field "${label.labelField}" is "${v}" (expected 1/0, true/false)` });
      }
      out.push({ text: t, label: y });
    }
  }
  return out;
}

/** Deterministic split by text hash: the same example always lands on the same side. */
export function splitHoldout(examples: Example[], fraction: number, seed: number): { train: Example[]; test: Example[] } {
  const train: Example[] = [];
  const test: Example[] = [];
  for (const e of examples) ((fnv1a32(`${seed}:${e.text}`) % 10_000) / 10_000 < fraction ? test : train).push(e);
  return { train, test };
}
