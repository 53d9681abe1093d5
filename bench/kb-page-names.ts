// Every name a page of the bench knowledge base answers to — its title, its metadata aliases (disease-kg-zh) and its
// synonyms (doc_terms) — lower-cased, as (title, name) pairs. Shared by the coverage labeller and the rerank probe.
import type Database from 'better-sqlite3';

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
