// RAG pipeline overhead before the first model token, over the knowledge base built from ../shared/data/kb
// (all of MedQuAD, the Chinese disease KG and the ChatDoctor disease table), with real user questions
// (MedicationQA in English, Huatuo consultations in Chinese). The model is an in-process backend that answers
// instantly, so the figure is pure pipeline: triage, analysis, retrieval, relevance, packaging, prompt.
// Target: p50 < 30 ms.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChatBackend, ChatDelta, ChatRequest, ChatResult } from '../src/models/backend.js';
import { streamAnswer } from '../src/rag/answer-question.js';
import { defaultTerminology } from '../src/rag/default-deps.js';
import type { AnswerOptions } from '../src/rag/options.js';
import { prepareAnswer } from '../src/rag/prepare-answer.js';
import { triage } from '../src/safety/triage.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { percentile, writeBenchResults } from './report.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const N_PER_LANG = Number(process.env.RAG_BENCH_N ?? 60);

/** Answers at once: whatever time passes before its first token is the pipeline's. */
function instantBackend(): ChatBackend {
  return {
    name: 'instant',
    spec: 'bench:instant',
    kind: 'scripted',
    remote: false,
    contextTokens: undefined,
    async *chat(_req: ChatRequest): AsyncIterable<ChatDelta> {
      yield { text: 'See source [1].' };
      yield { text: '', done: true, finishReason: 'stop', usage: { promptTokens: 0, completionTokens: 2 } };
    },
    async complete(): Promise<ChatResult> {
      return { text: '{"relevant":[1,2,3]}', usage: { promptTokens: 0, completionTokens: 5 }, finishReason: 'stop' };
    },
    async close() {},
  };
}

