// CLI start-up: wall time and CPU time (user + system, read inside the child at exit, so a busy shared machine
// inflates it far less than wall time) of `node bin/quarkmed.js <args>` — the compiled CLI a user runs, built by
// `npm ci` — against `node -e ''` in the same run, median of N alternating runs. Writes bench/results/cli.md.
// Run after `npm run build`:   npx tsx bench/cli-startup.bench.ts [runs] [--against DIR]
// --against DIR: a second checkout with its own dist/ (e.g. a worktree of the base commit, `npx tsc -p
// tsconfig.build.json` run there) measured in the same alternating runs, so a before/after ratio shares the load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchResults } from './report.js';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const againstAt = argv.indexOf('--against');
const AGAINST = againstAt >= 0 ? resolve(argv[againstAt + 1] ?? '') : undefined;
const RUNS = Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--against') ?? 9);

const CASES: { name: string; args: string[] }[] = [
  { name: 'baseline: node -e ""', args: ['-e', ''] },
  { name: 'quarkmed --help', args: ['bin/quarkmed.js', '--help'] },
  { name: 'quarkmed --version', args: ['bin/quarkmed.js', '--version'] },
  { name: 'quarkmed safety triage "…"', args: ['bin/quarkmed.js', 'safety', 'triage', 'I have had a mild headache for two days'] },
  { name: 'quarkmed kb --help', args: ['bin/quarkmed.js', 'kb', '--help'] },
  { name: 'quarkmed serve --help', args: ['bin/quarkmed.js', 'serve', '--help'] },
  { name: 'quarkmed data --help', args: ['bin/quarkmed.js', 'data', '--help'] },
  { name: 'quarkmed sft --help', args: ['bin/quarkmed.js', 'sft', '--help'] },
  { name: 'quarkmed eval run --help', args: ['bin/quarkmed.js', 'eval', 'run', '--help'] },
  { name: 'quarkmed safety --help', args: ['bin/quarkmed.js', 'safety', '--help'] },
  { name: 'quarkmed data steps', args: ['bin/quarkmed.js', 'data', 'steps'] },
];

// Preloaded into every child: writes its own CPU time (µs) to fd 3 when it exits.
const PRELOAD = join(mkdtempSync(join(tmpdir(), 'qm-cli-bench-')), 'cpu.mjs');
writeFileSync(
  PRELOAD,
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); try { writeSync(3, String(u.user + u.system)); } catch {} });\n",
);

function once(args: string[], root: string): { wall: number; cpu: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, QUARKMED_MODEL: '' },
  });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status} (signal ${r.signal}): ${r.stderr}`);
  return { wall, cpu: Number(r.output[3] ?? 0) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const root of [ROOT, ...(AGAINST ? [AGAINST] : [])])
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.error(`cli-startup bench: ${join(root, 'dist', 'cli', 'main.js')} is missing; run \`npm run build\` there first`);
    process.exit(2);
  }
type Sample = { wall: number; cpu: number };
const samples = CASES.map(() => [] as Sample[]);
const base = CASES.map(() => [] as Sample[]);
for (let r = 0; r < RUNS; r++)
  CASES.forEach((c, i) => {
    samples[i].push(once(c.args, ROOT));
    if (AGAINST && i > 0) base[i].push(once(c.args, AGAINST));
  });
const medOf = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
const rows = CASES.map((c, i) => ({
  command: c.name,
  wallMs: Math.round(medOf(samples[i], 'wall')),
  wallOverBaselineMs: Math.round(medOf(samples[i], 'wall') - medOf(samples[0], 'wall')),
  cpuMs: Math.round(medOf(samples[i], 'cpu')),
  cpuOverBaselineMs: Math.round(medOf(samples[i], 'cpu') - medOf(samples[0], 'cpu')),
  ...(AGAINST && i > 0 ? { againstCpuMs: Math.round(medOf(base[i], 'cpu')), againstWallMs: Math.round(medOf(base[i], 'wall')) } : {}),
}));
for (const r of rows)
  console.log(
    `${r.command.padEnd(34)} wall ${String(r.wallMs).padStart(6)} ms (+${r.wallOverBaselineMs})  cpu ${String(r.cpuMs).padStart(5)} ms (+${r.cpuOverBaselineMs})${r.againstCpuMs === undefined ? '' : `  against: cpu ${r.againstCpuMs} ms, wall ${r.againstWallMs} ms`}`,
  );

const note = `Median of ${RUNS} alternating runs, node -e '' in the same run as the baseline. CPU time is read inside each child at exit; on the shared 2-core machine (load average often 10–20 while others run test suites) it is the figure to trust, wall time an upper bound. Target: --help and safety triage ≤ 250 ms.`;
writeBenchResults('cli', { runs: RUNS, against: AGAINST ?? null, rows }, [
  {
    title: 'CLI start-up (compiled CLI, medians)',
    columns: ['command', 'wall ms', "wall over node -e ''", 'CPU ms (user+sys)', "CPU over node -e ''"],
    rows: rows.map((r) => [r.command, r.wallMs, r.wallOverBaselineMs, r.cpuMs, r.cpuOverBaselineMs]),
    note,
  },
  ...(AGAINST
    ? [
        {
          title: `Against ${AGAINST} (same alternating runs)`,
          columns: ['command', 'CPU ms, against', 'CPU ms, this tree', 'CPU ratio (against / this)', 'wall ms, against', 'wall ms, this tree'],
          rows: rows
            .filter((r) => r.againstCpuMs !== undefined)
            .map((r) => [r.command, r.againstCpuMs ?? 0, r.cpuMs, ((r.againstCpuMs ?? 0) / r.cpuMs).toFixed(2), r.againstWallMs ?? 0, r.wallMs]),
        },
      ]
    : []),
]);
