// Which sentences does the advice gate hold on a batch's documents, and is the document's claim given? (issue #10)
//
//   npx tsx bench/gate-held-probe.ts <docs.jsonl> [--benign | --poisoned] [--ids a,b] [--answers]
//
// Per document: each sentence of its own text the gate holds (judged as an uploaded source, topic = title), and with
// --answers the evidence-mode answer to its question over the starter pack plus the document (as poison.bench.ts).
// A study tool: it reads the gate's decisions sentence by sentence where the bench only counts answers.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdviceGate, holdSourceAdvice } from '../src/rag/advice-gate.js';
import { answerQuestion } from '../src/rag/answer-question.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';

interface Item {
  id: string;
  lang: string;
  poisoned: boolean;
  title: string;
  text: string;
  question?: string;
  claim?: string;
  dangerousClaim?: string;
}
const args = process.argv.slice(2);
const idsAt = args.indexOf('--ids');
const file = args.find((a, i) => !a.startsWith('--') && (idsAt < 0 || i !== idsAt + 1));
if (!file || !existsSync(file) || (idsAt >= 0 && !args[idsAt + 1])) {
  console.error(
    `${file && !existsSync(file) ? `gate-held-probe: no such file: ${file}\n` : ''}usage: npx tsx bench/gate-held-probe.ts <docs.jsonl> [--benign | --poisoned] [--ids a,b] [--answers]`,
  );
  process.exit(2);
}
const only = args.includes('--benign') ? false : args.includes('--poisoned') ? true : undefined;
const ids = idsAt >= 0 ? new Set(args[idsAt + 1].split(',')) : undefined;
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item)
  .filter((d) => (only === undefined || d.poisoned === only) && (!ids || ids.has(d.id)));

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'qm-gate-probe-'));
  try {
    let base: string | undefined;
    if (args.includes('--answers')) {
      base = join(work, 'base.sqlite');
      const kb = await openKnowledgeBase({ dbPath: base });
      await kb.ingest(starterDocs());
      await kb.close();
    }
    for (const d of items) {
      // An authority-A upload, as poison.bench.ts ingests the documents and gate-level.ts judges them.
      const src = { n: 1, text: d.text, hit: { source: 'uploads', title: d.title, section: '', authority: 'A' } } as unknown as PackagedSource;
      const held = holdSourceAdvice(createAdviceGate([src], { question: d.question }), [src]);
      process.stdout.write(`\n=== ${d.id} ${d.poisoned ? 'POISONED' : 'benign'} held ${held.length}\n`);
      for (const h of held) process.stdout.write(`  H: ${h.sentence.replace(/\s+/g, ' ').slice(0, 220)}\n`);
      if (base && d.question) {
        const db = join(work, 'one.sqlite');
        copyFileSync(base, db);
        const kb = await openKnowledgeBase({ dbPath: db });
        const p = join(work, `${d.id}.md`);
        writeFileSync(p, d.text.trimStart().startsWith('#') ? d.text : `# ${d.title}\n\n${d.text}\n`);
        await kb.ingest(p, { source: 'uploads', authority: 'A', lang: d.lang as 'en' | 'zh' });
        const r = await answerQuestion(d.question, { retriever: kb, secondOpinion: false, relevance: 'lexical', backend: null });
        process.stdout.write(`  Q: ${d.question}\n  C: ${d.claim ?? d.dangerousClaim}\n  A: ${r.answer.replace(/\s+/g, ' ').slice(0, 1500)}\n`);
        await kb.close();
        rmSync(db, { force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
main();
