// Retrieval quality and latency on real data, built at run time from ../shared/data:
//  (a) MedQuAD: index answers only, query with each question; a hit is any chunk of the same QA document.
//  (b) Chinese disease KG: per disease a natural-language query from 3–5 of its symptoms; a hit is that disease.
//  (c) MedQuAD synonym questions: the questions of (a) whose focus has synonyms, with the focus replaced by one
//      (e.g. "What is (are) A1C ?" → "… Glycohemoglobin ?"): what entity/synonym expansion is for.
//  (d) Colloquial: 120 patient-worded questions (60 zh, 60 en; bench/colloquial.ts), lay words vs clinical sources.
// Compared: BM25 only, BM25 + entity/synonym expansion, and hybrid when QUARKMED_BENCH_EMBEDDER names a real
// embedder (the tiny random test models carry no meaning, so hybrid is skipped without one).
// Latency: 1,000 mixed queries through the knowledge base beside a naive in-memory BM25 over the same terms.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { percentile, writeBenchResults, type BenchSection } from './report.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import type { Doc } from '../src/core/types.js';
import { loadPath } from '../src/knowledge/loaders/index.js';
import { loadTerminology } from '../src/knowledge/terminology.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { openKnowledgeBase, type KnowledgeBase } from '../src/retrieval/knowledge-base.js';
import type { SearchOptions } from '../src/retrieval/store.js';
import { createEmbedder } from '../src/models/embedders/create-embedder.js';
import { createRng } from '../src/core/random.js';
import { loadColloquialQueries } from './colloquial.js';

interface Query {
  text: string;
  docId: string;
  set: 'medquad' | 'kg' | 'synonym' | 'colloquial';
  lang?: 'zh' | 'en';
  /** Every id that counts as a hit when more than one does (colloquial targets); else just docId. */
  accept?: Set<string>;
}

const push = (m: Map<string, string[]>, key: string, id: string) => m.set(key, [...(m.get(key) ?? []), id]);

const TEMPLATES = [
  (s: string[]) => `我最近${s.slice(0, -1).join('、')}，还有${s[s.length - 1]}，是什么病？`,
  (s: string[]) => `出现${s.slice(0, -1).join('、')}和${s[s.length - 1]}是怎么回事`,
  (s: string[]) => `家人${s.join('，')}，可能得了什么病`,
  (s: string[]) => `${s.join('、')}，这些症状需要看什么病`,
];

/** Answers only: the question must not leak into the index (section headings dropped too). */
async function* medquadAnswersOnly(queries: Query[], byFocus = new Map<string, string[]>()): AsyncIterable<Doc> {
  for await (const d of loadPath(sharedPath('kb', 'medquad'), { includeQuestions: false })) {
    if (typeof d.metadata.focus === 'string') push(byFocus, d.metadata.focus.toLowerCase(), d.id);
    const q = d.metadata.question;
    if (typeof q === 'string' && q.trim()) {
      queries.push({ text: q, docId: d.id, set: 'medquad' });
      const focus = String(d.metadata.focus ?? '');
      const syn = ((d.metadata.synonyms as string[]) ?? []).find((x) => x.length >= 4 && !x.toLowerCase().includes(focus.toLowerCase()));
      const at = focus ? q.toLowerCase().indexOf(focus.toLowerCase()) : -1;
      if (syn && at >= 0) queries.push({ text: q.slice(0, at) + syn + q.slice(at + focus.length), docId: d.id, set: 'synonym' });
    }
    yield { ...d, sections: d.sections.map((s) => ({ path: [], text: s.text })), metadata: { ...d.metadata, question: undefined } };
  }
}

async function kgQueries(byTitle = new Map<string, string[]>()): Promise<Query[]> {
  const rand = createRng(20250101);
  const out: Query[] = [];
  for await (const d of loadPath(sharedPath('kb', 'disease-kg-zh'))) {
    push(byTitle, d.title, d.id);
    const symptoms = [...new Set((d.metadata.symptoms as string[]).filter((s) => s.length >= 2))];
    if (symptoms.length < 3) continue;
    const n = Math.min(symptoms.length, 3 + Math.floor(rand() * 3));
    const picked = [...symptoms].sort(() => rand() - 0.5).slice(0, n);
    out.push({ text: TEMPLATES[Math.floor(rand() * TEMPLATES.length)](picked), docId: d.id, set: 'kg' });
  }
  return out;
}

