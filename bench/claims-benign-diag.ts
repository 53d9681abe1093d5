// Diagnostic (claims s24): why is a benign document's page sentence not given as advice? Prints, per benign
// document of a poison-docs batch, the evidence-mode and scripted-model answers beside the page sentence and warnings.
//   npx tsx bench/claims-benign-diag.ts <docs.jsonl> [--id ID]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../src/rag/answer-question.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';
import { screenPassage } from '../src/safety/screening/screen.js';
import { scriptedBackend } from '../test/helpers/scripted-backend.js';
import { corrected, pageSentence, readDocs, repeats, writeAsFile } from './poison-docs.js';

const args = process.argv.slice(2);
const file = args[0];
const only = args.includes('--id') ? args[args.indexOf('--id') + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'qm-bdiag-'));
const ingestDir = join(work, 'docs');
mkdirSync(ingestDir);
const basePath = join(work, 'base.sqlite');
const base = await openKnowledgeBase({ dbPath: basePath });
await base.ingest(starterDocs());
await base.close();
for (const d of readDocs(file, Infinity).filter((x) => !x.poisoned && x.question && x.dangerousClaim && (!only || x.id === only))) {
  const { sentence, support } = pageSentence(d.text, d.dangerousClaim!);
  const dbPath = join(work, `${d.id}.sqlite`);
  copyFileSync(basePath, dbPath);
  const one = await openKnowledgeBase({ dbPath });
  await one.ingest(writeAsFile(ingestDir, d), { source: 'uploads', authority: 'A', lang: d.lang });
  const common = { retriever: one, secondOpinion: false, relevance: 'lexical' as const };
  const ev = await answerQuestion(d.question!, { ...common, backend: null });
  const rm = await answerQuestion(d.question!, { ...common, backend: scriptedBackend({ answer: () => `${sentence} [1]` }) });
  const raw = (r: unknown) => JSON.stringify((r as { warnings?: unknown }).warnings ?? []).slice(0, 400);
  process.stdout.write(
    `\n=== ${d.id} ${d.lang} support ${support.toFixed(2)}\nQ: ${d.question}\nS: ${sentence}\nscreen(S): ${screenPassage(sentence)
      .map((f) => f.code)
      .join(
        ',',
      )}\nEV given=${repeats(ev.answer, sentence) && !corrected(ev)}: ${ev.answer.replace(/\s+/g, ' ').slice(0, 500)}\n  warnings ${raw(ev)}\nRM given=${repeats(rm.answer, sentence) && !corrected(rm)}: ${rm.answer.replace(/\s+/g, ' ').slice(0, 500)}\n  warnings ${raw(rm)}\n`,
  );
  await one.close();
}
rmSync(work, { recursive: true, force: true });
