// The coordinator: ingest, then each stage's tasks through a runner (skipping finished ones), then the manifest.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { dataErrors } from '../errors.js';
import { bandCount } from '../dedup/stages.js';
import type { PipelineSpec } from '../pipeline-file.js';
import { mergeStats } from '../stats.js';
import { MANIFEST_VERSION, type Manifest } from '../writers/manifest.js';
import { writeStatsReport } from '../report/stats-report.js';
import { ESTIMATE_RULE } from '../../core/tokens.js';
import { ingest, type IngestResult } from './ingest.js';
import { fingerprint, layout, planOf, taskKey, type Task } from './plan.js';
import type { TaskRunner } from './runner.js';
import { isTaskDone, type ShardMarker } from './tasks.js';

export interface RunOptions {
  /** Delete the work folder first (a changed pipeline file needs this). */
  fresh?: boolean;
  onStage?: (stage: string, total: number, skipped: number) => void;
  onTask?: (key: string) => void;
}

/** Refuse to resume from a work folder another pipeline left behind. */
function checkWorkDir(spec: PipelineSpec, fresh: boolean): string {
  const w = spec.output.workDir;
  const fp = fingerprint(spec);
  if (fresh) rmSync(w, { recursive: true, force: true });
  const marker = layout.pipelineMarker(w);
  if (existsSync(marker)) {
    const prev = JSON.parse(readFileSync(marker, 'utf8')) as { fingerprint?: string };
    if (prev.fingerprint !== fp) {
      throw dataErrors.DATA_WORKDIR_MISMATCH({ dir: w, found: String(prev.fingerprint), expected: fp });
    }
  } else {
    // A new run: shards, manifest and report a previous run left in the output folder would be stale.
    if (existsSync(spec.output.dir)) {
      for (const f of readdirSync(spec.output.dir)) {
        if (/^shard-\d+\.(jsonl|parquet)$|^manifest\.json$|^rejects\.jsonl$|^stats\.(md|html)$/.test(f)) rmSync(join(spec.output.dir, f), { force: true });
      }
    }
    writeFileAtomic(marker, JSON.stringify({ version: 1, fingerprint: fp, pipeline: spec.file }));
  }
  return fp;
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

export function buildManifest(spec: PipelineSpec, ing: IngestResult, fp: string, timings: Record<string, number>): Manifest {
  const plan = planOf(spec);
  const w = spec.output.workDir;
  const lastSeg = plan.segments.length - 1;
  const m: Manifest = {
    version: MANIFEST_VERSION,
    pipeline: { name: spec.name, file: spec.file, fingerprint: fp, seed: spec.seed },
    format: spec.output.format,
    createdAt: new Date().toISOString(),
    input: {
      records: ing.records,
      bytes: ing.bytes,
      textBytes: ing.textBytes,
      files: ing.files,
      missingFields: ing.missingFields ?? {},
      dialogues: ing.dialogues,
    },
    output: { records: 0, bytes: 0, textBytes: 0, shards: 0 },
    tokens: { total: 0, method: 'none', description: 'no tokens step in the pipeline' },
    steps: {},
    filterReasons: {},
    duplicates: { exact: { removed: 0, clusters: 0 }, near: { removed: 0, clusters: 0, rejectedCandidates: 0 } },
    languages: {},
    authority: {},
    knowledgeTypes: {},
    entityTypes: {},
    shards: [],
    timings,
  };
  for (let k = 0; k <= lastSeg; k++) {
    for (let s = 0; s < ing.shards; s++) {
      const mk = JSON.parse(readFileSync(layout.segDone(w, k, s), 'utf8')) as ShardMarker;
      mergeStats(m.steps, mk.steps);
      if (k !== lastSeg) continue;
      if (mk.dialogues) {
        const d = (m.dialogues ??= { records: 0, turns: 0, courtesyTrimmed: 0 });
        d.records += mk.dialogues.records;
        d.turns += mk.dialogues.turns;
      }
      m.output.records += mk.records;
      m.output.bytes += mk.bytes;
      m.output.textBytes += mk.textBytes;
      m.tokens.total += mk.tokens;
      if (mk.tokenMethod !== 'none') m.tokens.method = mk.tokenMethod;
      add(m.languages, mk.languages);
      add(m.authority, mk.authority);
      add(m.knowledgeTypes, mk.knowledgeTypes);
      add(m.entityTypes, mk.entityTypes);
      if (mk.file) m.output.shards++;
      m.shards.push({ shard: s, file: mk.file, records: mk.records, bytes: mk.bytes, textBytes: mk.textBytes, tokens: mk.tokens, sha256: mk.sha256 });
    }
  }
  const tokenStep = spec.steps.find((s) => s.name === 'tokens')?.options as { tokenizer?: string } | undefined;
  if (m.tokens.method === 'tokenizer') m.tokens.description = `Qwen tokenizer counts (${tokenStep?.tokenizer ?? '?'})`;
  else if (m.tokens.method === 'estimate') m.tokens.description = ESTIMATE_RULE;
  for (const [name, st] of Object.entries(m.steps)) {
    for (const [reason, n] of Object.entries(st.dropped)) m.filterReasons[`${name}:${reason}`] = n;
  }
  if (ing.dialogues?.turns) {
    const d = (m.dialogues ??= { records: 0, turns: 0, courtesyTrimmed: 0 });
    d.courtesyTrimmed = m.steps.normalise?.counters.courtesy_turns_trimmed ?? 0;
  }
  plan.barriers.forEach((b, k) => {
    const c = JSON.parse(readFileSync(layout.stageDone(w, k, 'cluster'), 'utf8')) as { clusters: number; removed: number; rejectedEdges: number };
    const d = b.step === 'dedup-exact' ? m.duplicates.exact : m.duplicates.near;
    d.removed += c.removed;
    d.clusters += c.clusters;
    if (b.step === 'dedup-near') m.duplicates.near.rejectedCandidates += c.rejectedEdges;
  });
  return m;
}

/** Concatenate every segment's and shard's rejects (segment order, then shard order) into <output>/rejects.jsonl. */
function collectRejects(spec: PipelineSpec, shards: number, segments: number): { records: number; duplicateTurns: number } {
  const w = spec.output.workDir;
  const out = join(spec.output.dir, 'rejects.jsonl');
  const tmp = `${out}.tmp-${process.pid}`;
  mkdirSync(spec.output.dir, { recursive: true });
  writeFileSync(tmp, '');
  let n = 0;
  let duplicateTurns = 0;
  for (let k = 0; k < segments; k++) {
    for (let s = 0; s < shards; s++) {
      const f = layout.segRejects(w, k, s);
      if (!existsSync(f)) continue;
      const text = readFileSync(f, 'utf8');
      if (!text) continue;
      for (const line of text.split('\n')) {
        if (!line) continue;
        n++;
        // Turns of a removed duplicate live on in its cluster's representative: not lost content.
        if (line.includes('"reason":"duplicate')) {
          const r = JSON.parse(line) as { messages?: { role: string }[] };
          duplicateTurns += r.messages?.filter((x) => x.role !== 'system').length ?? 0;
        }
      }
      appendFileSync(tmp, text);
    }
  }
  renameSync(tmp, out);
  return { records: n, duplicateTurns };
}

export async function runPipeline(spec: PipelineSpec, runner: TaskRunner, options: RunOptions = {}): Promise<Manifest> {
  const fp = checkWorkDir(spec, options.fresh ?? false);
  const timings: Record<string, number> = {};
  const timed = async (name: string, fn: () => Promise<void>): Promise<void> => {
    const t0 = performance.now();
    await fn();
    timings[name] = +((performance.now() - t0) / 1000).toFixed(3);
  };
  let ing!: IngestResult;
  await timed('ingest', async () => {
    ing = await ingest(spec);
  });
  const plan = planOf(spec);
  const stage = async (name: string, tasks: Task[]): Promise<void> => {
    const todo = tasks.filter((t) => !isTaskDone(spec, t));
    options.onStage?.(name, tasks.length, tasks.length - todo.length);
    await timed(name, () => runner.run(todo, (t) => options.onTask?.(taskKey(t))));
  };
  const shards = [...Array(ing.shards).keys()];
  const pipeline = spec.file;
  for (let k = 0; k < plan.segments.length; k++) {
    await stage(
      `segment-${k}`,
      shards.map((shard) => ({ kind: 'map', pipeline, segment: k, shard })),
    );
    const b = plan.barriers[k];
    if (!b) continue;
    await stage(
      `${b.step}-${k}:signatures`,
      shards.map((shard) => ({ kind: 'sig', pipeline, barrier: k, shard })),
    );
    await stage(
      `${b.step}-${k}:buckets`,
      [...Array(bandCount(b.config)).keys()].map((band) => ({ kind: 'bucket', pipeline, barrier: k, band })),
    );
    await stage(`${b.step}-${k}:clusters`, [{ kind: 'cluster', pipeline, barrier: k }]);
  }
  const manifest = buildManifest(spec, ing, fp, timings);
  const rj = collectRejects(spec, ing.shards, plan.segments.length);
  manifest.rejects = { file: 'rejects.jsonl', records: rj.records };
  if (manifest.dialogues) manifest.dialogues.duplicateTurns = rj.duplicateTurns;
  writeFileAtomic(join(spec.output.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeStatsReport(manifest, spec.output.dir);
  return manifest;
}
