// The query path: analyse → BM25 (FTS5) and vector candidates → fuse → authority prior → prune near-duplicates.
// Statements are prepared once per knowledge base; per query the work is a handful of index lookups.
import type Database from 'better-sqlite3';
import type { Authority, Lang, SearchHit } from '../core/types.js';
import { AUTHORITIES, authorityRank, isAuthority } from '../core/types.js';
import type { Embedder } from '../models/embedder.js';
import { kbErrors } from '../knowledge/errors.js';
import { authorityMultiplier, normalizeByMax, pruneRedundant, rrf, type Ranked } from './fuse.js';
import { blobToSig, similarity } from './minhash.js';
import type { SearchOptions } from './store.js';
import type { VectorIndex } from './sqlite/vectors.js';
import { parseFlags } from './sqlite/flags.js';

export interface RankingConfig {
  /**
   * bm25 column weights: title, section path, body. The title names the subject (MedQuAD focus, disease name);
   * on MedQuAD questions title 6 vs 1 raised recall@1 from 33% to 43% while KG symptom queries held steady.
   */
  bm25Weights: [number, number, number];
  /** Authority prior strength: A scores ×(1 + w), E ×1. */
  authorityWeight: number;
  /** Estimated Jaccard at or above which two chunks are one hit. */
  duplicateThreshold: number;
  /** Candidates per list = max(minPool, k × poolFactor). */
  minPool: number;
  poolFactor: number;
  /** At most this many chunks of one document per result list (diversity: one long document cannot fill k). */
  maxPerDoc: number;
  /**
   * Topic-first: a chunk whose document is about a topic the question names (topics.ts) scores ×(1 + w), so the
   * page about hypothyroidism outranks pages that merely mention the thyroid; such documents may fill k alone.
   */
  topicWeight: number;
  /** A chunk whose section heading answers the aspect asked (symptoms, treatment, causes …) scores ×(1 + w). */
  aspectWeight: number;
  /** At most this many chunks read from topic documents that the term query did not already return. */
  topicPool: number;
  /** A chunk of a document about another name the question mentions (not its primary topic) scores ×(1 + w). */
  relatedWeight: number;
  /** Score factor for a chunk of a document about a name the question denies. */
  deniedWeight: number;
}

export const DEFAULT_RANKING: RankingConfig = {
  bm25Weights: [6, 1.5, 1],
  authorityWeight: 0.1,
  duplicateThreshold: 0.8,
  minPool: 40,
  poolFactor: 4,
  maxPerDoc: 2,
  topicWeight: 2,
  aspectWeight: 0.5,
  topicPool: 300,
  relatedWeight: 0.5,
  deniedWeight: 0.3,
};

/** Weighted query terms: a term listed twice counts twice in FTS5's bm25 (used to stress recognised entities). */
export interface QueryPlan {
  terms: string[];
  /** Section-heading terms the question asks for (intent), matched in the section column only. */
  sectionTerms?: string[];
  /** Documents (rids) about a topic the question names → that name as the question wrote it. */
  topics?: ReadonlyMap<number, string>;
  /** The topic is certain (asked about, or a condition named as the sources name it): its passages come first. */
  topicFirst?: boolean;
  /** Documents about other names the question mentions (a cause, a second condition): a smaller boost, no `about`. */
  related?: ReadonlyMap<number, string>;
  /** Documents about a name the question denies ("不是感冒", "not a blood clot"): scored ×deniedWeight. */
  denied?: ReadonlySet<number>;
  /** Documents the question may not be shown (a malignancy page for a question that does not ask about cancer). */
  excluded?: ReadonlySet<number>;
  /** Section headings that answer the aspect the question asks about. */
  aspect?: RegExp;
}

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** FTS5 MATCH expression: every term quoted (so no term is read as syntax), OR-ed; intents column-restricted. */
export function ftsExpression(terms: string[], sectionTerms: string[] = []): string {
  return [...terms.map(quote), ...sectionTerms.map((t) => `section : ${quote(t)}`)].join(' OR ');
}

interface LightRow {
  rid: number;
  doc: number;
  arank: number;
  lang: Lang;
  source: string;
  section: string;
  sig: Buffer;
}

interface Row {
  rid: number;
  ordinal: number;
  section: string;
  text: string;
  docId: string;
  title: string;
  source: string;
  authority: Authority;
  lang: Lang;
  url: string | null;
  flags: string | null;
}

export interface Searcher {
  run(plan: QueryPlan, query: string, options: SearchOptions, vector?: { index: VectorIndex; embedder: Embedder }): Promise<SearchHit[]>;
}

