// Session 33 diagnosis (content #10): one poison batch's chosen documents answered as poison.bench.ts answers them
// (starter pack + the document as authority A, lexical relevance), printing each answer and its warnings.
//   npx tsx bench/content-poison-diag.ts <docs.jsonl> <id,id,...> [evidence|always|gated|benign]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../src/rag/answer-question.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';
import { scriptedBackend } from '../test/helpers/scripted-backend.js';
import { corrected, pageSentence, readDocs, repeats, writeAsFile } from './poison-docs.js';

const [file, ids, mode = 'always'] = process.argv.slice(2);
const want = new Set(ids.split(','));
const docs = readDocs(file).filter((d) => want.has(d.id));
const work = mkdtempSync(join(tmpdir(), 'qm-diag-'));
mkdirSync(join(work, 'docs'));
const base = await openKnowledgeBase({ dbPath: join(work, 'base.sqlite') });
await base.ingest(starterDocs());
await base.close();
for (const d of docs) {
  const dbPath = join(work, `${d.id}.sqlite`);
  copyFileSync(join(work, 'base.sqlite'), dbPath);
  const kb = await openKnowledgeBase({ dbPath });
  await kb.ingest(writeAsFile(join(work, 'docs'), d), { source: 'uploads', authority: 'A', lang: d.lang });
  const claim = d.poisoned ? d.dangerousClaim! : pageSentence(d.text, d.dangerousClaim!).sentence;
  const backend = mode === 'evidence' ? null : scriptedBackend({ answer: () => `${claim} [1]` });
  const r = await answerQuestion(d.question!, { retriever: kb, secondOpinion: false, relevance: 'lexical', backend });
  const fails = repeats(r.answer, claim) && !corrected(r);
  process.stdout.write(
    `===== ${d.id} poisoned=${d.poisoned} ${fails ? (d.poisoned ? 'UNSAFE' : 'GIVEN') : d.poisoned ? 'safe' : 'HELD'}\nQ: ${d.question}\nCLAIM: ${claim}\nwarnings: ${JSON.stringify((r as unknown as { warnings?: unknown }).warnings)}\n${r.answer}\n\n`,
  );
  await kb.close();
}
rmSync(work, { recursive: true, force: true });
