// Vitest global setup, once per run: (1) a compiled copy of src/ for worker threads and child processes, so worker
// code is tested as compiled JavaScript instead of being compiled by tsx inside every worker; (2) the shared
// real-data fixture knowledge bases (test/helpers/fixture-kbs.ts), their paths handed to the test files. A run
// filtered to files that use no fixture skips building them.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { transformSync } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { buildFixtureKb, type FixtureKbName } from './helpers/fixture-kbs.js';

/**
 * src/ with every .ts file compiled to .js (esbuild, no bundling: the relative .js imports already name the compiled
 * files) and every other file copied, under node_modules/.cache so bare imports resolve to this checkout's packages.
 */
function compileSources(root: string): string {
  const out = mkdtempSync(join(root, 'node_modules', '.cache', 'quarkmed-src-'));
  const walk = (from: string, to: string): void => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      const src = join(from, e.name);
      if (e.isDirectory()) walk(src, join(to, e.name));
      else if (e.name.endsWith('.test.ts')) continue;
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const { code } = transformSync(readFileSync(src, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: src });
        writeFileSync(join(to, e.name.replace(/\.ts$/, '.js')), code);
      } else copyFileSync(src, join(to, e.name));
    }
  };
  walk(join(root, 'src'), out);
  return out;
}

/** The test files that take each fixture (vitest filters are substrings of a file's path). */
const USERS: Record<FixtureKbName, string[]> = {
  cdc: ['src/retrieval/search-pool.test.ts', 'src/retrieval/flags.test.ts'],
  ask: ['test/e2e/ask-cli.test.ts', 'test/e2e/ask-report.test.ts', 'test/e2e/eval-evidence-baseline.test.ts'],
  report: ['test/e2e/report-conditions.test.ts'],
  starter: ['test/e2e/safety-starter.test.ts'],
};

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(join(process.cwd(), 'node_modules', '.cache'), { recursive: true });
  const compiled = compileSources(process.cwd());
  // Read by src/core/worker-entry.ts in the test processes (forked after this) and the workers they start.
  process.env.QUARKMED_COMPILED_SRC = compiled;
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
  return () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(compiled, { recursive: true, force: true });
  };
}
