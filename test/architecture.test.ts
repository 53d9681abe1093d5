// The layer rule of README "Architecture", enforced: dependency-cruiser checks every import of src/ against the
// folder table in .dependency-cruiser.cjs, and this test checks the table itself is one-way (a DAG).
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };
const { allowed } = require('../.dependency-layers.cjs') as { allowed: Record<string, string[]> };

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
});
