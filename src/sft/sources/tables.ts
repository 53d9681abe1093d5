// English disease table (chatdoctor-diseases.csv): disease, symptoms, description, tests, medications — the
// English counterpart of the Chinese KG fields for the atomic-knowledge tasks.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseListCell } from '../../knowledge/loaders/csv.js';
import { sftErrors } from '../errors.js';

export interface EnDisease {
  file: string;
  row: number;
  name: string;
  symptoms: string[];
  about: string;
  tests: string[];
  drugs: string[];
}

export function readEnDiseases(file: string): EnDisease[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (err) {
    throw sftErrors.SFT_DATA_INVALID({ file, reason: `not CSV: ${(err as Error).message}` });
  }
  const list = (cell: string | undefined): string[] => (cell ? (parseListCell(cell) ?? cell.split(',')).map((s) => s.trim()).filter(Boolean) : []);
  return rows
    .map((r, i) => ({
      file,
      row: i + 2,
      name: (r.disease ?? '').trim(),
      symptoms: list(r.Symptom),
      about: (r.reason ?? '').trim(),
      tests: list(r.TestsAndProcedures),
      drugs: list(r.commonMedications),
    }))
    .filter((d) => d.name);
}
