// One reader of a bench/ probe file for the tests that gate on it: JSON Lines, blank lines skipped. Fields are each
// test's own to type. Tests under src/ read bench/ data only through here (src never imports bench/:
// test/architecture.test.ts).
import { readFileSync } from 'node:fs';

export function readBenchProbes<T>(file: string): T[] {
  return readFileSync(new URL(`../../bench/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The scored blind batches (bench/blind/), for the tests that keep them as regression sets. */
export const BENCH_BLIND = new URL('../../bench/blind/', import.meta.url);
