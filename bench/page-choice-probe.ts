// Page-choice probe (#20, session 12): per judged question of evidence-q-8…13, what the current design shows first
// (chat and search) and how the knowledge base's condition pages rank against the question's description
// (described-topic.ts entity BM25, both languages), with the page the question's written `topic` names (the topic
// string searched as a name: a hit carrying `about`) as a label. Output: one JSON line per question, for fitting and
// cross-validating a page-choice threshold (bench/page-choice-cv.py) — no judging, labels only from the blind verdicts
// and the writers' topic field.
//
//   npx tsx bench/page-choice-probe.ts <questions.jsonl>… --out rows.jsonl [--db kb.sqlite]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { answerQuestion } from '../src/rag/answer-question.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { buildDescribedTopicIndex } from '../src/retrieval/described-topic.js';
import { buildSymptomConditionIndex } from '../src/knowledge/symptom-conditions.js';
import { openKnowledgeBase, readDescribedEntities, readSymptomPages } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const dbAt = args.indexOf('--db');
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--db');
if (outAt < 0 || files.length === 0) {
  console.error('usage: npx tsx bench/page-choice-probe.ts <questions.jsonl>… --out rows.jsonl [--db kb.sqlite]');
  process.exit(2);
}
const dbPath = resolve(dbAt >= 0 ? args[dbAt + 1] : join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
// Bad input is one line and exit 2, before the knowledge base opens (nothing is written).
for (const f of [...files, dbPath]) {
  if (!existsSync(f)) {
    console.error(`page-choice-probe: no such file: ${f}${f === dbPath ? ' (build it with bench/evidence-judge.ts write, or pass --db)' : ''}`);
    process.exit(2);
  }
}
const kb = await openKnowledgeBase({ dbPath, readonly: true });
const db = new Database(dbPath, { readonly: true });
const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
const index = buildDescribedTopicIndex(readDescribedEntities(db), (t) => analyzer.terms(t));
const symptoms = buildSymptomConditionIndex(readSymptomPages(db));
const rows: string[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const q = JSON.parse(line) as { id: string; lang: 'zh' | 'en'; question: string; topic: string };
    const gold = (await kb.search(q.topic, { k: 3 })).filter((h) => h.about).map((h) => h.title);
    const chat = (await answerQuestion(q.question, { retriever: kb, backend: null, locale: q.lang })).citations.slice(0, 3).map((c) => c.title);
    const search = (await kb.search(q.question, { k: 3, oneSubject: true })).map((h) => ({ title: h.title, about: h.about ?? null }));
    const terms = analyzer.queryTerms(q.question);
    const ranked = (lang: 'zh' | 'en') =>
      index.rank(terms, lang, 5).map((c) => ({ name: c.name, score: +c.score.toFixed(3), coverage: +c.coverage.toFixed(3) }));
    // Page-level pool: the first 40 passages of the ordinary search, grouped by page title (score sums and counts).
    const pool = new Map<string, { score: number; n: number; best: number; rank: number }>();
    (await kb.search(q.question, { k: 40 })).forEach((h, i) => {
      const p = pool.get(h.title) ?? { score: 0, n: 0, best: h.score, rank: i };
      p.score += h.score;
      p.n++;
      pool.set(h.title, p);
    });
    const P = [...pool]
      .map(([title, p]) => ({ title, ...p, score: +p.score.toFixed(4) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 8);
    rows.push(
      JSON.stringify({
        id: q.id,
        lang: q.lang,
        topic: q.topic,
        gold: [...new Set(gold)],
        chat,
        search,
        nTerms: new Set(terms).size,
        D: ranked(q.lang),
        P,
        S: symptoms.candidates(q.question, q.lang, 8, { patient: true }).map((c) => ({ name: c.name, score: c.score, n: c.matched.length })),
      }),
    );
  }
}
writeFileSync(args[outAt + 1], `${rows.join('\n')}\n`);
await kb.close();
db.close();
