// The curation pipeline end to end on real Toyhom text: local run, resume after a crash, worker threads — identical
// shards every time; PHI gone; duplicates removed; Qwen-style tokenizer counts in the manifest.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../helpers/shared-data.js';
import { runPipeline } from '../../src/data/executors/coordinator.js';
import { createLocalRunner } from '../../src/data/executors/local.js';
import { createThreadRunner } from '../../src/data/executors/threads.js';
import { layout } from '../../src/data/executors/plan.js';
import { loadPipelineFile } from '../../src/data/pipeline-file.js';
import { buildCorpusFixture, withOutput, type CorpusFixture } from '../../src/data/testing/fixtures.js';
import type { Manifest } from '../../src/data/writers/manifest.js';

let fx: CorpusFixture;
let first: Manifest;

function shardFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)
    .filter((n) => n.startsWith('shard-'))
    .sort())
    out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

beforeAll(async () => {
  fx = await buildCorpusFixture(mkdtempSync(join(tmpdir(), 'qm-data-e2e-')), sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'), {
    rows: 900,
    shardSize: 250,
  });
  first = await runPipeline(loadPipelineFile(fx.pipeline), createLocalRunner());
});

afterAll(() => rmSync(fx.dir, { recursive: true, force: true }));

describe('data pipeline (local)', () => {
  it('writes shards and a manifest whose counts add up', () => {
    const out = join(fx.dir, 'out');
    expect(first.version).toBe(1);
    expect(first.input.records).toBe(fx.rows);
    expect(first.shards.length).toBe(Math.ceil(fx.rows / 250));
    const lines = Object.values(shardFiles(out)).flatMap((t) => t.trim().split('\n'));
    expect(lines.length).toBe(first.output.records);
    expect(first.shards.reduce((s, x) => s + x.records, 0)).toBe(first.output.records);
    const dropped = Object.values(first.filterReasons).reduce((s, n) => s + n, 0);
    expect(first.output.records + dropped).toBe(first.input.records);
    expect(existsSync(join(out, 'stats.md')) && existsSync(join(out, 'stats.html'))).toBe(true);
    expect(readFileSync(join(out, 'stats.html'), 'utf8')).toContain('<svg');
  });

  it('removes the near-copies and exact repeats, recording clusters', () => {
    expect(first.duplicates.near.removed).toBeGreaterThanOrEqual(fx.nearCopies);
    expect(first.duplicates.exact.removed).toBeGreaterThan(0);
    const text = Object.values(shardFiles(join(fx.dir, 'out'))).join('');
    expect(text).toContain('"dedupNear":{"cluster":"toyhom:r');
  });

  it('de-identifies: every inserted identifier is gone, replaced by a typed placeholder', () => {
    const text = Object.values(shardFiles(join(fx.dir, 'out'))).join('');
    for (const p of fx.phi) expect(text).not.toContain(p);
    expect(text).toContain('[PHONE]');
    expect(text).toContain('[ID_CARD]');
    expect(first.steps.deid.counters.phi_PHONE).toBeGreaterThanOrEqual(1);
  });

  it('counts tokens with the configured tokenizer and says so', () => {
    expect(first.tokens.method).toBe('tokenizer');
    expect(first.tokens.total).toBeGreaterThan(first.output.textBytes / 4);
    expect(first.languages.zh).toBe(first.output.records);
  });

  it('resumes after a crash: only unfinished shards rerun, output identical', async () => {
    const spec = loadPipelineFile(fx.pipeline);
    const before = shardFiles(spec.output.dir);
    const last = 2;
    // Simulate a crash during the last segment: shard 1 and 3 never finished.
    for (const s of [1, 3]) {
      rmSync(layout.segDone(spec.output.workDir, last, s));
      rmSync(join(spec.output.dir, layout.outShard('jsonl', s)));
    }
    const stages: Record<string, [number, number]> = {};
    const m = await runPipeline(spec, createLocalRunner(), { onStage: (n, total, skipped) => (stages[n] = [total, skipped]) });
    expect(stages['segment-2']).toEqual([4, 2]);
    expect(stages['segment-0']).toEqual([4, 4]);
    expect(shardFiles(spec.output.dir)).toEqual(before);
    expect(m.shards.map((s) => s.sha256)).toEqual(first.shards.map((s) => s.sha256));
  });

  it('refuses to resume a work folder of a different pipeline', async () => {
    const spec = loadPipelineFile(fx.pipeline);
    spec.seed = 8;
    await expect(runPipeline(spec, createLocalRunner())).rejects.toMatchObject({ code: 'DATA_WORKDIR_MISMATCH' });
  });

  it('worker threads produce byte-identical shards', async () => {
    const file = withOutput(fx.pipeline, join(fx.dir, 'out-threads'), join(fx.dir, 'pipeline-threads.yaml'));
    const runner = createThreadRunner(2);
    try {
      const m = await runPipeline(loadPipelineFile(file), runner);
      expect(m.shards.map((s) => s.sha256)).toEqual(first.shards.map((s) => s.sha256));
      expect(shardFiles(join(fx.dir, 'out-threads'))).toEqual(shardFiles(join(fx.dir, 'out')));
    } finally {
      await runner.close();
    }
  });
});
