// Parquet via hyparquet, one row group at a time so memory stays bounded.
import { readFile } from 'node:fs/promises';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { rowToRecord } from './fields.js';
import type { InputSpec } from './input-spec.js';

export async function* readParquet(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  let buf: ArrayBuffer;
  let meta;
  try {
    const b = await readFile(file);
    buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    meta = parquetMetadata(buf);
  } catch (err) {
    throw dataErrors.DATA_INPUT_UNREADABLE({ file, reason: `not Parquet: ${err instanceof Error ? err.message : String(err)}` });
  }
  let start = 0;
  for (const rg of meta.row_groups) {
    const n = Number(rg.num_rows);
    const rows = await parquetReadObjects({ file: buf, metadata: meta, rowStart: start, rowEnd: start + n });
    for (let i = 0; i < rows.length; i++) {
      const r = rowToRecord(rows[i], spec, { file, line: start + i + 1, fileIndex });
      if (r) yield r;
    }
    start += n;
  }
}
