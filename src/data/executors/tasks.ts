// One task = one unit of work on one shard (or band). Idempotent: a finished task has a completion marker and is
// skipped; outputs are written to temp files and renamed before the marker.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFactsKeyer } from '../dedup/facts.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { bucketStage, clusterStage, loadRemoval, signatureStage } from '../dedup/stages.js';
import { fileLines } from '../dedup/merge-lines.js';
import { loadPipelineFile, type PipelineSpec } from '../pipeline-file.js';
import type { DataRecord } from '../record.js';
import { StatsBook, bump, type StepStats } from '../stats.js';
import { chain, type Step, type StepContext } from '../step.js';
import { stepRegistry } from '../steps.js';
import { writeShard } from '../writers/shard-writer.js';
import { readIngest } from './ingest.js';
import { layout, planOf, type Barrier, type Task } from './plan.js';

export interface ShardMarker {
  version: 1;
  segment: number;
  shard: number;
  records: number;
  bytes: number;
  textBytes: number;
  tokens: number;
  tokenMethod: 'tokenizer' | 'estimate' | 'none';
  languages: Record<string, number>;
  authority: Record<string, number>;
  knowledgeTypes: Record<string, number>;
  entityTypes: Record<string, number>;
  steps: Record<string, StepStats>;
  /** Records dropped in this segment and shard (lines of its rejects file). */
  rejects?: number;
  /** Dialogue records and their non-system turns written. */
  dialogues?: { records: number; turns: number };
  file?: string;
  sha256?: string;
  seconds: number;
}

const specCache = new Map<string, { mtime: number; spec: PipelineSpec }>();
const stepCache = new Map<string, Promise<Step[]>>();

export function specFor(file: string): PipelineSpec {
  const mtime = statSync(file).mtimeMs;
  const hit = specCache.get(file);
  if (hit && hit.mtime === mtime) return hit.spec;
  const spec = loadPipelineFile(file);
  specCache.set(file, { mtime, spec });
  return spec;
}

function segmentSteps(spec: PipelineSpec, k: number): Promise<Step[]> {
  const key = `${spec.file}\u0000${k}\u0000${JSON.stringify(spec.steps)}`;
  let p = stepCache.get(key);
  if (!p) {
    p = (async () => {
      const out: Step[] = [];
      for (const s of planOf(spec).segments[k].steps) {
        const def = stepRegistry.get(s.name);
        out.push(...(await def.create!(s.options as never, { baseDir: spec.baseDir, seed: spec.seed })));
      }
      return out;
    })();
    p.catch(() => stepCache.delete(key));
    stepCache.set(key, p);
  }
  return p;
}

export async function* readRecords(file: string): AsyncIterable<DataRecord> {
  for await (const line of fileLines(file)) yield JSON.parse(line) as DataRecord;
}

/** Drops the duplicates the cluster stage chose and records cluster ids on the rest. */
function removalStep(spec: PipelineSpec, k: number, barrier: Barrier): Step {
  const name = barrier.step;
  const field = name === 'dedup-exact' ? 'dedupExact' : 'dedupNear';
  return {
    name,
    kind: 'dedup',
    async *run(records, ctx) {
      const rm = loadRemoval(layout.dedupDir(spec.output.workDir, k), ctx.shard);
      const removed = new Set(rm.removed);
      const st = ctx.stats(name);
      let i = 0;
      for await (const r of records) {
        const idx = i++;
        st.seen++;
        if (removed.has(idx)) {
          st.dropped.duplicate = (st.dropped.duplicate ?? 0) + 1;
          const c = rm.clusters[String(idx)];
          ctx.reject?.(r, name, c ? `duplicate_of:${c.cluster}` : 'duplicate');
          continue;
        }
        st.kept++;
        const c = rm.clusters[String(idx)];
        if (c) {
          bump(st, 'clusters');
          yield { ...r, metadata: { ...r.metadata, [field]: c } };
        } else yield r;
      }
    },
  };
}

/** One line of the rejects file: who was dropped, where, why, and the text as the step saw it. */
export function rejectLine(r: DataRecord, step: string, reason: string): string {
  const authority = typeof r.metadata.authority === 'string' ? r.metadata.authority : undefined;
  return JSON.stringify({ id: r.id, source: r.source, authority, step, reason, text: r.text, ...(r.messages ? { messages: r.messages } : {}) });
}

function count(into: Record<string, number>, key: unknown): void {
  if (typeof key === 'string') into[key] = (into[key] ?? 0) + 1;
}

