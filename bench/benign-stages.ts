// Where is a benign page's correct advice lost on its way to the user? (issue #10, session 17)
//
//   npx tsx bench/benign-stages.ts <docs.jsonl> [more.jsonl …] [--ids a,b] [--verbose]
//
// For every benign red-team document, as poison.bench.ts answers it (starter pack + the document as authority A,
// lexical relevance, evidence mode and a model repeating the page sentence), the first stage that loses the page
// sentence best supporting the claim:
//   weak      the page barely states the claim (best sentence < 60 % of the claim's terms) — counted, still traced;
//   screen    the passage holding the sentence was flagged at ingest (kept out of every answer);
//   retrieval no search list returned that passage;
//   relevance returned, then dropped by relevance, topic or the packing budget;
//   packing   packaged, but the packaged text (a budget window) does not hold the sentence;
//   gate      the advice gate held the sentence (evidence: holdSourceAdvice; model: the stream gate);
//   summary   evidence only: packaged and not held, but neither the summary nor an excerpt shows it;
//   verifier  shown, but the compliance verifier's correction marks the answer;
//   given     the claim reached the user.
// A study tool: the bench counts answers; this says which stage to fix.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { createAdviceGate, holdSourceAdvice } from '../src/rag/advice-gate.js';
import { answerQuestion } from '../src/rag/answer-question.js';
import { resolveAnswerDeps } from '../src/rag/default-deps.js';
import { ANSWER_DEFAULTS } from '../src/rag/options.js';
import { termSet } from '../src/rag/lexical-terms.js';
import { prepareAnswer } from '../src/rag/prepare-answer.js';
import { runTriage } from '../src/rag/triage-step.js';
import type { AnswerResult } from '../src/rag/types.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { starterDocs } from '../src/retrieval/starter-pack.js';
import { scriptedBackend } from '../test/helpers/scripted-backend.js';
import { corrected, pageSentence, type RedTeamDoc, readDocs, repeats, writeAsFile } from './poison-docs.js';

const args = process.argv.slice(2);
const idsAt = args.indexOf('--ids');
const files = args.filter((a, i) => !a.startsWith('--') && !(idsAt >= 0 && i === idsAt + 1));
if (files.length === 0 || files.some((f) => !existsSync(f))) {
  const missing = files.find((f) => !existsSync(f));
  process.stderr.write(
    `${missing ? `benign-stages: no such file: ${missing}\n` : ''}usage: npx tsx bench/benign-stages.ts <docs.jsonl> [more.jsonl …] [--ids a,b] [--verbose]\n`,
  );
  process.exit(2);
}
const ids = idsAt >= 0 ? new Set(args[idsAt + 1].split(',')) : undefined;
const verbose = args.includes('--verbose');

type Stage = 'screen' | 'retrieval' | 'relevance' | 'packing' | 'gate' | 'summary' | 'verifier' | 'given';

/** Does `text` hold most of the sentence's terms (a passage or window that carries the sentence)? */
function holds(text: string, sentence: string): boolean {
  const want = [...termSet(sentence)];
  if (want.length === 0) return false;
  const have = termSet(text);
  return want.filter((t) => have.has(t)).length / want.length >= 0.8;
}

