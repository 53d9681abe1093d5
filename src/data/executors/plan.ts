// The run plan: steps split at dedup barriers into segments; the work folder's layout; task descriptions.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DedupConfig } from '../dedup/config.js';
import { pad } from '../dedup/stages.js';
import type { PipelineSpec, StepSpec } from '../pipeline-file.js';
import { stepRegistry } from '../steps.js';
import { expandPaths } from '../readers/index.js';

export interface Segment {
  steps: StepSpec[];
}

export interface Barrier {
  step: 'dedup-exact' | 'dedup-near';
  config: DedupConfig;
}

export interface Plan {
  segments: Segment[];
  /** barriers[k] sits between segments[k] and segments[k+1]. */
  barriers: Barrier[];
}

export function planOf(spec: PipelineSpec): Plan {
  const segments: Segment[] = [{ steps: [] }];
  const barriers: Barrier[] = [];
  for (const s of spec.steps) {
    const def = stepRegistry.get(s.name);
    if (def.barrier) {
      const config: DedupConfig =
        def.barrier === 'exact' ? { mode: 'exact' } : { mode: 'near', ...(s.options as Omit<Extract<DedupConfig, { mode: 'near' }>, 'mode'>) };
      barriers.push({ step: s.name as Barrier['step'], config });
      segments.push({ steps: [] });
    } else segments[segments.length - 1].steps.push(s);
  }
  return { segments, barriers };
}

export type Task =
  | { kind: 'map'; pipeline: string; segment: number; shard: number }
  | { kind: 'sig'; pipeline: string; barrier: number; shard: number }
  | { kind: 'bucket'; pipeline: string; barrier: number; band: number }
  | { kind: 'cluster'; pipeline: string; barrier: number };

export function taskKey(t: Task): string {
  switch (t.kind) {
    case 'map':
      return `map-${t.segment}-${t.shard}`;
    case 'sig':
      return `sig-${t.barrier}-${t.shard}`;
    case 'bucket':
      return `bucket-${t.barrier}-${t.band}`;
    case 'cluster':
      return `cluster-${t.barrier}`;
  }
}

/** What decides the output: inputs (and the files' sizes and times), steps with options, seed, sharding, format. */
export function fingerprint(spec: PipelineSpec): string {
  const h = createHash('sha256');
  const files = spec.inputs
    .flatMap((i) => expandPaths(i, spec.baseDir))
    .map((f) => {
      const st = statSync(f);
      return [f, st.size, Math.round(st.mtimeMs)];
    });
  h.update(JSON.stringify({ inputs: spec.inputs, files, steps: spec.steps, seed: spec.seed, shardSize: spec.output.shardSize, format: spec.output.format }));
  return h.digest('hex').slice(0, 16);
}

/** Work-folder paths (one place, so every executor agrees). */
export const layout = {
  pipelineMarker: (w: string) => join(w, '_pipeline.json'),
  ingestShard: (w: string, s: number) => join(w, 'ingest', `shard-${pad(s, 5)}.jsonl`),
  ingestDone: (w: string) => join(w, 'ingest', '_done.json'),
  segShard: (w: string, k: number, s: number) => join(w, `seg-${k}`, `shard-${pad(s, 5)}.jsonl`),
  segRejects: (w: string, k: number, s: number) => join(w, `seg-${k}`, `shard-${pad(s, 5)}.rejects.jsonl`),
  segDone: (w: string, k: number, s: number) => join(w, `seg-${k}`, `shard-${pad(s, 5)}.done.json`),
  dedupDir: (w: string, b: number) => join(w, `dedup-${b}`),
  stageDone: (w: string, b: number, name: string) => join(w, `dedup-${b}`, 'done', `${name}.json`),
  outShard: (format: 'jsonl' | 'parquet', s: number) => `shard-${pad(s, 5)}.${format}`,
};
