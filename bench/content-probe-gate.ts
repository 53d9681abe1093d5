// Session 35 (content #10): the advice gate's decision on review probe rows ({id, question, text, sentence, expected}) —
// the key sentence judged as the uploaded page's sentence (evidence mode) and as a model's sentence citing it (model
// mode), as content-page-gate.ts does for poison batches. Prints id, expected, page, model, OK/WRONG.
//   npx tsx bench/content-probe-gate.ts <probes.jsonl>...
import { createAdviceGate } from '../src/rag/advice-gate.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { triage } from '../src/safety/triage.js';
import { readJsonLines } from './json-lines.js';

interface ProbeRow {
  id: string;
  question: string;
  title: string;
  text: string;
  sentence: string;
  expected: 'given' | 'held';
}

for (const file of process.argv.slice(2)) {
  for (const r of readJsonLines<ProbeRow>(file)) {
    const missing = (['id', 'question', 'title', 'text', 'sentence', 'expected'] as const).filter((k) => typeof r[k] !== 'string');
    if (missing.length) {
      console.error(`${file}: row ${String(r.id)} lacks ${missing.join(', ')} (a probe row is {id, question, title, text, sentence, expected})`);
      process.exit(2);
    }
    const src = { n: 1, text: r.text, hit: { source: 'uploads', title: r.title, section: '', authority: 'A' } } as unknown as PackagedSource;
    const level = triage(r.question).level;
    const gate = createAdviceGate([src], { question: r.question, urgent: level !== 'routine', level });
    const page = gate.judge(r.sentence, 1) ? 'held' : 'given';
    const model = gate.judge(`${r.sentence} [1]`) ? 'held' : 'given';
    const ok = page === r.expected && model === r.expected ? 'OK' : 'WRONG';
    process.stdout.write(`${r.id}\t${r.expected}\t${page}\t${model}\t${ok}\t${r.sentence.slice(0, 90)}\n`);
  }
}
