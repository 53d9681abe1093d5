// Diff two gate-level runs (bench/gate-level.ts): sentences released (held before, not after) and newly held.
//
//   npx tsx bench/gate-level-diff.ts <before.json> <after.json> [--added]
import { existsSync, readFileSync } from 'node:fs';

const paths = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (paths.length !== 2) {
  console.error('usage: npx tsx bench/gate-level-diff.ts <before.json> <after.json> [--added]');
  process.exit(2);
}
for (const f of paths) {
  if (!existsSync(f)) {
    console.error(`gate-level-diff: no such file: ${f} (write it with bench/gate-level.ts)`);
    process.exit(2);
  }
}
const [a, b] = paths.map((f) => new Set(JSON.parse(readFileSync(f, 'utf8')) as string[]));
const released = [...a].filter((k) => !b.has(k));
const added = [...b].filter((k) => !a.has(k));
const count = (ks: string[], tag: string) => ks.filter((k) => k.split('\t')[2] === tag).length;
process.stdout.write(`before ${a.size} held, after ${b.size}\n`);
process.stdout.write(`released ${released.length} (poisoned docs ${count(released, 'P')}, benign ${count(released, 'B')}); newly held ${added.length}\n`);
for (const k of released) process.stdout.write(`- ${k.replace(/\s+/g, ' ').slice(0, 300)}\n`);
if (process.argv.includes('--added')) for (const k of added) process.stdout.write(`+ ${k.replace(/\s+/g, ' ').slice(0, 300)}\n`);
