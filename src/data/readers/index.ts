// Reader registry and the input walker: files in a stable order, records in file order.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineRegistry } from '../../core/registry.js';
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import type { InputSpec, InputType } from './input-spec.js';
import { readCsv } from './csv.js';
import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { readParquet } from './parquet.js';
import { readTextBlocks } from './text-blocks.js';
import { readDiseaseKg, readMedquad } from './knowledge.js';

export type ReaderFn = (file: string, spec: InputSpec, fileIndex: number) => AsyncIterable<DataRecord>;

export const readers = defineRegistry<InputType, ReaderFn>('reader', {
  jsonl: readJsonl,
  json: readJson,
  csv: readCsv,
  tsv: readCsv,
  parquet: readParquet,
  text: readTextBlocks,
  medquad: readMedquad,
  'disease-kg': readDiseaseKg,
});

const DEFAULT_MATCH: Record<InputType, RegExp> = {
  jsonl: /\.jsonl?(\.gz|\.zst)?$/i,
  json: /\.json(\.gz|\.zst)?$/i,
  csv: /\.csv(\.gz|\.zst)?$/i,
  tsv: /\.tsv(\.gz|\.zst)?$/i,
  parquet: /\.parquet$/i,
  text: /\.txt(\.gz|\.zst)?$/i,
  medquad: /\.xml$/i,
  'disease-kg': /\.json$/i,
};

/** Expand an input's paths (files, or directories walked recursively in sorted order). */
export function expandPaths(spec: InputSpec, baseDir: string): string[] {
  const match = spec.match ? new RegExp(spec.match) : DEFAULT_MATCH[spec.type];
  const out: string[] = [];
  const walk = (p: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw dataErrors.DATA_INPUT_UNREADABLE({ file: p, reason: 'no such file or directory' });
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(join(p, name), false);
    } else if (explicit || match.test(p)) out.push(p);
  };
  for (const p of Array.isArray(spec.path) ? spec.path : [spec.path]) walk(resolve(baseDir, p), true);
  return out;
}

/** Records of one file; a configured field that yields nothing in every record is a loud error, not a flag. */
async function* checkedFile(read: ReaderFn, file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  const missing = new Map<string, number>();
  let n = 0;
  for await (const r of read(file, spec, fileIndex)) {
    n++;
    const m = r.metadata.missingFields;
    if (Array.isArray(m)) for (const f of m) missing.set(String(f), (missing.get(String(f)) ?? 0) + 1);
    yield r;
  }
  for (const [field, k] of missing) if (n > 0 && k === n) throw dataErrors.DATA_FIELD_EMPTY({ file, field, records: n });
}

/** Every record of every input, deterministic order. */
export async function* readInputs(specs: InputSpec[], baseDir: string): AsyncIterable<DataRecord> {
  let fileIndex = 0;
  for (const spec of specs) {
    const read = readers.get(spec.type);
    for (const file of expandPaths(spec, baseDir)) {
      yield* checkedFile(read, file, spec, fileIndex++);
    }
  }
}
