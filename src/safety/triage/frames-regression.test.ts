// The frame step (frames.ts) may never lower a real emergency: every emergency-labelled message of every scored blind
// batch (bench/blind/triage-*.jsonl, E … AF; 1,930 messages) is triaged and none may carry a frame claim. A batch
// still sealed is not here (it is in /work/sealed until scored).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_BLIND } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { loadVignettes } from '../triage-eval.js';

const batches = readdirSync(BENCH_BLIND)
  .filter((f) => /^triage-[a-z]+\.jsonl$/.test(f))
  .sort();

describe('frames never lower a scored emergency', () => {
  it('finds the scored triage batches', () => {
    expect(batches.length).toBeGreaterThanOrEqual(28);
  });
  it.each(batches)('%s: no emergency-labelled message is framed', (file) => {
    const framed = loadVignettes(new URL(file, BENCH_BLIND))
      .filter((v) => v.expected === 'emergency')
      .filter((v) => triageDetail(v.text, { frames: true }).contributions.framed !== null)
      .map((v) => v.id);
    expect(framed).toEqual([]);
  });
});

describe('self-harm frames never lower a scored emergency', () => {
  it.each(batches)('%s: no emergency-labelled message is framed', (file) => {
    const framed = loadVignettes(new URL(file, BENCH_BLIND))
      .filter((v) => v.expected === 'emergency')
      .filter((v) => triageDetail(v.text).contributions.selfHarmFramed !== null)
      .map((v) => v.id);
    expect(framed).toEqual([]);
  });
});
