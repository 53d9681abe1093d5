// CLI start-up: wall time and CPU time (user + system, read inside the child at exit, so a busy shared machine
// inflates it far less than wall time) of `node bin/quarkmed.js <args>` — the compiled CLI a user runs, built by
// `npm ci` — against `node -e ''` in the same run, median of N alternating runs. Writes bench/results/cli.md.
// Run after `npm run build`:   npx tsx bench/cli-startup.bench.ts [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// Preloaded into every child: writes its own CPU time (µs) to fd 3 when it exits.
const PRELOAD = join(mkdtempSync(join(tmpdir(), 'qm-cli-bench-')), 'cpu.mjs');
writeFileSync(
  PRELOAD,
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); try { writeSync(3, String(u.user + u.system)); } catch {} });\n",
);

function once(args: string[]): { wall: number; cpu: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, QUARKMED_MODEL: '' },
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(r.output[3] ?? 0) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('cli-startup bench: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}
const samples = CASES.map(() => [] as { wall: number; cpu: number }[]);
for (let r = 0; r < RUNS; r++) CASES.forEach((c, i) => samples[i].push(once(c.args)));
const med = (i: number, k: 'wall' | 'cpu') => median(samples[i].map((x) => x[k]));
const rows = CASES.map((c, i) => ({
  command: c.name,
  wallMs: Math.round(med(i, 'wall')),
  wallOverBaselineMs: Math.round(med(i, 'wall') - med(0, 'wall')),
  cpuMs: Math.round(med(i, 'cpu')),
  cpuOverBaselineMs: Math.round(med(i, 'cpu') - med(0, 'cpu')),
}));
for (const r of rows)
  console.log(
    `${r.command.padEnd(34)} wall ${String(r.wallMs).padStart(6)} ms (+${r.wallOverBaselineMs})  cpu ${String(r.cpuMs).padStart(5)} ms (+${r.cpuOverBaselineMs})`,
  );

writeBenchResults('cli', { runs: RUNS, rows }, [
  {
    title: 'CLI start-up (compiled CLI, medians)',
    columns: ['command', 'wall ms', "wall over node -e ''", 'CPU ms (user+sys)', "CPU over node -e ''"],
    rows: rows.map((r) => [r.command, r.wallMs, r.wallOverBaselineMs, r.cpuMs, r.cpuOverBaselineMs]),
    note: `Median of ${RUNS} alternating runs, node -e '' in the same run as the baseline. CPU time is read inside each child at exit; on the shared 2-core machine (load average often 10–20 while others run test suites) it is the figure to trust, wall time an upper bound. Target: --help and safety triage ≤ 250 ms.`,
  },
]);
