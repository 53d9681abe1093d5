// One reader of a bench/ probe file for the tests that gate on it: JSON Lines, blank lines skipped. Fields are each
// test's own to type.
import { readFileSync } from 'node:fs';

export function readBenchProbes<T>(file: string): T[] {
  return readFileSync(new URL(`../../bench/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
