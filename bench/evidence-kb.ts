// What the evidence benches share about their knowledge base (the evidence bench's cached file) and their inputs:
// its path, JSONL reading, and every name a page answers to. Used by evidence-coverage.ts and evidence-rerank-probe.ts.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';

/** The shared KB + starter pack file bench/evidence-judge.ts writes, or the one given. */
export const evidenceKbPath = (db?: string): string =>
  resolve(db ?? join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));

export const readJsonl = <T>(f: string): T[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Every name a page answers to — its title, metadata aliases (disease-kg-zh), synonyms (doc_terms) — lower-cased. */

export function pageNamePairs(db: Database.Database): [title: string, name: string][] {
  const out: [string, string][] = [];
  const add = (title: string, name: string) => {
    const n = name.trim().toLowerCase();
    if (n.length >= 2) out.push([title, n]);
  };
  for (const r of db.prepare('SELECT title, metadata FROM documents').all() as { title: string; metadata: string }[]) {
    add(r.title, r.title);
    const m = JSON.parse(r.metadata) as { aliases?: unknown };
    if (Array.isArray(m.aliases)) for (const a of m.aliases) if (typeof a === 'string') add(r.title, a);
  }
  const synonyms = db.prepare("SELECT DISTINCT d.title, t.term FROM doc_terms t JOIN documents d ON d.rid = t.doc_rid WHERE t.type = 'synonym'");
  for (const r of synonyms.all() as { title: string; term: string }[]) add(r.title, r.term);
  return out;
}
