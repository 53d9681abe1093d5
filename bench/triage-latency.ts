// Triage CPU time per call, this checkout against a baseline copy of the code, in the same run:
//   npx tsx bench/triage-latency.ts [--baseline DIR] [--rounds N] [--reps N]
// DIR holds a baseline tree (e.g. `mkdir DIR && git archive <commit> src | tar -x -C DIR && ln -s $PWD/node_modules DIR/`).
// Each side runs in its own process (two copies of the code in one process share inline caches and regex
// protectors, and one slows the other); the processes alternate current, baseline, current, … for N rounds each, so
// machine load falls on both alike. A process warms up on the shipped vignettes, then times every vignette `reps`
// times. CPU time (process.cpuUsage) is the call's own cost plus V8's background threads (JIT, GC); wall time includes
// waiting for a core on a shared machine. Prints each side's median over rounds of p50/p95/p99 and the ratios.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadVignettes } from '../src/safety/triage-eval.js';
import type { Triage } from '../src/safety/types.js';

type TriageFn = (text: string) => Triage;
interface Figures {
  p50: number;
  p95: number;
  p99: number;
  wallP99: number;
}
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const reps = Number(opt('--reps') ?? 5);
const pct = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))];
};

async function measure(root: string): Promise<Figures> {
  const { triage } = (await import(pathToFileURL(resolve(root, 'src/safety/triage.ts')).href)) as { triage: TriageFn };
  const texts = loadVignettes('src/safety/vignettes.jsonl').map((v) => v.text);
  for (const t of texts) triage(t); // warm-up: JIT and the weights' one-time decode
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const t of texts) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      triage(t);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { p50: pct(cpu, 50), p95: pct(cpu, 95), p99: pct(cpu, 99), wallP99: pct(wall, 99) };
}

const side = opt('--side');
if (side) {
  process.stdout.write(`${JSON.stringify(await measure(side))}\n`);
} else {
  const baseDir = opt('--baseline');
  const rounds = Number(opt('--rounds') ?? 3);
  const roots: [string, string][] = [['current', '.'], ...(baseDir ? ([['baseline', baseDir]] as [string, string][]) : [])];
  const runs = new Map<string, Figures[]>(roots.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, root] of r % 2 === 0 ? roots : [...roots].reverse()) {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--side', root, '--reps', String(reps)], { encoding: 'utf8' });
      runs.get(name)?.push(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Figures);
    }
  }
  const median = (name: string, k: keyof Figures): number => pct(runs.get(name)?.map((f) => f[k]) ?? [], 50);
  process.stdout.write(`shipped vignettes × ${reps} repetitions per process, ${rounds} alternating processes per side (median shown)\n`);
  for (const [name, root] of roots)
    process.stdout.write(
      `${`${name} (${root})`.padEnd(34)} cpu p50 ${median(name, 'p50').toFixed(3)} p95 ${median(name, 'p95').toFixed(3)} p99 ${median(name, 'p99').toFixed(3)} ms | wall p99 ${median(name, 'wallP99').toFixed(3)} ms\n`,
    );
  if (baseDir) {
    const r = (k: keyof Figures) => (median('current', k) / median('baseline', k)).toFixed(2);
    process.stdout.write(`ratio current / baseline (cpu): p50 ${r('p50')} p95 ${r('p95')} p99 ${r('p99')}\n`);
  }
}
