// Keeps the knowledge base's synthesised medicine and test pages (knowledge/entity-pages.ts) in step with the
// condition pages they are built from: after an ingest that wrote documents, the pages are built again from every
// condition page's lists; unchanged pages are skipped by hash, pages no condition lists any more are removed.
import type Database from 'better-sqlite3';
import type { Authority, Doc, Lang } from '../core/types.js';
import { buildEntityPages, ENTITY_LIST_KEYS, ENTITY_PAGE_MARK, type ConditionRow } from '../knowledge/entity-pages.js';

const strings = (json: string | null): string[] => {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0) : [];
  } catch {
    return [];
  }
};

const listSql = (keys: readonly string[]) => keys.map((k) => `json_extract(metadata, '$.${k}')`).join(', ');

/** Every condition page that lists medicines or tests (synthesised pages themselves excluded). */
export function readConditionRows(db: Database.Database): ConditionRow[] {
  const med = ENTITY_LIST_KEYS.medicine;
  const test = ENTITY_LIST_KEYS.test;
  const rows = db
    .prepare(
      `SELECT id, title, source, lang, authority, ${listSql(med)}, ${listSql(test)} FROM documents
       WHERE json_extract(metadata, '$.${ENTITY_PAGE_MARK}') IS NULL
         AND (${[...med, ...test].map((k) => `json_type(metadata, '$.${k}') = 'array'`).join(' OR ')})`,
    )
    .raw()
    .all() as (string | null)[][];
  return rows.map((r) => {
    const lists = r.slice(5);
    return {
      id: String(r[0]),
      title: String(r[1]),
      source: String(r[2]),
      lang: r[3] as Lang,
      authority: r[4] as Authority,
      medicines: lists.slice(0, med.length).flatMap(strings),
      tests: lists.slice(med.length).flatMap(strings),
    };
  });
}

/** The synthesised pages now in the knowledge base: id → rid. */
export function storedEntityPages(db: Database.Database): Map<string, number> {
  const rows = db.prepare(`SELECT id, rid FROM documents WHERE json_extract(metadata, '$.${ENTITY_PAGE_MARK}') IS NOT NULL`).all() as {
    id: string;
    rid: number;
  }[];
  return new Map(rows.map((r) => [r.id, r.rid]));
}

/** The pages to write now and the rids of stored pages no longer built. */
export function planEntityPages(db: Database.Database): { pages: Doc[]; stale: number[] } {
  // A name the pages list as a symptom or finding is that, not a test (皮疹, 视力 are both in the KG's check lists).
  const symptoms = new Set((db.prepare("SELECT DISTINCT term FROM doc_terms WHERE type = 'symptom'").pluck().all() as string[]).map((t) => t.toLowerCase()));
  const pages = buildEntityPages(readConditionRows(db), { exclude: (name) => symptoms.has(name.toLowerCase()) });
  const keep = new Set(pages.map((p) => p.id));
  const stale = [...storedEntityPages(db)].filter(([id]) => !keep.has(id)).map(([, rid]) => rid);
  return { pages, stale };
}
