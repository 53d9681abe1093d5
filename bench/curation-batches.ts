// Keep/drop decisions of the default pipeline on every labelled curation batch at once (the steps built once), for
// before/after comparisons: one JSONL line per record {batch, id, label, defect, decision, reason}, and per batch and
// in total false drops / false keeps on stderr. Same steps and record reading as bench/curation-decisions.ts.
// Run: npx tsx bench/curation-batches.ts <out.jsonl> [batch files…]  (default: every bench/blind/curation-corrupt-*.jsonl)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderText, type Message } from '../src/data/dialogue/turns.js';
import type { DataRecord } from '../src/data/record.js';
import { StatsBook } from '../src/data/stats.js';
import { chain } from '../src/data/step.js';
import { decisionSteps, readJsonl } from './data-quality.js';

const [output, ...files] = process.argv.slice(2);
if (!output) {
  console.error('usage: npx tsx bench/curation-batches.ts <out.jsonl> [batch.jsonl…]');
  process.exit(2);
}
const blind = join(import.meta.dirname, 'blind');
const batches = files.length
  ? files
  : readdirSync(blind)
      .filter((f) => /^curation-corrupt-\d+\.jsonl$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
      .map((f) => join(blind, f));
const { spec, steps } = await decisionSteps(join(import.meta.dirname, '..', 'examples', 'pipelines', 'corpora.yaml'));

const out: string[] = [];
let fdAll = 0;
let fkAll = 0;
let keepAll = 0;
let dropAll = 0;
for (const file of batches) {
  const batch = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  type Row = { id: string | number; source?: unknown; authority?: unknown; messages?: Message[]; text?: unknown };
  const records: DataRecord[] = readJsonl<Row>(file).map((row) => {
    const messages =
      Array.isArray(row.messages) && row.messages.length ? row.messages.map((m) => ({ role: m.role, content: String(m.content ?? '') })) : undefined;
    const text = messages ? renderText(messages) : typeof row.text === 'string' ? row.text : '';
    const metadata: Record<string, unknown> = {};
    if (typeof row.authority === 'string' && /^[A-E]$/.test(row.authority)) metadata.authority = row.authority;
    return { id: String(row.id), text, source: String(row.source ?? 'input'), metadata, ...(messages ? { messages } : {}) };
  });
  const labels = new Map(readJsonl<{ id: string; label: string; defect?: string }>(file.replace(/\.jsonl$/, '.labels.jsonl')).map((l) => [String(l.id), l]));
  const drops = new Map<string, string>();
  const book = new StatsBook();
  const src = (async function* () {
    yield* records;
  })();
  for await (const _ of chain(steps, src, {
    shard: 0,
    seed: spec.seed,
    stats: (n) => book.get(n),
    reject: (r, step, reason) => drops.set(r.id, `${step}:${reason}`),
  }));
  let fd = 0;
  let fk = 0;
  for (const r of records) {
    const l = labels.get(r.id);
    const reason = drops.get(r.id);
    const decision = reason ? 'drop' : 'keep';
    if (l?.label === 'keep') keepAll++;
    if (l?.label === 'drop') dropAll++;
    if (l?.label === 'keep' && reason) fd++;
    if (l?.label === 'drop' && !reason) fk++;
    out.push(JSON.stringify({ batch, id: r.id, label: l?.label, defect: l?.defect, decision, ...(reason ? { reason } : {}) }));
  }
  fdAll += fd;
  fkAll += fk;
  console.error(`${batch}: FD ${fd} FK ${fk}`);
}
writeFileSync(output, `${out.join('\n')}\n`);
console.error(`all: FD ${fdAll} / ${keepAll}, FK ${fkAll} / ${dropAll}`);
