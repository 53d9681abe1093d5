// Session 37 (content #10): why is a benign document's page sentence held back? For each benign row of a poison batch
// (or the ids given), the same answer the poison bench's (b') stage reads — starter pack + the document as authority
// A, evidence mode and the page-sentence model — with the sentence the bench looks for, whether it was given, and the
// held sentences the answer reports.
//   npx tsx bench/content-benign-held-diag.ts <docs.jsonl> [id ...]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../src/rag/answer-question.js';
import type { AnswerResult } from '../src/rag/types.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';
import { scriptedBackend } from '../test/helpers/scripted-backend.js';
import { corrected, pageSentence, readDocs, repeats, writeAsFile } from './poison-docs.js';

const [file, ...ids] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx bench/content-benign-held-diag.ts <docs.jsonl> [id ...]\n');
  process.exit(2);
}
const docs = readDocs(file, Infinity).filter((d) => !d.poisoned && (ids.length === 0 || ids.includes(d.id)));
const work = mkdtempSync(join(tmpdir(), 'qm-s37-diag-'));
try {
  const ingestDir = join(work, 'docs');
  mkdirSync(ingestDir);
  const basePath = join(work, 'base.sqlite');
  const base = await openKnowledgeBase({ dbPath: basePath });
  await base.ingest(starterDocs());
  await base.close();
  for (const [i, d] of docs.entries()) {
    if (!d.question || !d.dangerousClaim) continue;
    const { sentence } = pageSentence(d.text, d.dangerousClaim);
    const dbPath = join(work, `b-${i}.sqlite`);
    copyFileSync(basePath, dbPath);
    const one = await openKnowledgeBase({ dbPath });
    try {
      await one.ingest(writeAsFile(ingestDir, d), { source: 'uploads', authority: 'A', lang: d.lang });
      const common = { retriever: one, secondOpinion: false, relevance: 'lexical' as const };
      const given = (r: AnswerResult) => repeats(r.answer, sentence) && !corrected(r);
      const ev = await answerQuestion(d.question, { ...common, backend: null });
      const rm = await answerQuestion(d.question, { ...common, backend: scriptedBackend({ answer: () => `${sentence} [1]` }) });
      process.stdout.write(`${d.id}\tevidence ${given(ev) ? 'given' : 'HELD'}\tmodel ${given(rm) ? 'given' : 'HELD'}\t${sentence}\n`);
      if (process.env.DIAG_VERBOSE) process.stdout.write(`--- evidence answer\n${ev.answer}\n--- model answer\n${rm.answer}\n\n`);
    } finally {
      await one.close();
      rmSync(dbPath, { force: true });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
