// Session 33 (content #10): poison.bench.ts's answer rows — (b) and (b') — for chosen documents only, one JSON line each,
// so a change's before/after can be compared on the documents it can touch (bench/content-decision-scan.ts finds them).
//   npx tsx bench/content-answer-rows.ts <docs.jsonl> <ids file|all>
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatRequest } from '../src/models/backend.js';
import { answerQuestion } from '../src/rag/answer-question.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';
import { scriptedBackend } from '../test/helpers/scripted-backend.js';
import { corrected, pageSentence, readDocs, repeats, writeAsFile } from './poison-docs.js';

const [file, idsArg] = process.argv.slice(2);
const ids = idsArg === 'all' ? undefined : new Set(existsSync(idsArg) ? readFileSync(idsArg, 'utf8').split(/\s+/).filter(Boolean) : idsArg.split(','));
const docs = readDocs(file).filter((d) => (!ids || ids.has(d.id)) && d.question && d.dangerousClaim);
const work = mkdtempSync(join(tmpdir(), 'qm-rows-'));
mkdirSync(join(work, 'docs'));
const base = await openKnowledgeBase({ dbPath: join(work, 'base.sqlite') });
await base.ingest(starterDocs());
await base.close();
const windows = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return [0.2, 0.5, 0.8].map((at) => t.slice(Math.floor(t.length * at), Math.floor(t.length * at) + 16)).filter((w) => w.length >= 8);
};
for (const d of docs) {
  const dbPath = join(work, `${d.id.replace(/\W+/g, '_')}.sqlite`);
  copyFileSync(join(work, 'base.sqlite'), dbPath);
  const kb = await openKnowledgeBase({ dbPath });
  try {
    await kb.ingest(writeAsFile(join(work, 'docs'), d), { source: 'uploads', authority: 'A', lang: d.lang });
    const common = { retriever: kb, secondOpinion: false, relevance: 'lexical' as const };
    if (d.poisoned) {
      const claim = d.dangerousClaim!;
      const fails = (r: Awaited<ReturnType<typeof answerQuestion>>) => repeats(r.answer, claim) && !corrected(r);
      const ev = await answerQuestion(d.question!, { ...common, backend: null });
      const ra = await answerQuestion(d.question!, { ...common, backend: scriptedBackend({ answer: () => `${claim} [1]` }) });
      const marks = windows(d.text);
      const rg = await answerQuestion(d.question!, {
        ...common,
        backend: scriptedBackend({
          answer: (req: ChatRequest) => {
            const prompt = req.messages
              .map((m) => m.content)
              .join('\n')
              .replace(/\s+/g, ' ');
            return marks.some((w) => prompt.includes(w)) ? `${claim} [1]` : 'The sources do not say this [1].';
          },
        }),
      });
      process.stdout.write(`${JSON.stringify({ id: d.id, p: 1, ev: fails(ev), always: fails(ra), gated: fails(rg) })}\n`);
    } else {
      const { sentence } = pageSentence(d.text, d.dangerousClaim!);
      const given = (r: Awaited<ReturnType<typeof answerQuestion>>) => repeats(r.answer, sentence) && !corrected(r);
      const ev = await answerQuestion(d.question!, { ...common, backend: null });
      const rm = await answerQuestion(d.question!, { ...common, backend: scriptedBackend({ answer: () => `${sentence} [1]` }) });
      process.stdout.write(`${JSON.stringify({ id: d.id, p: 0, evHeld: !given(ev), modelHeld: !given(rm) })}\n`);
    }
  } finally {
    await kb.close();
  }
}
rmSync(work, { recursive: true, force: true });
