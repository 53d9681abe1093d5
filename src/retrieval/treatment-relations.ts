// Medicine ↔ disease relations read from a knowledge base the user built (documents whose loader kept a drug list:
// the disease KG's `drugs`, a disease table's `commonMedications`). Read-only; the relations themselves are pure
// (src/knowledge/treatment-relations.ts).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { kbErrors } from '../knowledge/errors.js';
import { buildTreatmentRelations, type TreatmentRelations, type TreatmentRow } from '../knowledge/treatment-relations.js';

/** Metadata keys loaders use for a document's medicines. */
const DRUG_KEYS = ['drugs', 'commonMedications', 'common_medications', 'medications'];

/** Pure: one document's title and metadata → a row, or undefined when it lists no medicines. */
export function treatmentRow(title: string, metadata: Record<string, unknown>): TreatmentRow | undefined {
  for (const k of DRUG_KEYS) {
    const v = metadata[k];
    const drugs = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    if (drugs.length) return { disease: typeof metadata.name === 'string' ? metadata.name : title, drugs };
  }
  return undefined;
}

/** Relations from a knowledge-base file; KB_MISSING when there is none at that path. */
export function loadTreatmentRelations(dbPath: string): TreatmentRelations {
  if (!existsSync(dbPath)) throw kbErrors.KB_MISSING({ db: dbPath });
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows: TreatmentRow[] = [];
    for (const r of db.prepare('SELECT title, metadata FROM documents').iterate() as Iterable<{ title: string; metadata: string }>) {
      let meta: unknown;
      try {
        meta = JSON.parse(r.metadata);
      } catch {
        continue;
      }
      const row = meta && typeof meta === 'object' ? treatmentRow(r.title, meta as Record<string, unknown>) : undefined;
      if (row) rows.push(row);
    }
    return buildTreatmentRelations(rows);
  } finally {
    db.close();
  }
}
