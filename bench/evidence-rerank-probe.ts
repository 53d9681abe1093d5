// Rerank probe (#20, session 14): per labelled question (bench/results/evidence-coverage-labels.jsonl), the pages chat
// shows now (citations, in order) and the pages of the first 40 search passages, each with features computed from the
// question's names against the page's names — title, aliases, synonyms and the bilingual table's other-language
// names — plus retrieval's own signals. Labels are the coverage file's pages (never a judge's reading of new lists).
// Output: one JSON line per question, for fitting and cross-validating a second-stage order (bench/evidence-rerank-cv.py).
//
//   npx tsx bench/evidence-rerank-probe.ts --out rows.jsonl [--db kb.sqlite] <batch>…
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { answerQuestion } from '../src/rag/answer-question.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { evidenceKbPath, pageNamePairs, readJsonl as jsonl } from './evidence-kb.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const batches = args.filter((a, i) => !a.startsWith('--') && !['--out', '--db', '--labels'].includes(args[i - 1]));
const out = opt('--out');
const labelsFile = opt('--labels') ?? 'bench/results/evidence-coverage-labels.jsonl';
if (!out || batches.length === 0) {
  console.error('usage: npx tsx bench/evidence-rerank-probe.ts --out rows.jsonl [--db kb.sqlite] [--labels f] <batch>…');
  process.exit(2);
}
const dbPath = evidenceKbPath(opt('--db'));
for (const f of [dbPath, labelsFile]) {
  if (!existsSync(f)) {
    console.error(`evidence-rerank-probe: no such file: ${f}`);
    process.exit(2);
  }
}
const labels = new Map(jsonl<{ id: string; page: string[] | null }>(labelsFile).map((l) => [l.id, l.page]));

const db = new Database(dbPath, { readonly: true });
const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
// Every name a page answers to, lower-cased: title, metadata aliases, synonyms, and the bilingual table's other names.
const pageNames = new Map<string, Set<string>>();
for (const [title, n] of pageNamePairs(db)) {
  if (!pageNames.has(title)) pageNames.set(title, new Set());
  pageNames.get(title)?.add(n);
}
const groupOf = new Map<string, string[]>();
for (const g of bilingualGroups())
  for (const n of g)
    groupOf.set(
      n.toLowerCase(),
      g.map((x) => x.toLowerCase()),
    );
for (const ns of pageNames.values()) for (const n of [...ns]) for (const o of groupOf.get(n) ?? []) ns.add(o);
const HAN = /\p{Script=Han}/u;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const says = (text: string, name: string) =>
  HAN.test(name) ? name.length >= 2 && text.includes(name) : name.length >= 3 && new RegExp(`(^|[^a-z])${esc(name)}s?($|[^a-z])`).test(text);
const cover = (of: string[], inSet: Set<string>) => (of.length ? of.filter((t) => inSet.has(t)).length / of.length : 0);
db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_vocab USING fts5vocab(main, chunks_fts, 'row')");
const dfStmt = db.prepare('SELECT doc FROM temp.chunks_vocab WHERE term = ?').pluck();
const chunkCount = db.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
const dfCache = new Map<string, number>();
const idf = (t: string) => {
  let n = dfCache.get(t);
  if (n === undefined) dfCache.set(t, (n = (dfStmt.get(t) as number | undefined) ?? 0));
  return n === 0 ? 0 : Math.log(1 + chunkCount / n);
};
// How much of the question (rare words weigh more) the page's retrieved passages hold, with and without the words of
// its own title: a page a question merely names shares the name; a page the question describes shares the story.
function idfFeatures(qTerms: string[], title: string, texts: string[]) {
  const q = [...new Set(qTerms)].filter((t) => idf(t) > 0);
  const total = q.reduce((s, t) => s + idf(t), 0) || 1;
  const body = new Set(texts.flatMap((x) => analyzer.terms(x)));
  const own = new Set(analyzer.queryTerms(title));
  const rest = q.filter((t) => !own.has(t));
  const restTotal = rest.reduce((s, t) => s + idf(t), 0) || 1;
  return {
    idfCover: +(q.filter((t) => body.has(t)).reduce((s, t) => s + idf(t), 0) / total).toFixed(3),
    idfBeyondName: +(rest.filter((t) => body.has(t)).reduce((s, t) => s + idf(t), 0) / restTotal).toFixed(3),
    idfTitle: +(q.filter((t) => own.has(t)).reduce((s, t) => s + idf(t), 0) / total).toFixed(3),
  };
}
function conceptFeatures(question: string, qTerms: string[], title: string, best: string) {
  const text = question.toLowerCase();
  const ns = [...(pageNames.get(title) ?? [title.toLowerCase()])];
  const q = new Set(qTerms);
  const tTerms = [...new Set(analyzer.queryTerms(title))];
  const bTerms = new Set(analyzer.queryTerms(best.slice(0, 400)));
  return {
    titleSaid: says(text, title.toLowerCase()),
    nameSaid: ns.some((n) => says(text, n)),
    titleCover: +cover(tTerms, q).toFixed(3),
    qCover: +cover([...q], bTerms).toFixed(3),
  };
}
const kb = await openKnowledgeBase({ dbPath, readonly: true });
const rows: string[] = [];
for (const batch of batches) {
  for (const q of jsonl<{ id: string; lang: 'zh' | 'en'; question: string }>(`bench/blind/${batch}.jsonl`)) {
    const result = await answerQuestion(q.question, { retriever: kb, backend: null, locale: q.lang });
    const chat = result.citations.map((c) => c.title);
    const pool = await kb.search(q.question, { k: 40 });
    const search = (await kb.search(q.question, { k: 3, oneSubject: true })).map((h) => h.title);
    const pages = new Map<
      string,
      { rank: number; n: number; score: number; about: boolean; lang: string; authority: string; source: string; best: string; texts: string[] }
    >();
    pool.forEach((h, i) => {
      const p = pages.get(h.title) ?? {
        rank: i,
        n: 0,
        score: 0,
        about: false,
        lang: h.lang,
        authority: h.authority,
        source: h.source,
        best: h.text,
        texts: [] as string[],
      };
      p.texts.push(h.text);
      p.n++;
      p.score += h.score;
      p.about ||= h.about !== undefined;
      pages.set(h.title, p);
    });
    for (const c of result.citations)
      if (!pages.has(c.title))
        pages.set(c.title, { rank: 40, n: 0, score: 0, about: false, lang: '', authority: c.authority, source: c.source, best: c.quote, texts: [c.quote] });
    const top = Math.max(1e-9, ...[...pages.values()].map((p) => p.score));
    const qTerms = analyzer.queryTerms(q.question);
    rows.push(
      JSON.stringify({
        id: q.id,
        batch,
        lang: q.lang,
        label: labels.get(q.id) ?? null,
        triage: result.triage.level,
        reasons: result.triage.reasons,
        chat,
        search,
        pages: [...pages].map(([title, p]) => ({
          title,
          chatPos: chat.indexOf(title),
          rank: p.rank,
          n: p.n,
          share: +(p.score / top).toFixed(4),
          about: p.about,
          sameLang: p.lang === q.lang,
          authority: p.authority,
          starter: p.source.startsWith('starter'),
          ...conceptFeatures(q.question, qTerms, title, p.best),
          ...idfFeatures(qTerms, title, p.texts),
        })),
      }),
    );
  }
}
writeFileSync(out, `${rows.join('\n')}\n`);
await kb.close();
db.close();
console.log(`evidence-rerank-probe: ${rows.length} questions → ${out}`);
