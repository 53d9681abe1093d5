// Vitest global setup: build the shared real-data fixture knowledge bases once per run (test/helpers/fixture-kbs.ts)
// and hand their paths to the test files. A run filtered to files that use none skips the build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureKb, type FixtureKbName } from './helpers/fixture-kbs.js';

/** The test files that take each fixture (vitest filters are substrings of a file's path). */
const USERS: Record<FixtureKbName, string[]> = {
  cdc: ['src/retrieval/search-pool.test.ts', 'src/retrieval/flags.test.ts'],
  ask: ['test/e2e/ask-cli.test.ts', 'test/e2e/ask-report.test.ts', 'test/e2e/eval-evidence-baseline.test.ts'],
};

export default async function setup(project: TestProject): Promise<() => void> {
  // The file filters of `vitest run <filter>…` (an option's value taken for a filter only costs a build the tests
  // then do themselves: fixtureKbCopy builds when nothing was provided).
  const filters = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('-') && !['run', 'watch', 'dev'].includes(a))
    .map((a) => relative(process.cwd(), resolve(a)).split(sep).join('/'));
  const wanted = (Object.keys(USERS) as FixtureKbName[]).filter((n) => filters.length === 0 || USERS[n].some((f) => filters.some((p) => f.includes(p))));
  const dir = mkdtempSync(join(tmpdir(), 'quarkmed-fixtures-'));
  const built: Partial<Record<FixtureKbName, string>> = {};
  for (const name of wanted) {
    const dbPath = join(dir, `${name}.sqlite`);
    await buildFixtureKb(name, dbPath, dir);
    built[name] = dbPath;
  }
  project.provide('fixtureKbs', built);
  return () => rmSync(dir, { recursive: true, force: true });
}
