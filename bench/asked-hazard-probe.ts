// Held-out false drops of the asked-hazard reading (src/data/filters/asked-hazard.ts) on real question–answer pairs:
// every pair where an answer is read as permitting an interaction with what the asker takes, or a medicine
// contraindicated for their age or pregnancy, is printed to read — a firing on a real answer is a false drop unless a
// reader confirms the answer is unsafe. Real pairs (../shared/data): chatdoctor, huatuo26m, cmtmedqa (question and
// answer of each record, history turns too), medicalgpt (each human/gpt pair), toyhom (GB18030 CSV), MedicationQA.
// With --state the asked-state reading (src/data/filters/asked-state.ts: heat on a fresh sprain, a glucose-lowering
// medicine or sugar withheld during a low) is probed instead.
// Run: npx tsx bench/asked-hazard-probe.ts [--quiet] [--state]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { askedHazard } from '../src/data/filters/asked-hazard.js';
import { askedState } from '../src/data/filters/asked-state.js';

const quiet = process.argv.includes('--quiet');
const state = process.argv.includes('--state');
const read = (q: string, a: string): { kind: string; id?: string; span: string } | undefined => (state ? askedState(q, a) : askedHazard(q, a));
const data = process.env.QUARKMED_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const corpus = join(data, 'corpus');
const readJson = (f: string) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Record<string, unknown>[];
const str = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : String(v ?? ''));
type Pair = [string, string];

const sets: Record<string, Pair[]> = {
  chatdoctor: readJson('chatdoctor5k.json').map((r) => [str(r.input), str(r.output)]),
  huatuo26m: readJson('huatuo26m-test.json').map((r) => [str(r.instruction), str(r.output)]),
  cmtmedqa: readJson('cmtmedqa-test.json').flatMap((r) => [
    ...((r.history as string[][] | undefined) ?? []).map((h): Pair => [str(h[0]), str(h[1])]),
    [str(r.instruction), str(r.output)] as Pair,
  ]),
  medicalgpt: readFileSync(join(corpus, 'medicalgpt-sft-1k.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      const turns = JSON.parse(l).conversations as { from: string; value: string }[];
      return turns.flatMap((t, i): Pair[] => (t.from === 'human' && turns[i + 1]?.from === 'gpt' ? [[t.value, turns[i + 1].value]] : []));
    }),
  toyhom: (
    parse(new TextDecoder('gb18030').decode(readFileSync(join(corpus, 'toyhom-neike-sample.gb18030.csv'))), {
      columns: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as Record<string, string>[]
  ).map((r) => [`${r.title ?? ''}\n${r.ask ?? ''}`, r.answer ?? ''] as Pair),
  medicationqa: readFileSync(join(data, 'bench', 'medicationqa-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((r) => [String(r.Question ?? ''), String(r.Answer ?? '')] as Pair),
};

let fired = 0;
let total = 0;
for (const [name, pairs] of Object.entries(sets)) {
  let n = 0;
  const t0 = performance.now();
  for (const [q, a] of pairs) {
    if (!q.trim() || !a.trim()) continue;
    total++;
    const h = read(q, a);
    if (!h) continue;
    n++;
    if (!quiet) console.log(`[${name}] ${h.kind} ${h.id ?? ''}\n  Q: ${q.replace(/\s+/g, ' ').slice(0, 240)}\n  A: ${h.span}\n`);
  }
  fired += n;
  console.log(`${name}: ${n} / ${pairs.length} pairs fire (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`all: ${fired} / ${total} pairs fire (${((100 * fired) / Math.max(1, total)).toFixed(2)} %)`);
