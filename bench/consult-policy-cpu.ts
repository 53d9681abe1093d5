// Consultation policy cost per turn, CPU and wall, with and without the knowledge base's red flags:
//   npx tsx bench/consult-policy-cpu.ts --data bench/blind/consult-cases-N.jsonl [--data …] [--red-flags-kb PATH | --no-red-flags-kb] [--reps N]
// With neither flag the default source applies, as in the server (consult/kb-source.ts: $QUARKMED_RED_FLAGS_KB, else
// $QUARKMED_HOME/kb.sqlite when built).
// Replays every case's dialogue with the scripted patient (the turns the benchmark runs), after the same warm-up the
// benchmark and the server do (question ranking, index build), then times each `nextConsultStep` call `reps` times.
// CPU time (process.cpuUsage) is the call's own cost plus V8's background threads; wall time includes waiting for a
// core on a shared machine. The index build is reported once (it happens at start-up, not per turn).
import { loadRedFlagSource, resolveRedFlagSource } from '../src/consult/kb-source.js';
import { nextConsultStep, warmRedFlagRanking } from '../src/consult/index.js';
import { loadConsultCases } from '../src/eval/consult/cases.js';
import { scriptedPatient } from '../src/eval/consult/roles.js';
import type { ChatMessage } from '../src/models/backend.js';
import { triage } from '../src/safety/triage.js';

const args = process.argv.slice(2);
const all = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const reps = Number(all('--reps')[0] ?? 3);
const kbDir = all('--red-flags-kb')[0];
const pct = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))] ?? 0;
};

async function main(): Promise<void> {
  const files = all('--data');
  if (files.length === 0) throw new Error('pass --data FILE (a consultation cases JSONL), once or more');
  warmRedFlagRanking();
  const t0 = performance.now();
  const source = resolveRedFlagSource({ off: args.includes('--no-red-flags-kb'), source: kbDir });
  const kb = loadRedFlagSource(source, (x, lang) => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' }));
  const buildMs = performance.now() - t0;
  // The dialogues: every prefix that reaches the policy in the benchmark.
  const prefixes: ChatMessage[][] = [];
  for (const file of files)
    for (const c of loadConsultCases(file)) {
      const transcript: ChatMessage[] = [{ role: 'user', content: c.opening }];
      for (let turn = 0; turn < 4; turn++) {
        prefixes.push([...transcript]);
        const step = nextConsultStep(transcript, { kbRedFlags: kb });
        if (step.action !== 'ask') break;
        transcript.push({ role: 'assistant', content: step.text }, { role: 'user', content: await scriptedPatient.reply(step.text, c) });
      }
    }
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < reps; r++)
    for (const p of prefixes) {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      nextConsultStep(p, { kbRedFlags: kb });
      wall.push(performance.now() - w0);
      const d = process.cpuUsage(c0);
      cpu.push((d.user + d.system) / 1000);
    }
  const f = (x: number) => x.toFixed(2);
  console.log(
    `${prefixes.length} turns × ${reps}; ${kb ? `KB red flags (${kb.size} pages from ${source?.path} (${source?.by}), built in ${buildMs.toFixed(0)} ms)` : 'no KB red flags'}; ` +
      `CPU p50 ${f(pct(cpu, 50))} / p95 ${f(pct(cpu, 95))} / p99 ${f(pct(cpu, 99))} ms; wall p50 ${f(pct(wall, 50))} / p99 ${f(pct(wall, 99))} ms` +
      '',
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
