import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOf } from './executors/plan.js';
import { loadPipelineFile, parsePipeline } from './pipeline-file.js';

const base = { inputs: [{ type: 'jsonl', path: 'in.jsonl' }], output: { dir: 'out' } };

describe('pipeline files', () => {
  it('loads YAML, resolves paths against the file, splits steps at dedup barriers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-pf-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(
      file,
      'inputs:\n  - {type: csv, path: a.csv, text: [title, ask]}\nsteps:\n  - step: normalise\n  - step: dedup-exact\n  - step: length\n    minChars: 5\n  - step: dedup-near\n    bands: 10\n    rows: 10\noutput: {dir: out, format: parquet}\n',
    );
    const spec = loadPipelineFile(file);
    expect(spec.output).toMatchObject({ dir: join(dir, 'out'), workDir: join(dir, 'out', '.work'), format: 'parquet', shardSize: 10_000 });
    expect(spec.inputs[0].text).toEqual(['title', 'ask']);
    const plan = planOf(spec);
    expect(plan.segments.map((s) => s.steps.map((x) => x.name))).toEqual([['normalise'], ['length'], []]);
    expect(plan.barriers.map((b) => b.config)).toEqual([{ mode: 'exact' }, expect.objectContaining({ mode: 'near', bands: 10, rows: 10, charN: 5 })]);
  });

  it('a wrong step or option is named, with the valid choices', () => {
    expect(() => parsePipeline({ ...base, steps: [{ step: 'normalize' }] }, 'p.yaml')).toThrow(/steps\.0: unknown step "normalize"; known: normalise, langid/);
    expect(() => parsePipeline({ ...base, steps: [{ step: 'length', minChar: 3 }] }, 'p.yaml')).toThrow(/steps\.0 \(length\)/);
    expect(() => parsePipeline({ ...base, inputs: [{ type: 'xlsx', path: 'a' }] }, 'p.yaml')).toThrow(
      expect.objectContaining({ code: 'DATA_PIPELINE_INVALID' }),
    );
    expect(() => parsePipeline({ ...base, version: 2 }, 'p.yaml')).toThrow(expect.objectContaining({ code: 'DATA_VERSION_MISMATCH' }));
  });
});
