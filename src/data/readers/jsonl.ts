// JSONL: one JSON object per line; blank lines skipped; a bad line fails naming file and line.
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { rowToRecord } from './fields.js';
import type { InputSpec } from './input-spec.js';
import { readLines } from './open-input.js';

export async function* readJsonl(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  for await (const { line, text } of readLines(file, spec.encoding)) {
    if (!text.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (err) {
      throw dataErrors.DATA_RECORD_INVALID({ file, line, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
    const r = rowToRecord(row, spec, { file, line, fileIndex });
    if (r) yield r;
  }
}