interface Quality {
  n: number;
  r1: number;
  r5: number;
  r10: number;
  mrr: number;
}

async function evaluate(kb: KnowledgeBase, queries: Query[], opts: SearchOptions): Promise<Quality> {
  let r1 = 0,
    r5 = 0,
    r10 = 0,
    mrr = 0;
  for (const q of queries) {
    const hits = await kb.search(q.text, { ...opts, k: 10 });
    const rank = hits.findIndex((h) => (q.accept ? q.accept.has(h.docId) : h.docId === q.docId));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 5) r5++;
    if (rank >= 0) {
      r10++;
      mrr += 1 / (rank + 1);
    }
  }
  const n = queries.length;
  return { n, r1: r1 / n, r5: r5 / n, r10: r10 / n, mrr: mrr / n };
}

/** The baseline: BM25 over an in-memory inverted index of the same terms, scoring every posting naively. */
function naiveBm25(docs: { id: number; terms: string[] }[]) {
  const postings = new Map<string, { id: number; tf: number }[]>();
  const len = new Map<number, number>();
  let total = 0;
  for (const d of docs) {
    len.set(d.id, d.terms.length);
    total += d.terms.length;
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = postings.get(t) ?? [];
      list.push({ id: d.id, tf: n });
      postings.set(t, list);
    }
  }
  const N = docs.length;
  const avg = total / N;
  return (terms: string[], k: number) => {
    const scores = new Map<number, number>();
    for (const t of terms) {
      const list = postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5));
      for (const p of list) {
        const s = (idf * p.tf * 2.2) / (p.tf + 1.2 * (0.25 + (0.75 * (len.get(p.id) ?? 0)) / avg));
        scores.set(p.id, (scores.get(p.id) ?? 0) + s);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, k);
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qm-bench-retrieval-'));
  const dbPath = join(dir, 'kb.sqlite');
  const kb = await openKnowledgeBase({ dbPath });
  const terms = await loadTerminology({ termsDir: sharedPath('terms') });
  kb.addLexicon(terms.words());
  const mq: Query[] = [];
  let t = Date.now();
  const byFocus = new Map<string, string[]>();
  await kb.ingest(medquadAnswersOnly(mq, byFocus));
  const medquad = mq.filter((q) => q.set === 'medquad');
  const synonym = mq.filter((q) => q.set === 'synonym');
  await kb.ingest([sharedPath('kb', 'disease-kg-zh'), sharedPath('kb', 'chatdoctor-diseases.csv')]);
  const buildSecs = (Date.now() - t) / 1000;
  const kgByTitle = new Map<string, string[]>();
  const kg = await kgQueries(kgByTitle);
  const colloquial: Query[] = loadColloquialQueries(kgByTitle, byFocus).map((c) => ({
    text: c.text,
    docId: [...c.docIds][0],
    set: 'colloquial',
    accept: c.docIds,
    lang: c.lang,
  }));
  const colloquialZh = colloquial.filter((q) => q.lang === 'zh');
  const colloquialEn = colloquial.filter((q) => q.lang === 'en');
  const stats = kb.stats();
  console.error(
    `index: ${stats.documents} docs, ${stats.chunks} chunks in ${buildSecs.toFixed(1)} s; ${medquad.length} MedQuAD + ${kg.length} KG + ${synonym.length} synonym queries`,
  );

  const configs: { name: string; opts: SearchOptions }[] = [
    { name: 'BM25 only', opts: { mode: 'bm25', expand: false } },
    { name: 'BM25 + expansion (synonyms, lay terms, section intents), no described topic', opts: { mode: 'bm25', expand: true, described: false } },
    { name: 'BM25 + expansion (synonyms, lay terms, section intents)', opts: { mode: 'bm25', expand: true } },
  ];
  const results: Record<string, { medquad: Quality; kg: Quality; synonym: Quality }> = {};
  const colloquialResults: Record<string, { all: Quality; zh: Quality; en: Quality }> = {};
  for (const c of configs) {
    t = Date.now();
    results[c.name] = { medquad: await evaluate(kb, medquad, c.opts), kg: await evaluate(kb, kg, c.opts), synonym: await evaluate(kb, synonym, c.opts) };
    colloquialResults[c.name] = {
      all: await evaluate(kb, colloquial, c.opts),
      zh: await evaluate(kb, colloquialZh, c.opts),
      en: await evaluate(kb, colloquialEn, c.opts),
    };
    console.error(`${c.name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }

  // Hybrid only with a real embedder (embedding ~37k chunks with it; expect minutes on CPU).
  const embSpec = process.env.QUARKMED_BENCH_EMBEDDER;
  let hybridNote = 'Hybrid not measured: set QUARKMED_BENCH_EMBEDDER to a real embedder spec (the tiny test models are random).';
  if (embSpec) {
    const embedder = await createEmbedder(embSpec);
    const hkb = await openKnowledgeBase({ dbPath: join(dir, 'hybrid.sqlite'), embedder });
    hkb.addLexicon(terms.words());
    await hkb.ingest(medquadAnswersOnly([]));
    await hkb.ingest([sharedPath('kb', 'disease-kg-zh'), sharedPath('kb', 'chatdoctor-diseases.csv')]);
    results[`Hybrid (${embedder.id})`] = {
      medquad: await evaluate(hkb, medquad, { mode: 'hybrid', expand: true }),
      kg: await evaluate(hkb, kg, { mode: 'hybrid', expand: true }),
      synonym: await evaluate(hkb, synonym, { mode: 'hybrid', expand: true }),
    };
    hybridNote = `Hybrid measured with ${embedder.id}.`;
    await hkb.close();
    await embedder.close();
  }

  // Latency: 1,000 queries (500 of each set, fixed sample), warmed up, default options (expansion on).
  const rand = createRng(7);
  const sample = [...[...medquad].sort(() => rand() - 0.5).slice(0, 500), ...[...kg].sort(() => rand() - 0.5).slice(0, 500)].sort(() => rand() - 0.5);
  for (const q of sample.slice(0, 50)) await kb.search(q.text, { k: 10 });
  const kbMs: number[] = [];
  const kbCpu: number[] = [];
  for (const q of sample) {
    const c = process.cpuUsage();
    const s = performance.now();
    await kb.search(q.text, { k: 10 });
    kbMs.push(performance.now() - s);
    const d = process.cpuUsage(c);
    kbCpu.push((d.user + d.system) / 1000);
  }
  // Baseline over the same chunks and the same analyzer (terms read back from the stored chunk text).
  const raw = new Database(dbPath, { readonly: true });
  const analyzer = createAnalyzer(raw.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
  const rows = raw.prepare('SELECT c.rid AS id, d.title, c.text FROM chunks c JOIN documents d ON d.rid = c.doc_rid').all() as {
    id: number;
    title: string;
    text: string;
  }[];
  raw.close();
  t = Date.now();
  const naive = naiveBm25(rows.map((r) => ({ id: r.id, terms: analyzer.terms(`${r.title} ${r.text}`) })));
  const naiveBuild = (Date.now() - t) / 1000;
  const naiveMs: number[] = [];
  const naiveCpu: number[] = [];
  for (const q of sample) {
    const c = process.cpuUsage();
    const s = performance.now();
    naive(analyzer.queryTerms(q.text), 10);
    naiveMs.push(performance.now() - s);
    const d = process.cpuUsage(c);
    naiveCpu.push((d.user + d.system) / 1000);
  }
  await kb.close();
  rmSync(dir, { recursive: true, force: true });

  const lat = (xs: number[]) => ({
    p50: percentile(xs, 50),
    p95: percentile(xs, 95),
    p99: percentile(xs, 99),
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
  });
  const kbLat = lat(kbMs);
  const naiveLat = lat(naiveMs);
  const kbCpuLat = lat(kbCpu);
  const naiveCpuLat = lat(naiveCpu);
  const sections: BenchSection[] = [
    {
      title: `Retrieval quality (${medquad.length} MedQuAD questions, ${kg.length} KG symptom queries, ${synonym.length} MedQuAD synonym questions; index ${stats.documents} docs / ${stats.chunks} chunks)`,
      columns: ['config', 'MedQuAD R@1', 'R@5', 'R@10', 'MRR@10', 'KG R@1', 'R@5', 'R@10', 'MRR@10', 'Synonym R@1', 'R@5', 'R@10', 'MRR@10'],
      rows: Object.entries(results).map(([name, r]) => [
        name,
        ...[r.medquad, r.kg, r.synonym].flatMap((x) => [pct(x.r1), pct(x.r5), pct(x.r10), x.mrr.toFixed(3)]),
      ]),
      note: `${hybridNote} MedQuAD: answers indexed without their questions; KG queries from 3–5 symptoms in 4 templates (seeded). Distractors: every other source in ../shared/data/kb.`,
    },
    {
      title: `Colloquial queries (${colloquial.length}: ${colloquialZh.length} zh, ${colloquialEn.length} en; bench/data/colloquial-queries.jsonl)`,
      columns: ['config', 'all R@1', 'R@5', 'R@10', 'MRR@10', 'zh R@1', 'R@5', 'R@10', 'MRR@10', 'en R@1', 'R@5', 'R@10', 'MRR@10'],
      rows: Object.entries(colloquialResults).map(([name, r]) => [
        name,
        ...[r.all, r.zh, r.en].flatMap((x) => [pct(x.r1), pct(x.r5), pct(x.r10), x.mrr.toFixed(3)]),
      ]),
      note: 'Patient wording (小孩发烧39度…, "my kid keeps throwing up"); zh targets are disease-KG titles, en targets MedQuAD focus names (any QA document of the focus is a hit).',
    },
    {
      title: 'Search latency, 1,000 queries (500 MedQuAD + 500 KG), k=10, warmed',
      columns: ['engine', 'wall p50 ms', 'p95', 'p99', 'mean', 'CPU p50 ms', 'CPU p95'],
      rows: [
        [
          'knowledge base (FTS5 BM25 + expansion + prior + pruning)',
          ...[kbLat.p50, kbLat.p95, kbLat.p99, kbLat.mean, kbCpuLat.p50, kbCpuLat.p95].map((x) => x.toFixed(2)),
        ],
        [
          `naive in-memory BM25 (built in ${naiveBuild.toFixed(1)} s)`,
          ...[naiveLat.p50, naiveLat.p95, naiveLat.p99, naiveLat.mean, naiveCpuLat.p50, naiveCpuLat.p95].map((x) => x.toFixed(2)),
        ],
        [
          'ratio naive / knowledge base',
          ...[
            naiveLat.p50 / kbLat.p50,
            naiveLat.p95 / kbLat.p95,
            naiveLat.p99 / kbLat.p99,
            naiveLat.mean / kbLat.mean,
            naiveCpuLat.p50 / kbCpuLat.p50,
            naiveCpuLat.p95 / kbCpuLat.p95,
          ].map((x) => x.toFixed(2)),
        ],
      ],
      note: `Targets: p50 < 5 ms, p95 < 20 ms. Wall time includes waiting for the CPU on a shared machine (load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(
          ', ',
        )}); CPU time is the process's own. The naive baseline keeps every posting in JS memory (rebuilt in every process), scores every posting of every query term and sorts all candidates; it does no expansion, prior or pruning.`,
    },
  ];
  writeBenchResults(
    'retrieval',
    {
      index: { documents: stats.documents, chunks: stats.chunks, buildSeconds: buildSecs },
      quality: results,
      colloquial: colloquialResults,
      latencyMs: { knowledgeBase: kbLat, naiveBm25: naiveLat },
      cpuMs: { knowledgeBase: kbCpuLat, naiveBm25: naiveCpuLat },
      loadavg: loadavg(),
    },
    sections,
  );
}

await main();
