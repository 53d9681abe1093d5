// Incremental, all-or-nothing-per-file ingestion: unchanged documents skipped by hash, changed ones replaced,
// a bad file rolled back and reported by name while the rest of the run continues.
import { readFile, stat } from 'node:fs/promises';
import type { ContentFlag } from '../core/content-flags.js';
import { screenRawMarkup, screenRawText } from '../safety/screening/screen.js';
import type Database from 'better-sqlite3';
import type { Doc } from '../core/types.js';
import { isAuthority } from '../core/types.js';
import { describeError, isQuarkError } from '../core/errors.js';
import type { Embedder } from '../models/embedder.js';
import { chunkDoc, type ChunkOptions } from '../knowledge/chunk.js';
import { docHash, makeDoc } from '../knowledge/doc.js';
import { kbErrors } from '../knowledge/errors.js';
import { createLoaderContext, inputRoot, listInputs, loadFile, loaders, type LoadOptions } from '../knowledge/loaders/index.js';
import { docEntities, type DocWriter } from './sqlite/writer.js';
import type { VectorIndex } from './sqlite/vectors.js';

export interface IngestOptions extends LoadOptions {
  chunk?: ChunkOptions;
  /** Called after each file (and every 200 documents inside a large one). */
  onProgress?: (p: IngestProgress) => void;
  signal?: AbortSignal;
  /** Texts per embedding request (default 32). */
  embedBatch?: number;
}

export interface IngestProgress {
  file?: string;
  filesDone: number;
  filesTotal: number;
  documents: number;
  chunks: number;
  skipped: number;
  failed: number;
}

export interface IngestFailure {
  file: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  /** Documents added or replaced. */
  documents: number;
  /** Of those, documents that replaced an older version. */
  replaced: number;
  chunks: number;
  /** Documents unchanged since the last ingest (same content hash). */
  skipped: number;
  /** Files (or document batches) rolled back because of an error. */
  failed: number;
  /** Files whose format could not be told (skipped in a folder walk). */
  unrecognized: string[];
  failures: IngestFailure[];
  /** Chunks from earlier ingests that received vectors now (an embedder was configured later). */
  backfilled?: number;
  durationMs: number;
}

export interface IngestDeps {
  db: Database.Database;
  writer: DocWriter;
  embedder?: Embedder;
  vectors?: () => VectorIndex | undefined;
  /** Called once at the end so the KB can re-segment chunks written under an older lexicon. */
  finish: () => void;
}

/** The HTML loader keeps visible text only: instructions hidden in its comments or invisible elements are screened here. */
async function markupFlags(file: string, format: string): Promise<ContentFlag[]> {
  if (format !== 'html' && format !== 'markdown') return [];
  const info = await stat(file);
  if (info.size > 8 * 2 ** 20) return [];
  // Markdown: a heading with nothing under it never reaches a chunk, so the raw file is screened for instructions.
  return format === 'html' ? screenRawMarkup(await readFile(file, 'utf8')) : screenRawText(await readFile(file, 'utf8'));
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p)).isDirectory();
}

const VALID_LANGS = new Set(['zh', 'en', 'other']);

/** Normalise and check a document from any producer (loaders, JSON, starter packs). */
export function validateDoc(doc: Doc, where: string): Doc {
  if (!doc || typeof doc !== 'object') throw kbErrors.KB_FILE_INVALID({ file: where, reason: 'not a document object' });
  if (typeof doc.id !== 'string' || !doc.id.trim()) throw kbErrors.KB_FILE_INVALID({ file: where, field: 'id', reason: 'missing document id' });
  if (!isAuthority(doc.authority)) throw kbErrors.KB_AUTHORITY_INVALID({ value: String(doc.authority), where: `${where} document ${doc.id}` });
  if (!VALID_LANGS.has(doc.lang)) throw kbErrors.KB_LANG_INVALID({ value: String(doc.lang), where: `${where} document ${doc.id}` });
  if (typeof doc.source !== 'string' || !doc.source) throw kbErrors.KB_FILE_INVALID({ file: where, field: `${doc.id}.source`, reason: 'missing source' });
  const sections = Array.isArray(doc.sections) && doc.sections.length > 0 ? doc.sections : [{ path: [], text: String(doc.text ?? '') }];
  // What clients render as a link or a heading: web URLs only (no javascript:/data:), titles as plain text.
  const url = typeof doc.url === 'string' && /^https?:\/\//i.test(doc.url.trim()) ? doc.url.trim() : undefined;
  const title = plainTitle(String(doc.title ?? '')) || doc.id;
  return makeDoc({ ...doc, title, url, sections, metadata: doc.metadata ?? {} });
}