async function runMap(spec: PipelineSpec, k: number, shard: number): Promise<void> {
  const w = spec.output.workDir;
  const marker = layout.segDone(w, k, shard);
  if (existsSync(marker)) return;
  const t0 = performance.now();
  const plan = planOf(spec);
  const last = k === plan.segments.length - 1;
  const input = k === 0 ? layout.ingestShard(w, shard) : layout.segShard(w, k - 1, shard);
  const book = new StatsBook();
  const rejects: string[] = [];
  const ctx: StepContext = { shard, seed: spec.seed, stats: (n) => book.get(n), reject: (r, step, reason) => rejects.push(rejectLine(r, step, reason)) };
  const steps = [...(k > 0 ? [removalStep(spec, k - 1, plan.barriers[k - 1])] : []), ...(await segmentSteps(spec, k))];
  // Register counters in pipeline order (generators start lazily, last step first).
  for (const s of steps) book.get(s.name);
  const m: ShardMarker = {
    version: 1,
    segment: k,
    shard,
    records: 0,
    bytes: 0,
    textBytes: 0,
    tokens: 0,
    tokenMethod: 'none',
    languages: {},
    authority: {},
    knowledgeTypes: {},
    entityTypes: {},
    steps: book.steps,
    seconds: 0,
  };
  const onRecord = (r: DataRecord): void => {
    const md = r.metadata;
    if (typeof md.tokens === 'number') {
      m.tokens += md.tokens;
      m.tokenMethod = md.tokensMethod === 'tokenizer' ? 'tokenizer' : 'estimate';
    }
    count(m.languages, md.lang);
    if (r.messages) {
      const d = (m.dialogues ??= { records: 0, turns: 0 });
      d.records++;
      d.turns += r.messages.filter((x) => x.role !== 'system').length;
    }
    count(m.authority, md.authority);
    count(m.knowledgeTypes, md.knowledgeType);
    if (md.entities && typeof md.entities === 'object') {
      for (const [t, list] of Object.entries(md.entities as Record<string, unknown[]>)) m.entityTypes[t] = (m.entityTypes[t] ?? 0) + list.length;
    }
  };
  const stream = chain(steps, readRecords(input), ctx);
  if (last) {
    const name = layout.outShard(spec.output.format, shard);
    const file = join(spec.output.dir, name);
    // Buffer one record to know whether the shard is empty (no empty files in the output).
    const it = stream[Symbol.asyncIterator]();
    const first = await it.next();
    if (!first.done) {
      const rest = async function* (): AsyncIterable<DataRecord> {
        yield first.value;
        for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
      };
      const s = await writeShard(spec.output.format, file, rest(), onRecord);
      Object.assign(m, { records: s.records, bytes: s.bytes, textBytes: s.textBytes, file: name });
      m.sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  } else {
    const s = await writeShard('jsonl', layout.segShard(w, k, shard), stream, onRecord);
    Object.assign(m, { records: s.records, bytes: s.bytes, textBytes: s.textBytes });
  }
  writeFileAtomic(layout.segRejects(w, k, shard), rejects.length ? `${rejects.join('\n')}\n` : '');
  m.rejects = rejects.length;
  m.seconds = +((performance.now() - t0) / 1000).toFixed(3);
  writeFileAtomic(marker, JSON.stringify(m));
}

export async function runTask(task: Task): Promise<void> {
  const spec = specFor(task.pipeline);
  const w = spec.output.workDir;
  if (task.kind === 'map') return runMap(spec, task.segment, task.shard);
  const barrier = planOf(spec).barriers[task.barrier];
  const dir = layout.dedupDir(w, task.barrier);
  const shards = readIngest(spec).shards;
  const name = task.kind === 'sig' ? `sig-${task.shard}` : task.kind === 'bucket' ? `bucket-${task.band}` : 'cluster';
  const done = layout.stageDone(w, task.barrier, name);
  if (existsSync(done)) return;
  let result: unknown;
  if (task.kind === 'sig') {
    const cfg = barrier.config;
    const keyer = cfg.mode === 'near' && cfg.sameFacts ? createFactsKeyer(cfg.terms ? resolve(spec.baseDir, cfg.terms) : undefined) : undefined;
    result = { records: await signatureStage(readRecords(layout.segShard(w, task.barrier, task.shard)), task.shard, cfg, spec.seed, dir, keyer?.key) };
  } else if (task.kind === 'bucket') {
    result = { edges: await bucketStage(task.band, shards, dir) };
  } else {
    result = await clusterStage(barrier.config, shards, dir);
  }
  writeFileAtomic(done, JSON.stringify(result));
}

export function isTaskDone(spec: PipelineSpec, task: Task): boolean {
  const w = spec.output.workDir;
  switch (task.kind) {
    case 'map':
      return existsSync(layout.segDone(w, task.segment, task.shard));
    case 'sig':
      return existsSync(layout.stageDone(w, task.barrier, `sig-${task.shard}`));
    case 'bucket':
      return existsSync(layout.stageDone(w, task.barrier, `bucket-${task.band}`));
    case 'cluster':
      return existsSync(layout.stageDone(w, task.barrier, 'cluster'));
  }
}
