// CSV/TSV with a header row, streamed through csv-parse; `line` is the record's first line in the file.
import { parse } from 'csv-parse';
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { rowToRecord } from './fields.js';
import type { InputSpec } from './input-spec.js';
import { openText } from './open-input.js';

export async function* readCsv(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  const delimiter = spec.delimiter ?? (spec.type === 'tsv' ? '\t' : ',');
  const parser = parse({ columns: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, info: true });
  const feed = (async () => {
    try {
      for await (const s of openText(file, spec.encoding)) {
        if (!parser.write(s)) await new Promise((res) => parser.once('drain', res));
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const r = rowToRecord(item.record, spec, { file, line: item.info.lines, fileIndex });
      if (r) yield r;
    }
  } catch (err) {
    if (err && typeof err === 'object' && 'code' in err && String((err as { code: unknown }).code).startsWith('DATA_')) throw err;
    const line = err && typeof err === 'object' && 'lines' in err ? Number((err as { lines: unknown }).lines) : 0;
    throw dataErrors.DATA_RECORD_INVALID({ file, line, reason: err instanceof Error ? err.message : String(err) });
  }
  await feed;
}
