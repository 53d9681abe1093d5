// CLI start-up: wall time of `node bin/quarkmed.js <args>` (the compiled CLI a user runs, built by `npm ci`)
// against the same machine's `node -e ''` in the same run, median of N alternating runs. Writes
// bench/results/cli.md. Run after `npm run build`:   npx tsx bench/cli-startup.bench.ts [runs]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchResults } from './report.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[2] ?? 9);

const CASES: { name: string; args: string[] }[] = [
  { name: 'baseline: node -e ""', args: ['-e', ''] },
  { name: 'quarkmed --help', args: ['bin/quarkmed.js', '--help'] },
  { name: 'quarkmed --version', args: ['bin/quarkmed.js', '--version'] },
  { name: 'quarkmed safety triage "…"', args: ['bin/quarkmed.js', 'safety', 'triage', 'I have had a mild headache for two days'] },
  { name: 'quarkmed kb --help', args: ['bin/quarkmed.js', 'kb', '--help'] },
];

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, QUARKMED_MODEL: '' } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('cli-startup bench: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}
const samples = CASES.map(() => [] as number[]);
for (let r = 0; r < RUNS; r++) CASES.forEach((c, i) => samples[i].push(once(c.args)));
const base = median(samples[0]);
const rows = CASES.map((c, i) => ({ command: c.name, medianMs: Math.round(median(samples[i])), overBaselineMs: Math.round(median(samples[i]) - base) }));
for (const r of rows) console.log(`${r.command.padEnd(34)} ${String(r.medianMs).padStart(6)} ms  (+${r.overBaselineMs} ms over node -e '')`);

writeBenchResults('cli', { runs: RUNS, rows }, [
  {
    title: 'CLI start-up (compiled CLI, median wall time)',
    columns: ['command', 'median ms', "over node -e '' (ms)"],
    rows: rows.map((r) => [r.command, r.medianMs, r.overBaselineMs]),
    note: `Median of ${RUNS} alternating runs on the shared 2-core machine, with node -e '' in the same run as the baseline. Target: --help and safety triage ≤ 250 ms.`,
  },
]);
