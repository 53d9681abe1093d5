// sqlite-vec storage for chunk embeddings: one vec0 table, created for the first embedder and bound to it.
import type Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { kbErrors } from '../../knowledge/errors.js';
import { getMeta, setMeta } from './schema.js';

export function loadVectorExtension(db: Database.Database): void {
  sqliteVec.load(db);
}

export interface VectorIndex {
  readonly embedderId: string;
  readonly dim: number;
  insert(rid: number, vector: Float32Array): void;
  remove(rid: number): void;
  /** Nearest chunks by cosine distance, best first. */
  knn(vector: Float32Array, k: number): { rid: number; distance: number }[];
  count(): number;
}

export interface StoredEmbedder {
  id: string;
  dim: number;
}

export function storedEmbedder(db: Database.Database): StoredEmbedder | undefined {
  const id = getMeta(db, 'embedder_id');
  const dim = getMeta(db, 'embedder_dim');
  return id && dim ? { id, dim: Number(dim) } : undefined;
}

/**
 * The vector index for an embedder: created on first use, refused when the file already holds
 * vectors from a different model or dimension (mixing them would make distances meaningless).
 */
export function openVectorIndex(db: Database.Database, dbPath: string, embedder: StoredEmbedder, create: boolean): VectorIndex | undefined {
  const stored = storedEmbedder(db);
  if (stored && (stored.id !== embedder.id || stored.dim !== embedder.dim)) {
    throw kbErrors.KB_EMBEDDER_MISMATCH({ db: dbPath, stored: `${stored.id} (dim ${stored.dim})`, given: `${embedder.id} (dim ${embedder.dim})` });
  }
  if (!stored) {
    if (!create) return undefined;
    if (!Number.isInteger(embedder.dim) || embedder.dim <= 0)
      throw kbErrors.KB_QUERY_INVALID({ reason: `embedder ${embedder.id} reports dimension ${embedder.dim}` });
    db.transaction(() => {
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vec USING vec0(embedding float[${embedder.dim}] distance_metric=cosine)`);
      setMeta(db, 'embedder_id', embedder.id);
      setMeta(db, 'embedder_dim', String(embedder.dim));
    })();
  }
  const ins = db.prepare('INSERT OR REPLACE INTO chunks_vec(rowid, embedding) VALUES (?, ?)');
  const del = db.prepare('DELETE FROM chunks_vec WHERE rowid = ?');
  const knn = db.prepare('SELECT rowid AS rid, distance FROM chunks_vec WHERE embedding MATCH ? AND k = ? ORDER BY distance');
  const cnt = db.prepare('SELECT count(*) AS n FROM chunks_vec');
  return {
    embedderId: embedder.id,
    dim: embedder.dim,
    // vec0 only accepts integer rowids; better-sqlite3 binds JS numbers as REAL unless given a BigInt.
    insert: (rid, vector) => void ins.run(BigInt(rid), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)),
    remove: (rid) => void del.run(BigInt(rid)),
    knn: (vector, k) =>
      (knn.all(Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength), k) as { rid: number | bigint; distance: number }[]).map((r) => ({
        rid: Number(r.rid),
        distance: r.distance,
      })),
    count: () => (cnt.get() as { n: number }).n,
  };
}
