// The cases of consult batches whose OPENING is a conditional emergency (asked once before it is answered: the first
// step is a question turn at emergency) — the only cases a change to how such a call is settled can move. Writes them,
// as consult cases, to OUT.jsonl so two trees can be compared on exactly that class (consult-per-case.ts OUT.jsonl).
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-conditional-subset.ts OUT.jsonl FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { nextConsultStep } from '../src/consult/index.js';

const [out, ...files] = process.argv.slice(2);
const kept: string[] = [];
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { id: string; opening?: string; chief_complaint?: string; messages?: { content: string }[] };
    const opening = c.opening ?? c.chief_complaint ?? c.messages?.[0]?.content;
    if (!opening) throw new Error(`${f}: ${c.id} has no opening`);
    const s = nextConsultStep([{ role: 'user', content: opening }], { maxTurns: 2 });
    if (s.action === 'ask' && s.triage.level === 'emergency') kept.push(line);
  }
}
writeFileSync(out, kept.map((l) => `${l}\n`).join(''));
console.log(`${kept.length} conditional openings → ${out}`);
