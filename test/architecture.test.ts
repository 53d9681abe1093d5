// The layer rule of README "Architecture", enforced: dependency-cruiser checks every import of src/ against the
// folder table in .dependency-cruiser.cjs, and this test checks the table itself is one-way (a DAG). src/ never
// reaches into bench/ (code or data, tests included): bench/ builds on src/, and a test's fixtures live in test/helpers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };
const { allowed } = require('../.dependency-layers.cjs') as { allowed: Record<string, string[]> };

/** Every file under dir (recursive), as paths relative to the repository root. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

/** The places a source file reaches into bench/: a relative specifier of import/export … from, import(), require() or
 *  new URL(…, import.meta.url) that resolves inside bench/, or a path built from the repository root and 'bench'.
 *  Comments are not read (a comment may name a bench script). */
function benchReaches(file: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const bench = resolve('bench');
  const found: string[] = [];
  const specifier = /\b(?:from|import|require|new\s+URL)\s*\(?\s*(['"`])(\.{1,2}\/[^'"`]*)\1/g;
  for (const m of code.matchAll(specifier)) {
    const target = resolve(dirname(file), m[2]);
    if (target === bench || target.startsWith(bench + sep)) found.push(m[2]);
  }
  for (const m of code.matchAll(/\b(?:join|resolve)\(\s*REPO_ROOT\s*,\s*['"`]bench\b[^)]*\)/g)) found.push(m[0]);
  return found;
}

describe('architecture', () => {
  it('the folder table has no cycles and names every folder of src/', () => {
    const folders = readdirSync('src').filter((f) => statSync(`src/${f}`).isDirectory());
    expect(folders.filter((f) => !(f in allowed))).toEqual([]);
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle = (f: string): boolean => {
      if (done.has(f)) return false;
      if (visiting.has(f)) return true;
      visiting.add(f);
      const found = (allowed[f] ?? []).some(cycle);
      visiting.delete(f);
      done.add(f);
      return found;
    };
    expect(Object.keys(allowed).filter(cycle)).toEqual([]);
  });

  it('no import of src/ goes against the layers', async () => {
    const result = await cruise(['src'], {
      ...config.options,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    } as never);
    const output = result.output as { summary: { violations: { from: string; to: string; rule: { name: string } }[] } };
    const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });

  it('src/ never reaches into bench/ (no import, no path to it; tests read bench data through test/helpers)', () => {
    const reaches = filesUnder('src')
      .filter((f) => /\.(ts|mts|cts|js|mjs)$/.test(f))
      .flatMap((f) => benchReaches(f, readFileSync(f, 'utf8')).map((r) => `${relative('.', f)}: ${r}`));
    expect(reaches).toEqual([]);
  });

  it('the bench/ check finds each way of reaching it (and not a comment or another bench folder)', () => {
    const at = 'src/safety/phi/x.test.ts';
    expect(benchReaches(at, "import { a } from '../../../bench/deid-synth.js';")).toHaveLength(1);
    expect(benchReaches(at, "export { a } from '../../../bench/a.js';")).toHaveLength(1);
    expect(benchReaches(at, "const m = await import('../../../bench/a.js');")).toHaveLength(1);
    expect(benchReaches(at, "const u = new URL('../../../bench/blind/', import.meta.url);")).toHaveLength(1);
    expect(benchReaches(at, "readFileSync(join(REPO_ROOT, 'bench', 'blind', f))")).toHaveLength(1);
    expect(benchReaches(at, "// rows from bench/triage-s24.jsonl\nimport { b } from './b.js';")).toEqual([]);
    expect(benchReaches(at, "import { h } from '../../../test/helpers/bench-probes.js';")).toEqual([]);
    expect(benchReaches(at, "sharedPath('bench', 'medqa.jsonl')")).toEqual([]);
  });
});
