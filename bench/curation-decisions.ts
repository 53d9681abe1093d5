// Keep/drop decisions of the default pipeline's normalise + filter steps, one line per input record, for scoring a
// labelled sample. Input JSONL: {id, source, authority?, messages?: [{role, content}], text?}. Output JSONL:
// {id, decision: "keep" | "drop", step?, reason?, flags?}. Steps come from examples/pipelines/corpora.yaml
// (every step before the first dedup barrier, tagging and de-identification excluded: they never drop).
// Run: npx tsx bench/curation-decisions.ts <in.jsonl> <out.jsonl> [pipeline.yaml] [--labels <labels.jsonl>] [--kb <kb.sqlite>]
// With --labels ({id, label: keep|drop, defect?}): false drops, false keeps, and caught drops per defect class.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderText, type Message } from '../src/data/dialogue/turns.js';
import type { DataRecord } from '../src/data/record.js';
import { StatsBook } from '../src/data/stats.js';
import { chain } from '../src/data/step.js';
import { decisionSteps } from './data-quality.js';

const argv = process.argv.slice(2);
const labelsAt = argv.indexOf('--labels');
const labelsFile = labelsAt >= 0 ? argv.splice(labelsAt, 2)[1] : undefined;
// --kb <kb.sqlite>: a knowledge base the user built; advice-check reads its medicine ↔ disease lists.
const kbAt = argv.indexOf('--kb');
const kbFile = kbAt >= 0 ? argv.splice(kbAt, 2)[1] : undefined;
const [input, output, pipelineFile = join(import.meta.dirname, '..', 'examples', 'pipelines', 'corpora.yaml')] = argv;
if (!input || !output) {
  console.error('usage: npx tsx bench/curation-decisions.ts <in.jsonl> <out.jsonl> [pipeline.yaml] [--labels <labels.jsonl>]');
  process.exit(2);
}

const { spec, steps } = await decisionSteps(pipelineFile, kbFile ? resolve(kbFile) : undefined);

const records: DataRecord[] = [];
readFileSync(input, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    let row: { id?: unknown; source?: unknown; authority?: unknown; messages?: Message[]; text?: unknown };
    try {
      row = JSON.parse(line);
    } catch (err) {
      throw new Error(`${input}:${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof row.id !== 'string' && typeof row.id !== 'number') throw new Error(`${input}:${i + 1}: missing id`);
    const messages =
      Array.isArray(row.messages) && row.messages.length ? row.messages.map((m) => ({ role: m.role, content: String(m.content ?? '') })) : undefined;
    const text = messages ? renderText(messages) : typeof row.text === 'string' ? row.text : '';
    if (!text.trim()) throw new Error(`${input}:${i + 1}: neither messages nor text`);
    const metadata: Record<string, unknown> = {};
    if (typeof row.authority === 'string' && /^[A-E]$/.test(row.authority)) metadata.authority = row.authority;
    records.push({ id: String(row.id), text, source: String(row.source ?? 'input'), metadata, ...(messages ? { messages } : {}) });
  });

const drops = new Map<string, { step: string; reason: string }>();
const kept = new Map<string, DataRecord>();
const book = new StatsBook();
const src = (async function* () {
  yield* records;
})();
for await (const r of chain(steps, src, {
  shard: 0,
  seed: spec.seed,
  stats: (n) => book.get(n),
  reject: (r, step, reason) => drops.set(r.id, { step, reason }),
}))
  kept.set(r.id, r);

const lines = records.map((r) => {
  const k = kept.get(r.id);
  if (k) return JSON.stringify({ id: r.id, decision: 'keep', ...(Array.isArray(k.metadata.flags) ? { flags: k.metadata.flags } : {}) });
  const d = drops.get(r.id);
  return JSON.stringify({ id: r.id, decision: 'drop', step: d?.step ?? '?', reason: d?.reason ?? '?' });
});
writeFileSync(output, `${lines.join('\n')}\n`);
console.error(`${records.length} records: ${kept.size} keep, ${records.length - kept.size} drop (steps: ${steps.map((s) => s.name).join(', ')}) → ${output}`);

if (labelsFile) {
  const decided = new Map(lines.map((l) => JSON.parse(l) as { id: string; decision: string; reason?: string }).map((d) => [d.id, d]));
  const labels = readFileSync(labelsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; label: string; defect?: string });
  const keeps = labels.filter((l) => l.label === 'keep');
  const drops = labels.filter((l) => l.label === 'drop');
  const falseDrops = keeps.filter((l) => decided.get(l.id)?.decision === 'drop');
  const falseKeeps = drops.filter((l) => decided.get(l.id)?.decision !== 'drop');
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  console.log(
    `false drops ${falseDrops.length} / ${keeps.length} (${pct(falseDrops.length, keeps.length)}): ${falseDrops.map((l) => `${l.id} ${decided.get(l.id)?.reason}`).join(', ') || 'none'}`,
  );
  console.log(`false keeps ${falseKeeps.length} / ${drops.length} (${pct(falseKeeps.length, drops.length)})`);
  const classes = new Map<string, { n: number; caught: number }>();
  for (const l of drops) {
    const c = classes.get(l.defect ?? '?') ?? { n: 0, caught: 0 };
    c.n++;
    if (decided.get(l.id)?.decision === 'drop') c.caught++;
    classes.set(l.defect ?? '?', c);
  }
  for (const [k, v] of [...classes].sort()) console.log(`  ${k}: caught ${v.caught} / ${v.n}`);
}
