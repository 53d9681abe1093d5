// File readers for benchmark loaders: JSONL, JSON and CSV, with errors that name the file and line.
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../../core/encoding.js';
import { evalErrors } from '../errors.js';

export interface NumberedRecord {
  line: number;
  value: Record<string, unknown>;
}

async function readText(file: string): Promise<string> {
  try {
    return decodeText(await readFile(file)).text;
  } catch (err) {
    throw evalErrors.EVAL_DATA_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
}

export async function readJsonl(file: string): Promise<NumberedRecord[]> {
  const lines = (await readText(file)).split(/\r?\n/);
  const out: NumberedRecord[] = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: i + 1, field: '(line)', reason: `is not JSON: ${(err as Error).message}` });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: i + 1, field: '(line)', reason: 'is not a JSON object' });
    }
    out.push({ line: i + 1, value: value as Record<string, unknown> });
  });
  return out;
}

export async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw evalErrors.EVAL_DATA_INVALID({ file, line: 1, field: '(file)', reason: `is not JSON: ${(err as Error).message}` });
  }
}

/** CSV rows as objects keyed by the header; `line` is the 1-based line of the row (header is line 1). */
export async function readCsv(file: string): Promise<NumberedRecord[]> {
  const text = await readText(file);
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (err) {
    throw evalErrors.EVAL_DATA_INVALID({ file, line: 0, field: '(csv)', reason: (err as Error).message });
  }
  return rows.map((value, i) => ({ line: i + 2, value }));
}

/** A required string field; names file, line and field when it is missing. */
export function str(rec: NumberedRecord, field: string, file: string, optional = false): string {
  const v = rec.value[field];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (optional && (v === undefined || v === null)) return '';
  throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field, reason: `is ${v === undefined ? 'missing' : `a ${typeof v}`}, expected text` });
}

/** Parquet rows (Hugging Face dataset files) as objects; `line` is the 1-based row number. */
export async function readParquet(file: string): Promise<NumberedRecord[]> {
  const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
  try {
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as Record<string, unknown>[];
    return rows.map((value, i) => ({ line: i + 1, value }));
  } catch (err) {
    throw evalErrors.EVAL_DATA_UNREADABLE({ file, reason: `not a readable parquet file: ${(err as Error).message}` });
  }
}

/** Pick the reader by extension: .jsonl, .json (array), .csv or .parquet. */
export async function readRecords(file: string): Promise<NumberedRecord[]> {
  if (file.endsWith('.parquet')) return readParquet(file);
  if (file.endsWith('.csv')) return readCsv(file);
  if (file.endsWith('.json')) {
    // Several releases (MedMCQA's dev.json) name JSON Lines files .json: an array is JSON, anything else JSONL.
    const text = await readText(file);
    if (text.trimStart().startsWith('[')) {
      const v = await readJson(file);
      if (!Array.isArray(v)) throw evalErrors.EVAL_DATA_INVALID({ file, line: 1, field: '(file)', reason: 'is not a JSON array' });
      return v.map((value, i) => ({ line: i + 1, value: value as Record<string, unknown> }));
    }
  }
  return readJsonl(file);
}