function questions(): { lang: string; q: string }[] {
  const en = readFileSync(join(DATA, 'bench', 'medicationqa-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { Question: string }).Question)
    .filter((q) => q && q.length > 10)
    .slice(0, N_PER_LANG);
  const zh = (JSON.parse(readFileSync(join(DATA, 'corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[] }[])
    .map((r) => r.instruction[0])
    .filter((q) => q && q.length > 6)
    .slice(0, N_PER_LANG);
  return [...en.map((q) => ({ lang: 'en', q })), ...zh.map((q) => ({ lang: 'zh', q }))];
}

/** Every 17th MedQuAD page's first question with the page URL: does the cited evidence include that page? */
function medquadProbes(max = 100): { q: string; url: string }[] {
  const root = join(DATA, 'kb', 'medquad');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(root, d.name, f)),
    )
    .sort();
  const out: { q: string; url: string }[] = [];
  for (let i = 0; i < files.length && out.length < max; i += 17) {
    const xml = readFileSync(files[i], 'utf8');
    const url = /url="([^"]+)"/.exec(xml)?.[1];
    const m = /<Question[^>]*>([^<]+)<\/Question>\s*<Answer>\s*\S/.exec(xml);
    if (url && m) out.push({ q: m[1].trim(), url });
  }
  return out;
}

interface Sample {
  lang: string;
  triageMs: number;
  citationsMs: number;
  firstTokenMs: number;
  sources: number;
}

async function measure(q: string, lang: string, options: AnswerOptions): Promise<Sample> {
  const t0 = performance.now();
  const s: Sample = { lang, triageMs: NaN, citationsMs: NaN, firstTokenMs: NaN, sources: 0 };
  for await (const ev of streamAnswer(q, options)) {
    const t = performance.now() - t0;
    if (ev.type === 'triage') s.triageMs = t;
    if (ev.type === 'citations') {
      s.citationsMs = t;
      s.sources = ev.citations.length;
    }
    if (ev.type === 'delta' && Number.isNaN(s.firstTokenMs)) s.firstTokenMs = t;
  }
  return s;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const row = (name: string, xs: number[]) => [name, xs.length, percentile(xs, 50).toFixed(1), percentile(xs, 90).toFixed(1), percentile(xs, 99).toFixed(1)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quarkmed-rag-bench-'));
  try {
    if (existsSync(join(DATA, 'terms'))) process.env.QUARKMED_TERMS ??= join(DATA, 'terms');
    const dbPath = join(dir, 'kb.sqlite');
    let t = performance.now();
    const writer = await openKnowledgeBase({ dbPath });
    await writer.ingest(join(DATA, 'kb'));
    const stats = writer.stats();
    await writer.close();
    const ingestS = (performance.now() - t) / 1000;

    const kb = await openKnowledgeBase({ dbPath, readonly: true });
    t = performance.now();
    await defaultTerminology(kb);
    const terminologyMs = performance.now() - t;
    const backend = instantBackend();
    const qs = questions();
    // One untimed pass warms SQLite pages and JIT, then each question runs every path (same cache state).
    for (const { q } of qs) await measure(q, 'warm', { retriever: kb, backend: null });
    const lexical: Sample[] = [];
    const judged: Sample[] = [];
    const evidence: Sample[] = [];
    for (const { q, lang } of qs) {
      lexical.push(await measure(q, lang, { retriever: kb, backend, relevance: 'lexical' }));
      judged.push(await measure(q, lang, { retriever: kb, backend, relevance: 'model' }));
      evidence.push(await measure(q, lang, { retriever: kb, backend: null }));
    }
    // Where the time goes: the stages before generation, per question.
    const terminology = await defaultTerminology(kb);
    const stages: Record<string, number[]> = { triage: [], analysis: [], retrieval: [], relevance: [], packaging: [] };
    for (const { q } of qs) {
      const t0 = performance.now();
      const tri = triage(q);
      stages.triage.push(performance.now() - t0);
      const prep = await prepareAnswer({ question: q, triage: tri, retriever: kb, terminology, relevance: 'lexical' });
      for (const [k, v] of Object.entries(prep.timings)) stages[k].push(v);
    }

    // Grounding probe: retrieval recall (top 20) vs. what survives relevance extraction and packaging.
    const probes = medquadProbes();
    let retrievedHit = 0;
    let citedHit = 0;
    for (const p of probes) {
      const hits = await kb.search(p.q, { k: 20 });
      if (hits.some((h) => h.url === p.url)) retrievedHit++;
      for await (const ev of streamAnswer(p.q, { retriever: kb, backend: null })) {
        if (ev.type === 'citations' && ev.citations.some((c) => c.url === p.url)) citedHit++;
      }
    }
    await kb.close();

    const ft = (xs: Sample[], lang?: string) => xs.filter((s) => !lang || s.lang === lang).map((s) => s.firstTokenMs);
    const p50 = percentile(ft(lexical), 50);
    const withSources = lexical.filter((s) => s.sources > 0).length / lexical.length;
    writeBenchResults(
      'rag',
      {
        questions: qs.length,
        kb: { documents: stats.documents, chunks: stats.chunks, ingestSeconds: Number(ingestS.toFixed(1)) },
        terminologyColdMs: Math.round(terminologyMs),
        firstTokenOverheadMs: { p50: r2(p50), p90: r2(percentile(ft(lexical), 90)), p99: r2(percentile(ft(lexical), 99)) },
        firstTokenOverheadByLang: { en: r2(percentile(ft(lexical, 'en'), 50)), zh: r2(percentile(ft(lexical, 'zh'), 50)) },
        withModelJudgeP50Ms: r2(percentile(ft(judged), 50)),
        evidenceAnswerP50Ms: r2(percentile(ft(evidence), 50)),
        triageEventP50Ms: r2(
          percentile(
            lexical.map((s) => s.triageMs),
            50,
          ),
        ),
        stageP50Ms: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Number(percentile(v, 50).toFixed(2))])),
        questionsWithSources: Number(withSources.toFixed(3)),
        medquadProbe: { questions: probes.length, retrievedTop20: retrievedHit / probes.length, cited: citedHit / probes.length },
        meanSources: Number((lexical.reduce((a, s) => a + s.sources, 0) / lexical.length).toFixed(2)),
        target: { firstTokenOverheadP50Ms: 30, met: p50 < 30 },
      },
      [
        {
          title: 'Pipeline time before the first answer token (ms)',
          columns: ['path', 'n', 'p50', 'p90', 'p99'],
          rows: [
            row('generated, lexical relevance (all)', ft(lexical)),
            row('generated, lexical relevance (en)', ft(lexical, 'en')),
            row('generated, lexical relevance (zh)', ft(lexical, 'zh')),
            row('generated, model relevance judge (instant model)', ft(judged)),
            row('evidence mode (whole answer)', ft(evidence)),
            row(
              'triage event',
              lexical.map((s) => s.triageMs),
            ),
            row(
              'citations event (retrieval + packaging done)',
              lexical.map((s) => s.citationsMs),
            ),
            ...Object.entries(stages).map(([k, v]) => row(`stage: ${k}`, v)),
          ],
          note: `MedQuAD probe (${probes.length} questions): source page in top-20 retrieval ${((100 * retrievedHit) / probes.length).toFixed(0)}%, among cited sources after relevance extraction ${((100 * citedHit) / probes.length).toFixed(0)}%. KB: ${stats.documents} documents, ${stats.chunks} chunks from ../shared/data/kb (ingested in ${ingestS.toFixed(1)} s). Terminology cold load ${Math.round(terminologyMs)} ms (once per process). ${(withSources * 100).toFixed(0)}% of questions got at least one source. Target p50 < 30 ms: ${p50 < 30 ? 'met' : 'NOT met'}.`,
        },
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
