// Screening flags stored with chunks: re-screen every chunk when the rules change (SCREENING_VERSION in meta),
// tallies for `kb stats`, and a document's flagged passages for `kb show`.
import type Database from 'better-sqlite3';
import type { ContentFlag } from '../../core/content-flags.js';
import { SCREENING_VERSION } from '../../safety/screening/screen.js';
import { getMeta, setMeta } from './schema.js';
import { chunkFlags } from './writer.js';

export interface FlagStats {
  /** Chunks carrying at least one flag. */
  flaggedChunks: number;
  flaggedDocuments: number;
  /** Chunks per flag code. */
  byFlag: Record<string, number>;
  screeningVersion: string;
}

export interface PassageFlags {
  ordinal: number;
  section: string;
  flags: ContentFlag[];
}

/** Re-screen all chunks if they were screened by other rules (or never); returns how many chunks were read. */
export function rescreenIfStale(db: Database.Database): number {
  if (getMeta(db, 'screening_version') === SCREENING_VERSION) return 0;
  const rows = db
    .prepare('SELECT c.rid, c.doc_rid, c.section, c.text, d.title FROM chunks c JOIN documents d ON d.rid = c.doc_rid ORDER BY c.doc_rid, c.ordinal')
    .all() as { rid: number; doc_rid: number; section: string | null; text: string; title: string }[];
  const up = db.prepare('UPDATE chunks SET flags = ? WHERE rid = ?');
  db.transaction(() => {
    // Same context as at ingest: the section headings, and the document's text before the chunk.
    let doc = -1;
    let before = '';
    for (const r of rows) {
      if (r.doc_rid !== doc) [doc, before] = [r.doc_rid, ''];
      let sectionPath: string[] = [];
      try {
        const parsed: unknown = JSON.parse(r.section ?? '[]');
        if (Array.isArray(parsed)) sectionPath = parsed.filter((x): x is string => typeof x === 'string');
      } catch {
        sectionPath = [];
      }
      up.run(chunkFlags(r.title, r.text, [], { sectionPath, before }), r.rid);
      before = `${before}\n${sectionPath.join('\n')}\n${r.text}`.slice(-3000);
    }
    setMeta(db, 'screening_version', SCREENING_VERSION);
  })();
  return rows.length;
}

export function flagStats(db: Database.Database): FlagStats {
  const rows = db.prepare('SELECT doc_rid AS doc, flags FROM chunks WHERE flags IS NOT NULL').all() as { doc: number; flags: string }[];
  const byFlag: Record<string, number> = {};
  const docs = new Set<number>();
  for (const r of rows) {
    docs.add(r.doc);
    for (const code of new Set((JSON.parse(r.flags) as ContentFlag[]).map((f) => f.code))) byFlag[code] = (byFlag[code] ?? 0) + 1;
  }
  return { flaggedChunks: rows.length, flaggedDocuments: docs.size, byFlag, screeningVersion: getMeta(db, 'screening_version') ?? 'none' };
}

export function documentFlags(db: Database.Database, docId: string): PassageFlags[] {
  const rows = db
    .prepare(
      'SELECT c.ordinal, c.section, c.flags FROM chunks c JOIN documents d ON d.rid = c.doc_rid WHERE d.id = ? AND c.flags IS NOT NULL ORDER BY c.ordinal',
    )
    .all(docId) as { ordinal: number; section: string; flags: string }[];
  return rows.map((r) => ({ ordinal: r.ordinal, section: (JSON.parse(r.section) as string[]).join(' > '), flags: JSON.parse(r.flags) as ContentFlag[] }));
}

/** Parse a stored flags cell (null when clean). */
export function parseFlags(cell: string | null | undefined): ContentFlag[] | undefined {
  if (!cell) return undefined;
  const list = JSON.parse(cell) as ContentFlag[];
  return list.length > 0 ? list : undefined;
}
