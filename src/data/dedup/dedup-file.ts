// `data dedup <in> <out>`: a JSONL file in, the same rows out minus duplicates (exact, then near), each kept row
// that had duplicates marked with its cluster. Runs the staged pipeline underneath, in a work folder beside <out>.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { openAtomicStream, writeFileAtomic } from '../../core/atomic-write.js';
import { runPipeline } from '../executors/coordinator.js';
import type { TaskRunner } from '../executors/runner.js';
import { readRecords } from '../executors/tasks.js';
import { loadPipelineFile } from '../pipeline-file.js';
import { readLines } from '../readers/open-input.js';
import type { NearDedupOptions } from './config.js';

export interface DedupFileOptions {
  field: string;
  mode: 'exact' | 'near' | 'both';
  near?: Partial<NearDedupOptions>;
  seed?: number;
  shardSize?: number;
}

export interface DedupFileReport {
  records: number;
  kept: number;
  exactRemoved: number;
  nearRemoved: number;
  clusters: number;
}

export async function dedupJsonlFile(input: string, output: string, runner: TaskRunner, o: DedupFileOptions): Promise<DedupFileReport> {
  const work = resolve(dirname(output), `.${basename(output)}.dedup-work`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const steps = [...(o.mode !== 'near' ? [{ step: 'dedup-exact' }] : []), ...(o.mode !== 'exact' ? [{ step: 'dedup-near', ...(o.near ?? {}) }] : [])];
  const pipelineFile = join(work, 'pipeline.json');
  writeFileAtomic(
    pipelineFile,
    JSON.stringify({
      version: 1,
      name: 'dedup',
      seed: o.seed ?? 42,
      inputs: [{ type: 'jsonl', path: resolve(input), text: o.field, source: 'in', onMissing: 'skip' }],
      steps,
      output: { dir: join(work, 'out'), shardSize: o.shardSize ?? 10_000 },
    }),
  );
  const manifest = await runPipeline(loadPipelineFile(pipelineFile), runner);
  // Surviving rows by input line, with their cluster (if any).
  const kept = new Map<number, string | undefined>();
  const outDir = join(work, 'out');
  for (const f of readdirSync(outDir)
    .filter((n) => /^shard-\d+\.jsonl$/.test(n))
    .sort()) {
    for await (const r of readRecords(join(outDir, f))) {
      const line = (r.metadata.origin as { line: number }).line;
      const c = (r.metadata.dedupNear ?? r.metadata.dedupExact) as { cluster: string; size: number } | undefined;
      kept.set(line, c && c.size > 1 ? c.cluster : undefined);
    }
  }
  const out = openAtomicStream(output);
  let records = 0;
  try {
    for await (const { line, text } of readLines(input)) {
      if (!text.trim()) continue;
      records++;
      if (!kept.has(line)) continue;
      const cluster = kept.get(line);
      const row = cluster ? JSON.stringify({ ...(JSON.parse(text) as object), dedup_cluster: cluster }) : text;
      await out.write(`${row}\n`);
    }
  } catch (err) {
    await out.discard();
    throw err;
  }
  await out.commit();
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  return {
    records,
    kept: kept.size,
    exactRemoved: manifest.duplicates.exact.removed,
    nearRemoved: manifest.duplicates.near.removed,
    clusters: manifest.duplicates.exact.clusters + manifest.duplicates.near.clusters,
  };
}