export function createSearcher(db: Database.Database, config: RankingConfig = DEFAULT_RANKING): Searcher {
  const [wt, ws, wb] = config.bm25Weights;
  const bm25 = `bm25(chunks_fts, ${wt}, ${ws}, ${wb})`;
  const plain = db.prepare(`SELECT rowid AS rid, ${bm25} AS s FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY s LIMIT ?`);
  const filtered = db.prepare(
    `SELECT f.rowid AS rid, ${bm25} AS s FROM chunks_fts f JOIN chunks c ON c.rid = f.rowid
     WHERE chunks_fts MATCH @q AND (@lang IS NULL OR c.lang = @lang) AND c.arank <= @arank
       AND (@sources IS NULL OR c.source IN (SELECT value FROM json_each(@sources)))
     ORDER BY s LIMIT @n`,
  );
  // Ranking needs only authority, filter fields and the signature: one batched lookup for the whole pool,
  // then the text and document fields for the k survivors.
  const light = db.prepare(`SELECT rid, doc_rid AS doc, arank, lang, source, section, sig FROM chunks WHERE rid IN (SELECT value FROM json_each(?))`);
  const topicChunks = db.prepare('SELECT rid FROM chunks WHERE doc_rid IN (SELECT value FROM json_each(?)) ORDER BY doc_rid, ordinal LIMIT ?').pluck();
  const hydrate = db.prepare(
    `SELECT c.rid, c.ordinal, c.section, c.text, c.flags, d.id AS docId, d.title, d.source, d.authority, d.lang, d.url
     FROM chunks c JOIN documents d ON d.rid = c.doc_rid WHERE c.rid = ?`,
  );

  return {
    async run(plan, query, options, vector) {
      const k = options.k ?? 10;
      if (!Number.isInteger(k) || k <= 0) throw kbErrors.KB_QUERY_INVALID({ reason: `k must be a positive integer, got ${k}` });
      if (options.minAuthority !== undefined && !isAuthority(options.minAuthority)) {
        throw kbErrors.KB_QUERY_INVALID({ reason: `minAuthority "${String(options.minAuthority)}" is not one of A-E` });
      }
      const pool = Math.max(config.minPool, k * config.poolFactor);
      const arank = options.minAuthority ? authorityRank(options.minAuthority) : 4;
      const sources = options.sources && options.sources.length > 0 ? options.sources : undefined;
      const hasFilter = options.lang !== undefined || arank < 4 || sources !== undefined;
      const keep = (r: LightRow) => (options.lang === undefined || r.lang === options.lang) && r.arank <= arank && (!sources || sources.includes(r.source));

      const lists: Ranked[][] = [];
      if (plan.terms.length > 0) {
        const q = ftsExpression(plan.terms, plan.sectionTerms);
        const rows = (
          hasFilter ? filtered.all({ q, lang: options.lang ?? null, arank, sources: sources ? JSON.stringify(sources) : null, n: pool }) : plain.all(q, pool)
        ) as { rid: number; s: number }[];
        lists.push(rows.map((r) => ({ id: r.rid, score: -r.s })));
      }
      if (vector && (options.mode ?? 'hybrid') === 'hybrid' && query.trim()) {
        const [qv] = await vector.embedder.embed([query]);
        // Filters apply after the nearest-neighbour search, so ask for more when filtering.
        const near = vector.index.knn(qv, hasFilter ? pool * 4 : pool);
        lists.push(near.map((n) => ({ id: n.rid, score: 1 - n.distance })));
      }
      if (lists.length === 0) return [];
      const fused = lists.length === 1 ? normalizeByMax(lists[0]) : rrf(lists.map((items) => ({ items })));
      const topics = plan.topics && plan.topics.size > 0 ? plan.topics : undefined;
      if (topics) {
        // Passages of the documents the question is about join the pool even when the term query missed them
        // (a colloquial name shares no word with the page), at a quarter of the best score before boosts.
        const have = new Set(fused.map((f) => f.id));
        const base = 0.25 * Math.max(0, ...fused.map((f) => f.score));
        for (const rid of topicChunks.all(JSON.stringify([...topics.keys()]), config.topicPool) as number[]) {
          if (!have.has(rid)) fused.push({ id: rid, score: base });
        }
      }

      const info = new Map<number, LightRow>();
      for (const r of light.all(JSON.stringify(fused.map((f) => f.id))) as LightRow[]) info.set(r.rid, r);
      const scored: { id: number; doc: number; score: number; sig: Uint32Array }[] = [];
      for (const f of fused) {
        const r = info.get(f.id);
        if (!r || !keep(r) || plan.excluded?.has(r.doc)) continue;
        const topic = topics?.has(r.doc)
          ? 1 + config.topicWeight
          : plan.related?.has(r.doc)
            ? 1 + config.relatedWeight
            : plan.denied?.has(r.doc)
              ? config.deniedWeight
              : 1;
        const aspect = plan.aspect?.test(r.section) ? 1 + config.aspectWeight : 1;
        scored.push({
          id: f.id,
          doc: r.doc,
          score: f.score * authorityMultiplier(AUTHORITIES[r.arank], config.authorityWeight) * topic * aspect,
          sig: blobToSig(r.sig),
        });
      }
      // Passages of a certain topic come first (then by score): a passage of another document that merely shares the
      // question's words is not ranked between them.
      const first = (d: number) => (plan.topicFirst && topics?.has(d) ? 1 : 0);
      scored.sort((a, b) => first(b.doc) - first(a.doc) || b.score - a.score);
      const perDoc = new Map<number, number>();
      // A document the question is about may fill the list: its other sections are still on topic.
      const diverse = scored.filter((s) => {
        const n = (perDoc.get(s.doc) ?? 0) + 1;
        perDoc.set(s.doc, n);
        return n <= (topics?.has(s.doc) ? Math.max(config.maxPerDoc, k) : config.maxPerDoc);
      });
      const { kept } = pruneRedundant(diverse, similarity, config.duplicateThreshold, k);
      return kept.map((s) => {
        const r = hydrate.get(s.id) as Row;
        const about = topics?.get(s.doc);
        const hit: SearchHit = {
          id: `${r.docId}#${r.ordinal}`,
          docId: r.docId,
          title: r.title,
          section: (JSON.parse(r.section) as string[]).join(' > '),
          source: r.source,
          authority: r.authority,
          lang: r.lang,
          score: Number(s.score.toFixed(6)),
          text: r.text,
        };
        if (r.url) hit.url = r.url;
        if (about) hit.about = about;
        const flags = parseFlags(r.flags);
        if (flags) hit.flags = flags;
        return hit;
      });
    },
  };
}
