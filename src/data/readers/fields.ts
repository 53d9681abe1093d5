// From a raw row (JSON object, CSV row, Parquet row) to a DataRecord, using the input's field mapping.
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import type { InputSpec } from './input-spec.js';

/** Values at a dotted path; arrays are flattened on the way ("conversations.value" visits every turn). */
export function fieldValues(row: unknown, path: string): unknown[] {
  let cur: unknown[] = [row];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of cur) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        if (item && typeof item === 'object' && key in (item as Record<string, unknown>)) next.push((item as Record<string, unknown>)[key]);
      }
    }
    cur = next;
  }
  return cur.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export function fieldText(row: unknown, path: string): string | undefined {
  const vals = fieldValues(row, path).filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint');
  if (vals.length === 0) return undefined;
  return vals.map(String).join('\n');
}

export interface RowOrigin {
  file: string;
  /** 1-based line (JSONL, CSV record) or item index (JSON array, Parquet row). */
  line: number;
  /** Index of the file in the input's file list (ids stay unique across files). */
  fileIndex: number;
}

/** Build a record: text fields joined by a blank line; missing fields named with file and line. */
export function rowToRecord(row: unknown, spec: InputSpec, at: RowOrigin): DataRecord | null {
  const parts: string[] = [];
  let missing = 0;
  for (const f of spec.text) {
    const t = fieldText(row, f);
    if (t === undefined || t.trim() === '') missing++;
    else parts.push(t);
  }
  if (parts.length === 0) {
    if (spec.onMissing === 'skip') return null;
    throw dataErrors.DATA_FIELD_MISSING({ file: at.file, line: at.line, field: spec.text.join('+') });
  }
  const source = spec.source ?? 'input';
  const rawId = spec.id ? fieldText(row, spec.id) : undefined;
  const id = rawId && rawId.trim() ? `${source}:${rawId.trim()}` : `${source}:${at.fileIndex}:${at.line}`;
  const metadata: Record<string, unknown> = { origin: { file: at.file, line: at.line } };
  for (const m of spec.metadata) {
    const v = fieldText(row, m);
    if (v !== undefined) metadata[m] = v;
  }
  if (spec.authority) metadata.authority = spec.authority;
  if (missing > 0) metadata.missingFields = missing;
  return { id, text: parts.join('\n\n'), source, metadata };
}
