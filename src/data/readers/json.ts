// JSON: an array of objects (or an object of objects, keyed). Parsed whole — use JSONL for very large inputs.
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { rowToRecord } from './fields.js';
import type { InputSpec } from './input-spec.js';
import { readAllText } from './open-input.js';

export async function* readJson(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  let data: unknown;
  try {
    data = JSON.parse(await readAllText(file, spec.encoding));
  } catch (err) {
    throw dataErrors.DATA_RECORD_INVALID({ file, line: 0, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const rows: unknown[] = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data) : [];
  if (rows.length === 0 && !Array.isArray(data)) {
    throw dataErrors.DATA_RECORD_INVALID({ file, line: 0, reason: 'expected an array (or object) of records' });
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rowToRecord(rows[i], spec, { file, line: i + 1, fileIndex });
    if (r) yield r;
  }
}
