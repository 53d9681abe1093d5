// Cache for model verdicts: a bounded in-memory LRU, optionally backed by SQLite so a restarted reward
// service (or the next epoch) does not pay for the same judgement twice.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ModelCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  readonly hits: number;
  readonly misses: number;
  close(): void;
}

export function cacheKey(model: string, payload: unknown): string {
  return createHash('sha256').update(model).update('\u0000').update(JSON.stringify(payload)).digest('hex');
}

export interface ModelCacheOptions {
  /** SQLite file for persistence; memory only when absent. */
  path?: string;
  /** In-memory entries kept (default 50,000). */
  maxEntries?: number;
}

export function createModelCache(options: ModelCacheOptions = {}): ModelCache {
  const max = options.maxEntries ?? 50_000;
  const mem = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  let db: Database.Database | undefined;
  let getStmt: Database.Statement<[string], { value: string }> | undefined;
  let putStmt: Database.Statement<[string, string, number]> | undefined;
  if (options.path) {
    mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, value TEXT NOT NULL, at INTEGER NOT NULL)');
    getStmt = db.prepare('SELECT value FROM verdicts WHERE key = ?');
    putStmt = db.prepare('INSERT OR REPLACE INTO verdicts (key, value, at) VALUES (?, ?, ?)');
  }
  const remember = (key: string, value: string) => {
    mem.delete(key);
    mem.set(key, value);
    if (mem.size > max) mem.delete(mem.keys().next().value as string);
  };
  return {
    get(key) {
      let v = mem.get(key);
      if (v === undefined && getStmt) {
        v = getStmt.get(key)?.value;
        if (v !== undefined) remember(key, v);
      }
      if (v === undefined) misses++;
      else hits++;
      return v;
    },
    set(key, value) {
      remember(key, value);
      putStmt?.run(key, value, Date.now());
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    close() {
      db?.close();
    },
  };
}