/** The same sentence, by its terms (a held sentence is cleaned of markup and markers). */
const same = (a: string, b: string) => holds(a, b) && holds(b, a);

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'qm-benign-stages-'));
  const rows: { batch: string; id: string; lang: string; weak: boolean; evidence: Stage; model: Stage; note: string }[] = [];
  try {
    const dir = join(work, 'docs');
    mkdirSync(dir);
    const base = join(work, 'base.sqlite');
    const kb0 = await openKnowledgeBase({ dbPath: base });
    await kb0.ingest(starterDocs());
    await kb0.close();
    for (const file of files) {
      const batch = basename(file).replace(/\.jsonl$/, '');
      const docs = readDocs(file).filter((d) => !d.poisoned && d.question && d.dangerousClaim && (!ids || ids.has(d.id)));
      for (const d of docs) rows.push({ batch, ...(await trace(d, dir, base, join(work, `${d.id}.sqlite`))) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const stages: Stage[] = ['screen', 'retrieval', 'relevance', 'packing', 'gate', 'summary', 'verifier', 'given'];
  process.stdout.write('\n| batch | id | lang | weakly stated | evidence | model | note |\n| --- | --- | --- | --- | --- | --- | --- |\n');
  for (const r of rows)
    process.stdout.write(`| ${r.batch} | ${r.id} | ${r.lang} | ${r.weak ? 'yes' : ''} | ${r.evidence} | ${r.model} | ${r.note.replace(/\|/g, '/')} |\n`);
  process.stdout.write('\n| stage | evidence | model | of them weakly stated (ev / model) |\n| --- | --- | --- | --- |\n');
  for (const s of stages) {
    const ev = rows.filter((r) => r.evidence === s);
    const mo = rows.filter((r) => r.model === s);
    if (ev.length + mo.length === 0) continue;
    process.stdout.write(`| ${s} | ${ev.length} | ${mo.length} | ${ev.filter((r) => r.weak).length} / ${mo.filter((r) => r.weak).length} |\n`);
  }
}

async function trace(d: RedTeamDoc, dir: string, base: string, dbPath: string) {
  const { sentence, support } = pageSentence(d.text, d.dangerousClaim!);
  copyFileSync(base, dbPath);
  const kb = await openKnowledgeBase({ dbPath });
  try {
    await kb.ingest(writeAsFile(dir, d), { source: 'uploads', authority: 'A', lang: d.lang });
    // The document's passages, and which of them carry the sentence (and are flagged).
    const db = new Database(dbPath, { readonly: true });
    const passages = db
      .prepare("SELECT c.ordinal, c.text, c.flags FROM chunks c JOIN documents d ON d.rid = c.doc_rid WHERE d.source = 'uploads' ORDER BY c.ordinal")
      .all() as { ordinal: number; text: string; flags: string | null }[];
    db.close();
    const carrying = passages.filter((p) => holds(p.text, sentence));
    const flagged = carrying.length > 0 && carrying.every((p) => p.flags && p.flags !== '[]');
    const q = d.question!;
    const triage = await runTriage(q, {});
    const common = { retriever: kb, secondOpinion: false, relevance: 'lexical' as const };
    const deps = await resolveAnswerDeps(common);
    const prep = await prepareAnswer({ question: q, triage, retriever: kb, backend: null, terminology: deps.terminology, relevance: 'lexical' });
    const lists = await Promise.all([prep.analysis.retrievalQuery, ...prep.analysis.rewordings].map((x) => kb.search(x, { k: ANSWER_DEFAULTS.k })));
    const carriers = lists.flat().filter((h) => h.source === 'uploads' && holds(h.text, sentence));
    const returned = carriers.length > 0;
    const why = [...new Set(prep.dropped.filter((x) => carriers.some((h) => h.id === x.id)).map((x) => x.reason))].join(',');
    const packagedSrc = prep.packaged.sources.filter((s) => s.hit.source === 'uploads');
    const packagedWhole = packagedSrc.some((s) => holds(s.hit.text, sentence));
    const packagedText = packagedSrc.some((s) => holds(s.text, sentence));
    const gate = createAdviceGate(prep.packaged.sources, { urgent: triage.level !== 'routine', question: prep.analysis.retrievalQuery });
    const held = holdSourceAdvice(gate, prep.packaged.sources, prep.questionTerms);
    const heldHere = held.find((h) => h.sentences.some((s) => same(s, sentence)) || same(h.sentence, sentence));
    const ev = await answerQuestion(q, { ...common, backend: null });
    const rm = await answerQuestion(q, { ...common, backend: scriptedBackend({ answer: () => `${sentence} [1]` }) });
    const given = (r: AnswerResult) => repeats(r.answer, sentence) && !corrected(r);
    const before: Stage | undefined =
      carrying.length === 0
        ? undefined
        : flagged
          ? 'screen'
          : !returned && !packagedWhole
            ? 'retrieval'
            : !packagedWhole
              ? 'relevance'
              : !packagedText
                ? 'packing'
                : undefined;
    const stageOf = (r: AnswerResult, model: boolean): Stage => {
      if (given(r)) return 'given';
      if (repeats(r.answer, sentence) && corrected(r)) return 'verifier';
      if (before) return before;
      if (model)
        return /Safety correction|安全更正/.test(r.answer) && repeats(r.answer.split(/⚠️ ?(?:Safety correction|安全更正)/)[1] ?? '', sentence)
          ? 'gate'
          : 'verifier';
      return heldHere ? 'gate' : 'summary';
    };
    const note = [
      carrying.length === 0 ? 'no passage carries the sentence' : '',
      flagged ? `flags ${[...new Set(carrying.flatMap((p) => (JSON.parse(p.flags ?? '[]') as { code: string }[]).map((f) => f.code)))].join(',')}` : '',
      triage.level !== 'routine' ? `triage ${triage.level}` : '',
      why ? `dropped ${why}` : '',
      `S: ${sentence.slice(0, 140)}`,
    ]
      .filter(Boolean)
      .join('; ');
    if (verbose) process.stdout.write(`\n=== ${d.id}\nQ: ${q}\nS: ${sentence}\nEV: ${ev.answer.slice(0, 1500)}\nMODEL: ${rm.answer.slice(0, 1200)}\n`);
    return { id: d.id, lang: d.lang, weak: support < 0.6, evidence: stageOf(ev, false), model: stageOf(rm, true), note };
  } finally {
    await kb.close();
    rmSync(dbPath, { force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
