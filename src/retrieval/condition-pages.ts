// The disease pages of a built knowledge base (the SQLite file `kb ingest` / `kb pull` wrote), read for the
// consultation's case model: each page's listed symptoms (readSymptomPages), plus what its own page says about how
// serious the condition is — departments, complications, the opening of its overview — and its other names.
// Read-only; a missing file is a typed error naming it.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SymptomPage } from '../knowledge/symptom-conditions.js';
import { kbErrors } from '../knowledge/errors.js';
import { readSymptomPages } from './knowledge-base.js';

export interface ConditionPageFacts extends SymptomPage {
  departments: string[];
  complications: string[];
  /** The opening of the page's overview (概述, a table's reason column) and of the knowledge base's other answers
   *  describing the same condition (a MedQuAD "What is …" answer with the page's name as its focus), at most 600
   *  characters each. */
  overview: string;
  /** Other names of the condition (the Latin names a Chinese page gives), as stored. */
  aliases: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Pure over an open database: every page that lists symptoms, with its seriousness facts. */
export function readConditionPages(db: Database.Database): ConditionPageFacts[] {
  const pages = readSymptomPages(db);
  const get = db.prepare('SELECT metadata, sections FROM documents WHERE rid = ?');
  // What other documents say the condition is: an "information" answer whose focus is the condition's name.
  const described = new Map<string, string>();
  for (const r of db
    .prepare(
      "SELECT lower(json_extract(metadata, '$.focus')) AS focus, json_extract(sections, '$[0].text') AS text FROM documents WHERE json_extract(metadata, '$.qtype') = 'information'",
    )
    .all() as { focus: string | null; text: string | null }[])
    if (r.focus && typeof r.text === 'string' && !described.has(r.focus)) described.set(r.focus, r.text.slice(0, 600));
  return pages.map((p) => {
    const row = get.get(p.id) as { metadata: string | null; sections: string | null } | undefined;
    let meta: Record<string, unknown> = {};
    let overview = '';
    try {
      meta = row?.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : {};
      const sections = row?.sections ? (JSON.parse(row.sections) as { path?: string[]; text?: string }[]) : [];
      overview = (sections.find((s) => /^(概述|Overview|Description|Reason)$/i.test(s.path?.at(-1) ?? ''))?.text ?? sections[0]?.text ?? '').slice(0, 600);
      const other = described.get(p.name.toLowerCase());
      if (other) overview = `${overview}\n${other}`;
    } catch {
      // A page whose stored JSON does not parse keeps its symptoms and no seriousness facts.
    }
    return { ...p, departments: strings(meta.departments), complications: strings(meta.complications), overview, aliases: strings(meta.aliases) };
  });
}

/** The pages of the knowledge base file at `dbPath`, opened read-only. */
export function readConditionPagesFile(dbPath: string): ConditionPageFacts[] {
  if (!existsSync(dbPath)) throw kbErrors.KB_PATH_NOT_FOUND({ path: dbPath });
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return readConditionPages(db);
  } finally {
    db.close();
  }
}
