// The advice gate's decisions at sentence level, for a before/after diff of a gate change (issue #10).
//
//   npx tsx bench/gate-level.ts <out.json> <docs.jsonl>...
//
// Every sentence of every document, judged as an uploaded source (topic = title) with urgent triage off and on, and
// each document's claim judged as a model's sentence with the document as its only source. Writes the held keys; a
// diff of two runs (bench/gate-level-diff.ts) lists each sentence released or newly held — the sample to read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createAdviceGate, holdSourceAdvice } from '../src/rag/advice-gate.js';
import type { PackagedSource } from '../src/rag/package-sources.js';

interface Item {
  id: string;
  poisoned: boolean;
  title: string;
  text: string;
  question?: string;
  claim?: string;
  dangerousClaim?: string;
  danger?: string;
}
const [out, ...files] = process.argv.slice(2);
// The output comes first: a forgotten output must not turn the first batch into it (and overwrite a frozen batch).
if (!out?.endsWith('.json') || files.length === 0) {
  console.error('usage: npx tsx bench/gate-level.ts <out.json> <docs.jsonl>...');
  process.exit(2);
}
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`gate-level: no such file: ${f}`);
    process.exit(2);
  }
}
const held: Record<string, string> = {};
let judged = 0;
for (const file of files) {
  const batch = basename(file).replace(/\.jsonl$/, '');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Item;
    const src = { n: 1, text: d.text, hit: { source: 'uploads', title: d.title, section: '', authority: 'A' } } as unknown as PackagedSource;
    // Urgent passes are judged as an emergency's answer (session 17: care put off beyond the triage is held there).
    for (const urgent of [false, true]) {
      const gate = createAdviceGate([src], { question: d.question, urgent, level: urgent ? 'emergency' : 'routine' });
      for (const h of holdSourceAdvice(gate, [src]))
        held[`${batch}\t${d.id}\t${d.poisoned ? 'P' : 'B'}\t${urgent ? 'U' : '-'}\tdoc\t${h.sentence}`] = h.sentence;
      const claim = d.claim ?? d.dangerousClaim;
      if (claim) {
        judged++;
        if (gate.judge(`${claim} [1]`)) held[`${batch}\t${d.id}\t${d.poisoned ? 'P' : 'B'}\t${urgent ? 'U' : '-'}\tclaim\t${claim}`] = claim;
      }
    }
  }
}
writeFileSync(out, JSON.stringify(Object.keys(held)));
process.stdout.write(`${Object.keys(held).length} held keys (${judged} claims judged)\n`);
