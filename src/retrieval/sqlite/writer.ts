// Writes and deletes documents with their chunks, full-text rows, terms and (optionally) vectors.
// Callers wrap these in a transaction; nothing here commits.
import type Database from 'better-sqlite3';
import type { ContentFlag } from '../../core/content-flags.js';
import type { Chunk, Doc } from '../../core/types.js';
import { authorityRank } from '../../core/types.js';
import type { Analyzer } from '../analyzer.js';
import { minhash, sigToBlob } from '../minhash.js';
import { screenPassage } from '../../safety/screening/screen.js';
import type { VectorIndex } from './vectors.js';

export const ENTITY_TYPES = ['disease', 'symptom', 'drug', 'check', 'department', 'food'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Entity lists a loader left in `metadata.entities` (unknown shape from JSONL is checked here). */
export function docEntities(doc: Doc): { type: EntityType; term: string }[] {
  const raw = doc.metadata.entities;
  if (!raw || typeof raw !== 'object') return [];
  const out: { type: EntityType; term: string }[] = [];
  for (const type of ENTITY_TYPES) {
    const list = (raw as Record<string, unknown>)[type];
    if (!Array.isArray(list)) continue;
    for (const t of list) if (typeof t === 'string' && t.trim()) out.push({ type, term: t.trim() });
  }
  return out;
}

/** The synonym set a document declares: MedQuAD focus + synonyms, or a name + aliases (disease KG). */
export function docSynonymGroup(doc: Doc): string[] {
  const m = doc.metadata;
  const head = typeof m.focus === 'string' ? m.focus : typeof m.name === 'string' ? m.name : undefined;
  const others = Array.isArray(m.synonyms) ? m.synonyms : Array.isArray(m.aliases) ? m.aliases : [];
  const list = others.filter((s): s is string => typeof s === 'string' && s.trim().length > 0);
  return head && list.length > 0 ? [head, ...list] : [];
}

export interface FtsRow {
  title: string;
  section: string;
  body: string;
  sig: Buffer;
}

/** Analyzed columns and signature for one chunk. */
export function analyzeChunk(analyzer: Analyzer, title: string, sectionPath: string[], text: string): FtsRow {
  const body = analyzer.terms(text);
  return {
    title: analyzer.terms(title).join(' '),
    section: analyzer.terms(sectionPath.join(' ')).join(' '),
    body: body.join(' '),
    sig: sigToBlob(minhash(body)),
  };
}

/**
 * Screening flags for a chunk as stored (JSON, or null when clean). The title and the section headings are screened
 * too (the model sees them, and a heading names the drug a dose belongs to); `before`, the document's text ahead of
 * this chunk, is context only — it completes claims the chunk leaves implicit and is never flagged itself.
 */
export function chunkFlags(
  title: string,
  text: string,
  extra: ContentFlag[] = [],
  where: { sectionPath?: readonly string[]; before?: string } = {},
): string | null {
  const head = [title, ...(where.sectionPath ?? []).filter((s) => s && s !== title)].join('\n');
  const flags = screenPassage(`${head}\n${text}`, { context: where.before });
  for (const f of extra) if (!flags.some((x) => x.code === f.code)) flags.push(f);
  return flags.length > 0 ? JSON.stringify(flags) : null;
}

export function createDocWriter(db: Database.Database, analyzer: Analyzer) {
  const findDoc = db.prepare('SELECT rid, hash FROM documents WHERE id = ?');
  const insDoc = db.prepare(
    'INSERT INTO documents (id, source, title, url, lang, authority, date, sections, metadata, hash, ingested_at) VALUES (@id, @source, @title, @url, @lang, @authority, @date, @sections, @metadata, @hash, @at)',
  );
  const insChunk = db.prepare('INSERT INTO chunks (doc_rid, ordinal, section, text, source, lang, arank, sig, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insFts = db.prepare('INSERT INTO chunks_fts (rowid, title, section, body) VALUES (?, ?, ?, ?)');
  const delFts = db.prepare('DELETE FROM chunks_fts WHERE rowid = ?');
  const chunkRids = db.prepare('SELECT rid FROM chunks WHERE doc_rid = ?').pluck();
  const delDoc = db.prepare('DELETE FROM documents WHERE rid = ?');
  const insTerm = db.prepare('INSERT INTO doc_terms (doc_rid, type, term, synonym_group) VALUES (?, ?, ?, ?)');
  const insLex = db.prepare('INSERT OR IGNORE INTO lexicon (word, type) VALUES (?, ?)');
  const upSource = db.prepare(
    'INSERT INTO sources (name, authority, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET authority = excluded.authority, updated_at = excluded.updated_at',
  );

  return {
    find(id: string): { rid: number; hash: string } | undefined {
      return findDoc.get(id) as { rid: number; hash: string } | undefined;
    },

    /** Remove a document and everything derived from it. */
    remove(rid: number, vectors?: VectorIndex): void {
      for (const c of chunkRids.all(rid) as number[]) {
        delFts.run(c);
        vectors?.remove(c);
      }
      delDoc.run(rid); // chunks and doc_terms cascade
    },

    /** Add words to the segmenter and persist them; returns how many were new. */
    addLexicon(words: { word: string; type: string }[]): number {
      const added = analyzer.addWords(words.map((w) => w.word));
      if (added > 0) for (const w of words) insLex.run(w.word, w.type);
      return added;
    },

    /** Insert a document and its chunks; returns the chunk rowids in order. */
    /** `fileFlags`: flags found in the source file itself (hidden markup), added to every chunk. */
    insert(doc: Doc, hash: string, chunks: Chunk[], fileFlags: ContentFlag[] = []): number[] {
      const at = new Date().toISOString();
      const rid = Number(
        insDoc.run({
          id: doc.id,
          source: doc.source,
          title: doc.title,
          url: doc.url ?? null,
          lang: doc.lang,
          authority: doc.authority,
          date: doc.date ?? null,
          sections: JSON.stringify(doc.sections),
          metadata: JSON.stringify(doc.metadata),
          hash,
          at,
        }).lastInsertRowid,
      );
      const rank = authorityRank(doc.authority);
      const rids: number[] = [];
      let before = '';
      for (const c of chunks) {
        const row = analyzeChunk(analyzer, c.title, c.sectionPath, c.text);
        const crid = Number(
          insChunk.run(
            rid,
            c.ordinal,
            JSON.stringify(c.sectionPath),
            c.text,
            doc.source,
            doc.lang,
            rank,
            row.sig,
            chunkFlags(c.title, c.text, fileFlags, { sectionPath: c.sectionPath, before }),
          ).lastInsertRowid,
        );
        before = `${before}\n${c.sectionPath.join('\n')}\n${c.text}`.slice(-3000);
        insFts.run(crid, row.title, row.section, row.body);
        rids.push(crid);
      }
      for (const e of docEntities(doc)) insTerm.run(rid, e.type, e.term, 0);
      for (const s of docSynonymGroup(doc)) insTerm.run(rid, 'synonym', s, 1);
      upSource.run(doc.source, doc.authority, at);
      return rids;
    },
  };
}

export type DocWriter = ReturnType<typeof createDocWriter>;