/** Markup and control characters out of a title (loaders can lift a title from HTML or front matter). */
export function plainTitle(title: string): string {
  return title
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Counts {
  documents: number;
  replaced: number;
  chunks: number;
  skipped: number;
}

/** Write one stream of documents inside the caller's transaction; returns what it wrote. */
async function writeDocs(
  deps: IngestDeps,
  docs: AsyncIterable<Doc> | Iterable<Doc>,
  where: string,
  opts: IngestOptions,
  tick: (c: Counts) => void,
  fileFlags: ContentFlag[] = [],
): Promise<Counts> {
  const c: Counts = { documents: 0, replaced: 0, chunks: 0, skipped: 0 };
  const vectors = deps.embedder ? deps.vectors?.() : undefined;
  const pending: { rid: number; text: string }[] = [];
  const batch = opts.embedBatch ?? 32;
  const flush = async () => {
    if (!deps.embedder || !vectors || pending.length === 0) return;
    const items = pending.splice(0, pending.length);
    const vecs = await deps.embedder.embed(
      items.map((p) => p.text),
      opts.signal,
    );
    items.forEach((p, i) => vectors.insert(p.rid, vecs[i]));
  };
  for await (const raw of docs) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('ingest aborted');
    const doc = validateDoc(raw, where);
    const hash = docHash(doc);
    const existing = deps.writer.find(doc.id);
    if (existing && existing.hash === hash) {
      c.skipped++;
    } else {
      if (existing) {
        deps.writer.remove(existing.rid, vectors);
        c.replaced++;
      }
      // New entity names join the segmenter before this document is segmented.
      deps.writer.addLexicon(
        docEntities(doc)
          .filter((e) => e.type !== 'food')
          .map((e) => ({ word: e.term, type: e.type })),
      );
      const chunks = chunkDoc(doc, opts.chunk);
      const rids = deps.writer.insert(doc, hash, chunks, fileFlags);
      c.documents++;
      c.chunks += chunks.length;
      if (vectors) {
        chunks.forEach((ch, i) => pending.push({ rid: rids[i], text: `${ch.title}\n${ch.sectionPath.join(' > ')}\n${ch.text}` }));
        if (pending.length >= batch) await flush();
      }
    }
    if ((c.documents + c.skipped) % 200 === 0) tick(c);
  }
  await flush();
  return c;
}

/** Run one unit (a file or a document stream) in its own transaction. */
async function unit(
  deps: IngestDeps,
  docs: () => AsyncIterable<Doc> | Iterable<Doc>,
  where: string,
  opts: IngestOptions,
  tick: (c: Counts) => void,
  fileFlags: ContentFlag[] = [],
): Promise<Counts> {
  deps.db.exec('BEGIN IMMEDIATE');
  try {
    const c = await writeDocs(deps, docs(), where, opts, tick, fileFlags);
    deps.db.exec('COMMIT');
    return c;
  } catch (err) {
    if (deps.db.inTransaction) deps.db.exec('ROLLBACK');
    throw err;
  }
}

export async function ingestInputs(
  deps: IngestDeps,
  input: string | string[] | Iterable<Doc> | AsyncIterable<Doc>,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const s: IngestSummary = { files: 0, documents: 0, replaced: 0, chunks: 0, skipped: 0, failed: 0, unrecognized: [], failures: [], durationMs: 0 };
  const add = (c: Counts) => {
    s.documents += c.documents;
    s.replaced += c.replaced;
    s.chunks += c.chunks;
    s.skipped += c.skipped;
  };
  const fail = (file: string, err: unknown) => {
    if (opts.signal?.aborted) throw err;
    s.failed++;
    s.failures.push({ file, code: isQuarkError(err) ? err.code : 'KB_INGEST_FAILED', message: describeError(err) });
  };
  try {
    const isPaths = typeof input === 'string' || (Array.isArray(input) && input.length > 0 && input.every((x) => typeof x === 'string'));
    if (isPaths) {
      const paths = typeof input === 'string' ? [input] : (input as string[]);
      const plan: { file: string; format: ReturnType<typeof loaders.names>[number]; root: string }[] = [];
      for (const p of paths) {
        const root = await inputRoot(p).catch(() => p);
        const inputs = await listInputs(p, opts.format);
        for (const f of inputs) {
          if (f.format) plan.push({ file: f.file, format: f.format, root });
          // A file named directly must be readable; in a folder walk, unknown files are listed and skipped.
          else if (root !== f.file && inputs.length === 1 && !(await isDir(p)))
            throw kbErrors.KB_FORMAT_UNKNOWN({ file: f.file, known: loaders.names().join(', ') });
          else s.unrecognized.push(f.file);
        }
      }
      const ctxByRoot = new Map<string, ReturnType<typeof createLoaderContext>>();
      for (const [i, item] of plan.entries()) {
        let ctx = ctxByRoot.get(item.root);
        if (!ctx) ctxByRoot.set(item.root, (ctx = createLoaderContext(opts, item.root)));
        const progress = (c: Counts) =>
          opts.onProgress?.({
            file: item.file,
            filesDone: i,
            filesTotal: plan.length,
            documents: s.documents + c.documents,
            chunks: s.chunks + c.chunks,
            skipped: s.skipped + c.skipped,
            failed: s.failed,
          });
        try {
          add(await unit(deps, () => loadFile(item.file, item.format, ctx), item.file, opts, progress, await markupFlags(item.file, item.format)));
        } catch (err) {
          fail(item.file, err);
        }
        s.files++;
        opts.onProgress?.({
          file: item.file,
          filesDone: i + 1,
          filesTotal: plan.length,
          documents: s.documents,
          chunks: s.chunks,
          skipped: s.skipped,
          failed: s.failed,
        });
      }
    } else {
      const docs = input as Iterable<Doc> | AsyncIterable<Doc>;
      try {
        add(
          await unit(
            deps,
            () => docs,
            '<documents>',
            opts,
            () => undefined,
          ),
        );
      } catch (err) {
        fail('<documents>', err);
      }
    }
  } finally {
    deps.finish();
  }
  s.durationMs = Date.now() - started;
  return s;
}
