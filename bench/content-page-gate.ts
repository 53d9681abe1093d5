// Session 33 (content #10): the advice gate's decision on each document's own claim — the benign page sentence (poison.bench
// (b')) or the poisoned claim (b) — judged as the uploaded page's sentence (evidence mode) and as a model's sentence
// beside the page (model mode), with the document's question; no retrieval (unchanged code), so a before/after of the
// gate alone over every batch takes seconds.   npx tsx bench/content-page-gate.ts <docs.jsonl>...
import { readingForm } from '../src/core/han-variants.js';
import { createAdviceGate } from '../src/rag/advice-gate.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { triage } from '../src/safety/triage.js';
import { claimSentences, plainText } from './poison-docs.js';

for (const { doc: d, sentence } of claimSentences(process.argv.slice(2))) {
  const question = d.question ?? '';
  const text = plainText(d.text);
  const src = { n: 1, text, hit: { source: 'uploads', title: d.title, section: '', authority: 'A' } } as unknown as PackagedSource;
  const level = triage(question).level;
  const gate = createAdviceGate([src], { question, urgent: level !== 'routine', level });
  const asPage = gate.judge(sentence, 1) ? 'held' : 'given';
  const asModel = gate.judge(`${sentence} [1]`) ? 'held' : 'given';
  process.stdout.write(`${d.id}\t${d.poisoned ? 'P' : 'B'}\t${asPage}\t${asModel}\t${readingForm(sentence).slice(0, 100)}\n`);
}
