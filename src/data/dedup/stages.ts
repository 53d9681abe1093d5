// Staged deduplication (datatrove-style): signatures per shard → buckets per band → clusters → filter per shard.
// Each stage streams files on disk; none holds the corpus. Exact dedup is the same machinery with one band whose
// key is the hash of the normalised text.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import type { DataRecord } from '../record.js';
import type { DedupConfig } from './config.js';
import { fileLines, mergeSortedLines } from './merge-lines.js';
import { estimateJaccard, MinHasher } from './minhash.js';
import { dedupKey, shingleHashes } from '../../core/shingles.js';

export const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const ref = (shard: number, idx: number): string => `${pad(shard, 6)}\t${pad(idx, 9)}`;

export function bandCount(cfg: DedupConfig): number {
  return cfg.mode === 'exact' ? 1 : cfg.bands;
}

function hasher(cfg: DedupConfig, seed: number): MinHasher | null {
  return cfg.mode === 'near' ? new MinHasher({ bands: cfg.bands, rows: cfg.rows, seed }) : null;
}

/** Stage 1 (per shard): one sorted bucket file per band, plus ids and signatures for the cluster stage. */
export async function signatureStage(
  records: AsyncIterable<DataRecord>,
  shard: number,
  cfg: DedupConfig,
  seed: number,
  dir: string,
  factsKey?: (text: string) => string,
): Promise<number> {
  const mh = hasher(cfg, seed);
  const bands = bandCount(cfg);
  const lines: string[][] = Array.from({ length: bands }, () => []);
  const sigLines: string[] = [];
  let idx = 0;
  for await (const r of records) {
    if (mh) {
      const sig = mh.signatureOfHashes(shingleHashes(r.text, { charN: cfg.mode === 'near' ? cfg.charN : 5, wordN: cfg.mode === 'near' ? cfg.wordN : 5 }));
      mh.bandKeys(sig).forEach((k, b) => lines[b].push(`${k}\t${ref(shard, idx)}`));
      const row: [string, string, string?] = [r.id, Buffer.from(sig.buffer).toString('base64')];
      if (factsKey) row.push(factsKey(r.text));
      sigLines.push(JSON.stringify(row));
    } else {
      const k = createHash('sha1').update(dedupKey(r.text)).digest('hex').slice(0, 24);
      lines[0].push(`${k}\t${ref(shard, idx)}`);
      sigLines.push(JSON.stringify([r.id]));
    }
    idx++;
  }
  for (let b = 0; b < bands; b++) {
    lines[b].sort();
    writeFileAtomic(join(dir, 'buckets', `band-${pad(b, 3)}`, `shard-${pad(shard, 5)}.txt`), lines[b].length ? `${lines[b].join('\n')}\n` : '');
  }
  writeFileAtomic(join(dir, 'sigs', `shard-${pad(shard, 5)}.jsonl`), sigLines.length ? `${sigLines.join('\n')}\n` : '');
  return idx;
}

/** Stage 2 (per band): merge the band's shard files; records sharing a key become candidate edges. */
export async function bucketStage(band: number, shards: number, dir: string): Promise<number> {
  const bdir = join(dir, 'buckets', `band-${pad(band, 3)}`);
  const files = Array.from({ length: shards }, (_, s) => join(bdir, `shard-${pad(s, 5)}.txt`)).filter((f) => existsSync(f));
  const edges: string[] = [];
  let curKey = '';
  let first = '';
  for await (const line of mergeSortedLines(files)) {
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    const r = line.slice(tab + 1);
    if (key === curKey) edges.push(`${first}\t${r}`);
    else {
      curKey = key;
      first = r;
    }
  }
  writeFileAtomic(join(dir, 'edges', `band-${pad(band, 3)}.txt`), edges.length ? `${edges.join('\n')}\n` : '');
  return edges.length;
}

export interface ShardRemoval {
  version: 1;
  /** Indices (in the shard's pre-dedup order) to drop. */
  removed: number[];
  /** Index → cluster (representative's record id) and cluster size, for every clustered record kept or dropped. */
  clusters: Record<string, { cluster: string; size: number }>;
}

/** Stage 3 (single task): union-find over confirmed edges; the representative is the earliest record. */
export async function clusterStage(cfg: DedupConfig, shards: number, dir: string): Promise<{ clusters: number; removed: number; rejectedEdges: number }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    let c = x;
    while (c !== r) {
      const n = parent.get(c)!;
      parent.set(c, r);
      c = n;
    }
    return r;
  };
  const edgeList: [string, string][] = [];
  for (let b = 0; b < bandCount(cfg); b++) {
    const f = join(dir, 'edges', `band-${pad(b, 3)}.txt`);
    if (!existsSync(f)) continue;
    for await (const line of fileLines(f)) {
      const [s1, i1, s2, i2] = line.split('\t');
      edgeList.push([`${s1}\t${i1}`, `${s2}\t${i2}`]);
    }
  }
  // Ids (and signatures, to confirm near candidates) only for records that appear in an edge.
  const needed = new Set(edgeList.flat());
  const info = new Map<string, { id: string; sig?: Uint32Array; facts?: string }>();
  for (let s = 0; s < shards && needed.size; s++) {
    const f = join(dir, 'sigs', `shard-${pad(s, 5)}.jsonl`);
    if (!existsSync(f)) continue;
    let idx = 0;
    for await (const line of fileLines(f)) {
      const key = ref(s, idx++);
      if (!needed.has(key)) continue;
      const [id, b64, facts] = JSON.parse(line) as [string, string?, string?];
      const sig = b64 ? new Uint32Array(new Uint8Array(Buffer.from(b64, 'base64')).buffer) : undefined;
      info.set(key, { id, sig, facts });
    }
  }
  let rejectedEdges = 0;
  const verify = cfg.mode === 'near' ? cfg.verifyThreshold : 0;
  for (const [a, b] of edgeList) {
    // Different numbers, doses or drugs: different answers, never one cluster.
    const fa = info.get(a)?.facts;
    const fb = info.get(b)?.facts;
    if (fa !== undefined && fb !== undefined && fa !== fb) {
      rejectedEdges++;
      continue;
    }
    if (verify > 0) {
      const sa = info.get(a)?.sig;
      const sb = info.get(b)?.sig;
      if (sa && sb && estimateJaccard(sa, sb) < verify) {
        rejectedEdges++;
        continue;
      }
    }
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  }
  const members = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = members.get(r) ?? [];
    list.push(x);
    members.set(r, list);
  }
  const perShard: ShardRemoval[] = Array.from({ length: shards }, () => ({ version: 1, removed: [], clusters: {} }));
  let removed = 0;
  for (const [root, list] of members) {
    list.sort();
    const rep = list[0] === root ? root : list[0];
    const cluster = info.get(rep)?.id ?? rep.replace('\t', ':');
    for (const m of list) {
      const [s, i] = m.split('\t').map(Number);
      perShard[s].clusters[String(i)] = { cluster, size: list.length };
      if (m !== rep) {
        perShard[s].removed.push(i);
        removed++;
      }
    }
  }
  mkdirSync(join(dir, 'remove'), { recursive: true });
  perShard.forEach((p, s) => {
    p.removed.sort((x, y) => x - y);
    writeFileAtomic(join(dir, 'remove', `shard-${pad(s, 5)}.json`), JSON.stringify(p));
  });
  return { clusters: members.size, removed, rejectedEdges };
}

export function loadRemoval(dir: string, shard: number): ShardRemoval {
  return JSON.parse(readFileSync(join(dir, 'remove', `shard-${pad(shard, 5)}.json`), 'utf8')) as ShardRemoval;
}
