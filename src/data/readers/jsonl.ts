// JSONL: one JSON object per line; blank lines skipped; a bad line fails naming file and line.
import type { TextEncoding } from '../../core/encoding.js';
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { rowToRecord } from './fields.js';
import type { InputSpec } from './input-spec.js';
import { readLines } from './open-input.js';

/** Each non-blank line parsed, with its 1-based number. `hint` follows a bad line's reason: what the reading command
 *  expects, for a user who gave it the wrong kind of file. */
export async function* readJsonlRows(file: string, o: { encoding?: TextEncoding; hint?: string } = {}): AsyncIterable<{ line: number; row: unknown }> {
  for await (const { line, text } of readLines(file, o.encoding)) {
    if (!text.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (err) {
      const reason = `not JSON: ${err instanceof Error ? err.message : String(err)}${o.hint ? ` ${o.hint}` : ''}`;
      throw dataErrors.DATA_RECORD_INVALID({ file, line, reason });
    }
    yield { line, row };
  }
}

export async function* readJsonl(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  for await (const { line, row } of readJsonlRows(file, { encoding: spec.encoding })) {
    const r = rowToRecord(row, spec, { file, line, fileIndex });
    if (r) yield r;
  }
}
