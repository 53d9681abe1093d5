// `quarkmed eval run` through in-process llama.cpp with a tiny random GGUF: the whole path (prompt, generation,
// cache, scoring, reports) runs on a real model. Its answers are noise, so only the mechanics are asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/shared-data.js';
import { tinyGgufPath } from '../helpers/tiny-gguf.js';

let dir: string;
let model: string;

/** The real CLI process with this suite's home folder. */
const cli = (args: string[]) => runCli(args, { env: { QUARKMED_HOME: dir } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qm-eval-llama-'));
  model = `llama:${await tinyGgufPath()}?threads=1&ctx=512`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval run with llama.cpp (tiny GGUF)', () => {
  it('generates, scores and reports CMMLU items; the rerun comes from the cache', async () => {
    const args = [
      'eval',
      'run',
      '--bench',
      'cmmlu-medical',
      '--data',
      sharedPath('bench', 'cmmlu-dev', 'anatomy.csv'),
      '--model',
      model,
      '--out',
      join(dir, 'run'),
      '--limit',
      '3',
      '--max-tokens',
      '12',
      '--concurrency',
      '1',
      '--no-progress',
      '--json',
    ];
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.items).toBe(3);
    expect(report.errors).toBe(0);
    expect(report.tokens.completion).toBeGreaterThan(0);
    expect(report.summary.overall.total).toBe(3);
    const lines = readFileSync(join(dir, 'run', 'predictions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.every((l) => typeof l.pred_str === 'string' && l.usage.completionTokens > 0)).toBe(true);
    const again = JSON.parse((await cli(args)).stdout);
    expect(again.cachedItems).toBe(3);
    expect(again.summary).toEqual(report.summary);
  });
});
