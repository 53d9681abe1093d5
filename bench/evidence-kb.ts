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

/**
 * The labelled pages of a question: bench/results/evidence-coverage-labels.jsonl where it has the question (q-8…q-15,
 * made the session-13 way), else the pages a name of the writer's topic string names — title, alias or synonym equal to,
 * holding or held by the name, the name's other-language names (bilingual table) included. No judge's reading.
 */
export function topicLabeller(db: Database.Database, groups: readonly (readonly string[])[]): (id: string, topic: string) => string[] | null {
  const labels = new Map(readJsonl<{ id: string; page: string[] | null }>('bench/results/evidence-coverage-labels.jsonl').map((l) => [l.id, l.page]));
  const namesOf = new Map<string, Set<string>>();
  for (const [title, n] of pageNamePairs(db)) {
    if (!namesOf.has(n)) namesOf.set(n, new Set());
    namesOf.get(n)?.add(title);
  }
  const groupOf = new Map<string, readonly string[]>();
  for (const g of groups) for (const n of g) groupOf.set(n.toLowerCase(), g);
  const HAN = /\p{Script=Han}/u;
  const holds = (long: string, short: string) =>
    HAN.test(short)
      ? short.length >= 2 && long.includes(short)
      : short.length >= 4 && new RegExp(`(^|[^a-z])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(long);
  return (id, topic) => {
    if (labels.has(id)) return labels.get(id) ?? null;
    const names = topic
      .toLowerCase()
      .split(/[（）()、/,，;；:：]|\s+or\s+|\s+vs\.?\s+|与|和|及/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 2);
    for (const n of [...names]) for (const o of groupOf.get(n) ?? []) names.push(o.toLowerCase());
    const found = new Set<string>();
    for (const [n, titles] of namesOf) if (names.some((t) => t === n || holds(t, n) || holds(n, t))) for (const t of titles) found.add(t);
    return found.size ? [...found] : null;
  };
}
