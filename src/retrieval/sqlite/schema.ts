// The knowledge base's SQLite schema, created once and version-checked on every open.
import type Database from 'better-sqlite3';
import { kbErrors } from '../../knowledge/errors.js';

/** Bump when tables or the analyzer's term format change; an older file is migrated (MIGRATIONS) or refused. */
export const SCHEMA_VERSION = '2';

/** In-place upgrades from an older version to the next; each runs in one transaction. */
const MIGRATIONS: Record<string, { to: string; sql: string }> = {
  // 1 → 2: screening flags per chunk (JSON array of ContentFlag, NULL when clean); filled by the rescreen at open.
  '1': { to: '2', sql: 'ALTER TABLE chunks ADD COLUMN flags TEXT' },
};

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  lang TEXT NOT NULL,
  authority TEXT NOT NULL,
  date TEXT,
  sections TEXT NOT NULL,
  metadata TEXT NOT NULL,
  hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE TABLE IF NOT EXISTS chunks (
  rid INTEGER PRIMARY KEY,
  doc_rid INTEGER NOT NULL REFERENCES documents(rid) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  source TEXT NOT NULL,
  lang TEXT NOT NULL,
  arank INTEGER NOT NULL,
  sig BLOB NOT NULL,
  flags TEXT
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_rid);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(title, section, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS lexicon (word TEXT PRIMARY KEY, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_terms (
  doc_rid INTEGER NOT NULL REFERENCES documents(rid) ON DELETE CASCADE,
  type TEXT NOT NULL,
  term TEXT NOT NULL,
  synonym_group INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS doc_terms_doc ON doc_terms(doc_rid);
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, authority TEXT NOT NULL, updated_at TEXT NOT NULL);
`;

export function getMeta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name) !== undefined;
}

/** Whether an existing file is at an older version this build can upgrade (a read-only opener must reopen writable). */
export function needsMigration(db: Database.Database): boolean {
  if (!hasTable(db, 'meta')) return false;
  const found = getMeta(db, 'schema_version');
  return found !== undefined && found !== SCHEMA_VERSION && MIGRATIONS[found] !== undefined;
}

/** Create the schema in an empty file, or check (and, when writable, upgrade) an existing one's version. */
export function ensureSchema(db: Database.Database, dbPath: string, readonly: boolean): void {
  if (hasTable(db, 'meta')) {
    const stored = getMeta(db, 'schema_version');
    if (stored === undefined) throw kbErrors.KB_NOT_A_KB({ db: dbPath, reason: 'its meta table has no schema_version' });
    let found: string = stored;
    while (!readonly && found !== SCHEMA_VERSION && MIGRATIONS[found] !== undefined) {
      const step: { to: string; sql: string } = MIGRATIONS[found];
      db.transaction(() => {
        db.exec(step.sql);
        setMeta(db, 'schema_version', step.to);
      })();
      found = step.to;
    }
    if (found !== SCHEMA_VERSION) throw kbErrors.KB_SCHEMA_MISMATCH({ db: dbPath, found, expected: SCHEMA_VERSION });
    return;
  }
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (tables.n > 0) throw kbErrors.KB_NOT_A_KB({ db: dbPath, reason: 'it holds other tables and no meta table' });
  if (readonly) throw kbErrors.KB_NOT_A_KB({ db: dbPath, reason: 'it is empty (ingest something first: quarkmed kb ingest PATH)' });
  db.transaction(() => {
    db.exec(DDL);
    setMeta(db, 'schema_version', SCHEMA_VERSION);
    setMeta(db, 'created_at', new Date().toISOString());
  })();
}
