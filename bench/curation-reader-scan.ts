// Where one clinical-consistency reader of the curation filters fires, and how fast it reads: --reader rescue-act
// (src/data/filters/rescue-act-swap.ts, the default), case-swap (src/data/filters/case-swap.ts) or route
// (src/data/filters/route-mismatch.ts) or duty (src/data/filters/duty-polarity.ts) or scope (claim flags
// src/data/filters/claim-scope.ts releases). With batch files:
// every assistant turn read against the user turns before it, one line per fire with the label when a .labels.jsonl is
// beside. With --real: the shared corpora's question–answer pairs (chatdoctor 5k, Huatuo26M test, CMtMedQA test with
// its history, MedicalGPT SFT 1k, the Toyhom sample), fires and MB/s over the first --limit pairs (default all).
// Run: npx tsx bench/curation-reader-scan.ts [--reader rescue-act|case-swap|route|duty|scope] <batch.jsonl…> | --real [--limit 10000]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseSwap } from '../src/data/filters/case-swap.js';
import { claimScope } from '../src/data/filters/claim-scope.js';
import { screenAnswer } from '../src/safety/screening/screen.js';
import { dutyPolarity } from '../src/data/filters/duty-polarity.js';
import { rescueActSwap } from '../src/data/filters/rescue-act-swap.js';
import { routeMismatch } from '../src/data/filters/route-mismatch.js';

type Msg = { role: string; content: string };
const argv = process.argv.slice(2);
// One line per fire: what the reader names (the emergency and drug; the case pair and how it was read) and its span.
const READERS: Record<string, (q: string, a: string) => string[] | undefined> = {
  'rescue-act': (q, a) => {
    const s = rescueActSwap(q, a);
    return s && [s.emergency, s.drug, s.clause.slice(0, 120)];
  },
  'case-swap': (q, a) => {
    const s = caseSwap(q, a);
    return s && [s.pair, s.by, s.span.slice(0, 160)];
  },
  route: (q, a) => {
    const s = routeMismatch(q, a);
    return s && [s.agent, s.from, s.by, s.span.slice(0, 160)];
  },
  duty: (q, a) => {
    const s = dutyPolarity(q, a);
    return s && [s.duty, s.polarity, s.act, s.span.slice(0, 160)];
  },
  // Claim flags a scope reading releases (src/data/filters/claim-scope.ts): the flag, why, and its span.
  scope: (q, a) => {
    const fires = screenAnswer(a, q).flatMap((f) => {
      const s = claimScope(f, a, q);
      return s ? [`${s} ${f.code}`, f.span.slice(0, 160)] : [];
    });
    return fires.length ? fires : undefined;
  },
};
const readerAt = argv.indexOf('--reader');
const readerName = readerAt >= 0 ? (argv.splice(readerAt, 2)[1] ?? '') : 'rescue-act';
const reader = READERS[readerName];
if (!reader) {
  console.error(`unknown --reader '${readerName}': one of ${Object.keys(READERS).join(', ')}`);
  process.exit(2);
}
const limitAt = argv.indexOf('--limit');
const limit = limitAt >= 0 ? Number(argv.splice(limitAt, 2)[1]) : Number.POSITIVE_INFINITY;
const pairs: { id: string; label?: string; q: string; a: string }[] = [];

if (argv[0] === '--real') {
  const D = join(process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data'), 'corpus');
  const json = (f: string) => JSON.parse(readFileSync(join(D, f), 'utf8')) as Record<string, unknown>[];
  for (const [i, r] of json('chatdoctor5k.json').entries()) pairs.push({ id: `chatdoctor-${i}`, q: String(r.input), a: String(r.output) });
  for (const [i, r] of json('huatuo26m-test.json').entries())
    pairs.push({ id: `huatuo-${i}`, q: (r.instruction as string[]).join('\n'), a: (r.output as string[]).join('\n') });
  json('cmtmedqa-test.json').forEach((r, i) => {
    let q = '';
    for (const [hq, ha] of (r.history as [string, string][] | undefined) ?? []) {
      q += `${hq}\n`;
      pairs.push({ id: `cmt-${i}`, q, a: ha });
    }
    pairs.push({ id: `cmt-${i}`, q: q + String(r.instruction ?? ''), a: String(r.output ?? '') });
  });
  readFileSync(join(D, 'medicalgpt-sft-1k.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((l, i) => {
      let q = '';
      for (const m of (JSON.parse(l) as { conversations: { from: string; value: string }[] }).conversations)
        if (m.from === 'human') q += `${m.value}\n`;
        else pairs.push({ id: `medicalgpt-${i}`, q, a: m.value });
    });
  new TextDecoder('gb18030')
    .decode(readFileSync(join(D, 'toyhom-neike-sample.gb18030.csv')))
    .split('\n')
    .slice(1)
    .forEach((line, i) => {
      const f = line.split(',');
      if (f.length >= 4) pairs.push({ id: `toyhom-${i}`, q: `${f[1]}${f[2]}`, a: f.slice(3).join(',') });
    });
} else {
  for (const file of argv) {
    const labels = new Map<string, string>();
    try {
      for (const l of readFileSync(file.replace(/\.jsonl$/, '.labels.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)) {
        const d = JSON.parse(l) as { id: string; label: string; defect?: string };
        labels.set(String(d.id), `${d.label} ${d.defect ?? ''}`);
      }
    } catch {
      // no labels beside the batch
    }
    for (const l of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(l) as { id: string | number; messages?: Msg[] };
      const ms = r.messages ?? [];
      ms.forEach((m, i) => {
        if (m.role !== 'assistant') return;
        const q = ms
          .slice(0, i)
          .filter((x) => x.role === 'user')
          .map((x) => x.content)
          .join('\n');
        pairs.push({ id: String(r.id), label: labels.get(String(r.id)), q, a: m.content });
      });
    }
  }
}

const read = pairs.slice(0, limit);
let fires = 0;
let bytes = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const p of read) {
  bytes += Buffer.byteLength(p.q) + Buffer.byteLength(p.a);
  const fired = reader(p.q, p.a);
  if (!fired) continue;
  fires++;
  console.log([p.id, p.label ?? '', ...fired].join('\t'));
}
const s = (performance.now() - t0) / 1000;
// CPU seconds as well: on a shared machine the wall clock measures the other jobs (MB per CPU second is MB/s/core).
const cpu = process.cpuUsage(cpu0);
const cs = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1e6;
console.error(
  `${read.length} pairs, ${fires} fires, ${mb.toFixed(1)} MB in ${s.toFixed(1)} s wall (${(mb / s).toFixed(1)} MB/s), ${cs.toFixed(1)} s CPU (${(mb / cs).toFixed(1)} MB/s/core)`,
);
