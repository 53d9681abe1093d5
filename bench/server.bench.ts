// `npm run bench:server`: the real `quarkmed serve` (a child process, as users run it) on a MedQuAD-backed
// knowledge base, loaded from this machine with keep-alive connections.
//   1. GET /api/search at 50 concurrent connections: throughput and latency percentiles.
//   2. Chat overhead: POST /v1/chat/completions with a fast local OpenAI-protocol upstream, compared with
//      calling that upstream directly; the difference is QuarkMed's own time (triage, retrieval, relevance
//      and prompt packing, citation check, HTTP/JSON), excluding the model.
//   3. GET /healthz latency while an admin uploads a 20 MB JSONL file (ingest runs in a niced child process; target
//      p99 < 100 ms), against /healthz on the idle server. `BENCH_ONLY=ingest` runs this part alone.
//   4. `BENCH_ONLY=chat-load`: GET /healthz while 200 keep-alive connections post evidence-mode chat (no model: the
//      server's default experience; answers run in the search workers, a full queue answers 503 + Retry-After).
//      Target: /healthz p99 < 100 ms. Results in bench/results/server-chat-load.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, writeBenchResults } from './report.js';
import { startFakeOpenAI } from '../test/helpers/fake-openai-server.js';
import { medicalUpstreamReply } from '../test/helpers/server-fixtures.js';
import { REPO_ROOT, sharedPath } from '../test/helpers/shared-data.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';

const SEARCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SEARCH_CONCURRENCY = 50;
const CHAT_SEQUENTIAL = 150;
const CHAT_CONCURRENCY = 8;
const CHAT_SECONDS = 6;
// Search worker threads for `serve` (unset: its default, min(4, cores); 0: search on the main thread).
const SEARCH_THREADS = process.env.BENCH_SEARCH_THREADS;
const ONLY = process.env.BENCH_ONLY;
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 20);
const ADMIN_KEY = 'bench-admin-key';
const CHAT_LOAD_CONNECTIONS = Number(process.env.BENCH_CHAT_CONNECTIONS ?? 200);
const CHAT_LOAD_SECONDS = Number(process.env.BENCH_CHAT_SECONDS ?? 15);
const EVIDENCE_QUESTIONS = [
  'What are the symptoms of asthma?',
  'How is high blood pressure treated?',
  'What causes iron deficiency anemia?',
  'How can I prevent osteoporosis?',
  'What is the outlook for Parkinson disease?',
  'How do doctors test for celiac disease?',
  'Is there a vaccine for shingles?',
  'What triggers gout?',
];

const QUERIES = [
  'high blood pressure treatment',
  'iron deficiency anemia symptoms',
  'asthma inhaler',
  'type 2 diabetes diet',
  'heart failure causes',
  'stroke warning signs',
  'kidney stones pain',
  'migraine triggers',
  'thyroid hormone test',
  'osteoporosis prevention',
  'chronic cough causes',
  'sleep apnea treatment',
  'high cholesterol medicine',
  'pneumonia vaccine',
  'hepatitis B transmission',
  'anxiety disorder therapy',
  'arthritis joint pain',
  'skin cancer signs',
  'COPD breathing',
  'urinary tract infection',
];
const CHAT_QUESTIONS = [
  'How is high blood pressure treated?',
  'What causes iron deficiency anemia?',
  'What are the symptoms of asthma?',
  'How can I prevent osteoporosis?',
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function call(base: string, method: string, path: string, body?: unknown, via: Agent = agent): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method, agent: via, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => (bytes += d.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Run `worker` on `concurrency` loops until `seconds` pass (or `maxRequests`); latencies of 2xx replies. */
async function load(concurrency: number, seconds: number, worker: (i: number) => Promise<{ status: number; ms: number }>, maxRequests = Infinity) {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && issued < maxRequests) {
        const at = performance.now() - started;
        const r = await worker(issued++);
        if (process.env.BENCH_DEBUG && r.ms > 2000) console.log(`slow: ${Math.round(r.ms)} ms, started at ${Math.round(at)} ms, status ${r.status}`);
        if (r.status >= 200 && r.status < 300) latencies.push(r.ms);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { latencies, errors, elapsed, rps: latencies.length / elapsed };
}

const ms = (v: number) => Math.round(v * 100) / 100;

/** A JSONL upload of about `mb` megabytes built from the knowledge base's own MedQuAD documents (fresh ids). */
async function buildUpload(dbPath: string, mb: number): Promise<{ body: Buffer; docs: number }> {
  const kb = await openKnowledgeBase({ dbPath, readonly: true });
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(kb.dbPath, { readonly: true });
  const rows = db.prepare('SELECT title, sections, lang FROM documents LIMIT 4000').all() as { title: string; sections: string; lang: string }[];
  db.close();
  await kb.close();
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 2 ** 20; i++) {
    const r = rows[i % rows.length];
    const text = (JSON.parse(r.sections) as { text: string }[]).map((x) => x.text).join('\n\n');
    // About 10 KB per document, like the probe's upload (1,945 documents in 20 MB).
    const body = text.length >= 10_000 ? text.slice(0, 10_000) : text.repeat(Math.ceil(10_000 / Math.max(1, text.length))).slice(0, 10_000);
    const line = JSON.stringify({
      id: `upload:${i}`,
      title: `${r.title} (${i})`,
      text: body,
      source: 'bench-upload',
      lang: r.lang === 'zh' ? 'zh' : 'en',
      authority: 'C',
    });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return { body: Buffer.from(`${lines.join('\n')}\n`), docs: lines.length };
}

function upload(base: string, body: Buffer): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/kb/ingest`,
      { method: 'POST', headers: { 'content-type': 'application/x-ndjson', 'content-length': body.length, authorization: `Bearer ${ADMIN_KEY}` } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }));
      },
    );
    req.on('error', (err) => reject(new Error(`upload: ${err.message} after ${Math.round(performance.now() - started)} ms`)));
    req.end(body);
  });
}

// The health probe's own connection: sockets left idle while the upload was built would race the server's
// keep-alive timeout (ECONNRESET on reuse).
const probeAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/** /healthz every 20 ms until `until` settles; latencies. */
async function probeHealth(base: string, until: Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    // A failed probe counts as a very slow one (it would page someone).
    out.push(
      await call(base, 'GET', '/healthz', undefined, probeAgent).then(
        (r) => (r.status === 200 ? r.ms : 60_000),
        () => 60_000,
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

/** `quarkmed serve` as users run it (a child process) on a free port; resolves once /healthz answers. */
async function startServe(home: string, dbPath: string, model: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'src', 'cli', 'main.ts'),
      'serve',
      '--port',
      String(port),
      '--db',
      dbPath,
      '--model',
      model,
      '--rate-limit',
      '100000000',
      '--admin-key',
      ADMIN_KEY,
      ...(SEARCH_THREADS ? ['--search-threads', SEARCH_THREADS] : []),
    ],
    { env: { ...process.env, QUARKMED_HOME: home, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; ; i++) {
    try {
      if ((await call(base, 'GET', '/healthz')).status === 200) return { base, child };
    } catch {
      /* not up yet */
    }
    if (i > 300 || child.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** 4. /healthz under CHAT_LOAD_CONNECTIONS evidence-mode chat connections. */
async function chatLoad(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'qm-bench-chat-load-'));
  const dbPath = join(home, 'kb.sqlite');
  const kb = await openKnowledgeBase({ dbPath });
  const ing = await kb.ingest([sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA')]);
  await kb.close();
  console.log(`knowledge base: ${ing.documents} documents, ${ing.chunks} passages`);
  const { base, child } = await startServe(home, dbPath, 'none');
  const chatAgent = new Agent({ keepAlive: true, maxSockets: CHAT_LOAD_CONNECTIONS });
  try {
    const idle = await load(1, 3, () => call(base, 'GET', '/healthz', undefined, probeAgent));
    const statuses = new Map<number, number>();
    const answered: number[] = [];
    const loading = load(CHAT_LOAD_CONNECTIONS, CHAT_LOAD_SECONDS, async (i) => {
      const r = await call(
        base,
        'POST',
        '/v1/chat/completions',
        { model: 'quarkmed', messages: [{ role: 'user', content: EVIDENCE_QUESTIONS[i % EVIDENCE_QUESTIONS.length] }] },
        chatAgent,
      ).catch(() => ({ status: 0, ms: 0, bytes: 0 }));
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 200) answered.push(r.ms);
      // A well-behaved client waits as Retry-After says (1 s) before asking again.
      if (r.status === 503) await new Promise((done) => setTimeout(done, 1000));
      return r;
    });
    const during = await probeHealth(base, loading);
    await loading;
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const figures = {
      connections: CHAT_LOAD_CONNECTIONS,
      seconds: CHAT_LOAD_SECONDS,
      healthIdleP99Ms: ms(percentile(idle.latencies, 99)),
      healthP50Ms: ms(percentile(during, 50)),
      healthP95Ms: ms(percentile(during, 95)),
      healthP99Ms: ms(percentile(during, 99)),
      healthMaxMs: ms(Math.max(...during)),
      healthSamples: during.length,
      chatRequests: total,
      chatStatuses: Object.fromEntries(statuses),
      chatAnsweredPerSecond: ms(answered.length / CHAT_LOAD_SECONDS),
      chatAnsweredP50Ms: ms(percentile(answered, 50)),
      searchThreads: SEARCH_THREADS ?? 'default (min(4, cores))',
      loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    };
    writeBenchResults('server-chat-load', figures, [
      {
        title: `GET /healthz while ${CHAT_LOAD_CONNECTIONS} keep-alive connections post evidence-mode chat for ${CHAT_LOAD_SECONDS} s`,
        columns: ['measure', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
        rows: [
          [
            'idle server',
            idle.latencies.length,
            ms(percentile(idle.latencies, 50)),
            ms(percentile(idle.latencies, 95)),
            ms(percentile(idle.latencies, 99)),
            ms(Math.max(...idle.latencies)),
          ],
          ['under chat load', during.length, figures.healthP50Ms, figures.healthP95Ms, figures.healthP99Ms, figures.healthMaxMs],
        ],
        note: `Chat replies: ${JSON.stringify(figures.chatStatuses)} of ${total} (503 = queue full, with Retry-After; each client waits the 1 s it says before asking again); ${figures.chatAnsweredPerSecond} answers/s, answered p50 ${figures.chatAnsweredP50Ms} ms. Knowledge base: MedQuAD MedlinePlus (${ing.documents} documents, ${ing.chunks} passages), no model (evidence mode, answers in the search workers); search threads ${figures.searchThreads}; 1-minute load average ${figures.loadAverage1m} at the end (other work shares the 2 cores). Target: /healthz p99 < 100 ms.`,
      },
    ]);
    console.log(JSON.stringify(figures));
  } finally {
    chatAgent.destroy();
    await stopServe(child);
    agent.destroy();
    probeAgent.destroy();
  }
}

async function main(): Promise<void> {
  if (ONLY === 'chat-load') return chatLoad();
  const home = mkdtempSync(join(tmpdir(), 'qm-bench-server-'));
  const dbPath = join(home, 'kb.sqlite');
  const kb = await openKnowledgeBase({ dbPath });
  const ing = await kb.ingest([ONLY === 'ingest' ? sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA') : sharedPath('kb', 'medquad')]);
  await kb.close();
  console.log(`knowledge base: ${ing.documents} documents, ${ing.chunks} passages`);

  const upstream = await startFakeOpenAI({ reply: (b) => medicalUpstreamReply(b) });
  const { base, child } = await startServe(home, dbPath, `openai:${upstream.baseURL}#fake-model?retries=0`);
  try {
    // 3. /healthz while a large JSONL upload is parsed and ingested (worker thread), against the idle server.
    const { body: uploadBody, docs: uploadDocs } = await buildUpload(dbPath, UPLOAD_MB);
    const idle = await load(1, 3, () => call(base, 'GET', '/healthz', undefined, probeAgent));
    const uploading = upload(base, uploadBody);
    const during = await probeHealth(base, uploading);
    const up = await uploading;
    if (up.status !== 200) throw new Error(`upload failed: HTTP ${up.status} ${up.text.slice(0, 300)}`);
    const ingestSection = {
      title: `GET /healthz during an admin upload of ${(uploadBody.length / 2 ** 20).toFixed(1)} MB JSONL (${uploadDocs} documents)`,
      columns: ['measure', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      rows: [
        [
          'idle server',
          idle.latencies.length,
          ms(percentile(idle.latencies, 50)),
          ms(percentile(idle.latencies, 95)),
          ms(percentile(idle.latencies, 99)),
          ms(Math.max(...idle.latencies)),
        ],
        ['during the upload', during.length, ms(percentile(during, 50)), ms(percentile(during, 95)), ms(percentile(during, 99)), ms(Math.max(...during))],
      ] as (string | number)[][],
      note: `The upload took ${(up.ms / 1000).toFixed(1)} s end to end (parse, validate, segment, screen and write in a niced child process; search workers refreshed after). Target: /healthz p99 < 100 ms during ingest. A probe every 20 ms on one keep-alive connection.`,
    };
    const ingestFigures = {
      uploadMB: ms(uploadBody.length / 2 ** 20),
      documents: uploadDocs,
      uploadSeconds: ms(up.ms / 1000),
      healthIdleP99Ms: ms(percentile(idle.latencies, 99)),
      healthDuringP50Ms: ms(percentile(during, 50)),
      healthDuringP99Ms: ms(percentile(during, 99)),
      healthDuringMaxMs: ms(Math.max(...during)),
      samples: during.length,
    };
    if (ONLY === 'ingest') {
      writeBenchResults('server-ingest', { ingest: ingestFigures, loadAverage1m: Math.round(loadavg()[0] * 10) / 10 }, [ingestSection]);
      return;
    }

    // Warm-up (JIT, SQLite page cache) on all 50 connections, so the measurement is steady state (as wrk
    // connects first) rather than connection set-up behind a saturated event loop.
    await load(SEARCH_CONCURRENCY, 3, (i) => call(base, 'GET', `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&k=10`));
    const search = await load(SEARCH_CONCURRENCY, SEARCH_SECONDS, (i) =>
      call(base, 'GET', `/api/search?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&k=10`),
    );

    const chatBody = (i: number) => ({ model: 'quarkmed', messages: [{ role: 'user', content: CHAT_QUESTIONS[i % CHAT_QUESTIONS.length] }] });
    const upstreamBase = upstream.url;
    // The same upstream, called directly: what the model costs on its own (twice per answer: relevance + answer).
    const direct = await load(
      1,
      60,
      (i) => call(upstreamBase, 'POST', '/v1/chat/completions', { model: 'fake-model', messages: chatBody(i).messages }),
      CHAT_SEQUENTIAL,
    );
    const before = upstream.requests.length;
    const chatSeq = await load(1, 120, (i) => call(base, 'POST', '/v1/chat/completions', chatBody(i)), CHAT_SEQUENTIAL);
    const upstreamCallsPerAnswer = (upstream.requests.length - before) / Math.max(1, chatSeq.latencies.length + chatSeq.errors);
    const chatConc = await load(CHAT_CONCURRENCY, CHAT_SECONDS, (i) => call(base, 'POST', '/v1/chat/completions', chatBody(i)));

    const directP50 = percentile(direct.latencies, 50);
    const modelShare = directP50 * upstreamCallsPerAnswer;
    const overhead = chatSeq.latencies.map((l) => l - modelShare);
    const figures = {
      search: {
        concurrency: SEARCH_CONCURRENCY,
        seconds: SEARCH_SECONDS,
        requests: search.latencies.length,
        errors: search.errors,
        rps: Math.round(search.rps),
        p50Ms: ms(percentile(search.latencies, 50)),
        p95Ms: ms(percentile(search.latencies, 95)),
        p99Ms: ms(percentile(search.latencies, 99)),
      },
      chat: {
        sequentialRequests: chatSeq.latencies.length,
        errors: chatSeq.errors + chatConc.errors,
        upstreamCallsPerAnswer: ms(upstreamCallsPerAnswer),
        endToEndP50Ms: ms(percentile(chatSeq.latencies, 50)),
        endToEndP99Ms: ms(percentile(chatSeq.latencies, 99)),
        upstreamDirectP50Ms: ms(directP50),
        overheadP50Ms: ms(percentile(overhead, 50)),
        overheadP95Ms: ms(percentile(overhead, 95)),
        overheadP99Ms: ms(percentile(overhead, 99)),
        concurrent: {
          concurrency: CHAT_CONCURRENCY,
          rps: ms(chatConc.rps),
          p50Ms: ms(percentile(chatConc.latencies, 50)),
          p99Ms: ms(percentile(chatConc.latencies, 99)),
        },
      },
      kb: { documents: ing.documents, passages: ing.chunks },
      ingest: ingestFigures,
      searchThreads: SEARCH_THREADS ?? 'default (min(4, cores))',
      loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    };
    writeBenchResults('server', figures, [
      {
        title: `GET /api/search (k=10), ${SEARCH_CONCURRENCY} keep-alive connections, ${SEARCH_SECONDS} s`,
        columns: ['requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'],
        rows: [
          [
            search.latencies.length,
            search.errors,
            Math.round(search.rps),
            ms(percentile(search.latencies, 50)),
            ms(percentile(search.latencies, 95)),
            ms(percentile(search.latencies, 99)),
          ],
        ],
        note: `Knowledge base: all of MedQuAD (${ing.documents} documents, ${ing.chunks} passages), lexical search; search worker threads: ${figures.searchThreads}; ${QUERIES.length} rotating queries; server and load generator share this machine (1-minute load average ${figures.loadAverage1m} at the end of the run: other work competes for the same cores).`,
      },
      {
        title: 'Chat overhead: POST /v1/chat/completions (non-streaming) with a fast local upstream',
        columns: ['measure', 'p50 ms', 'p95 ms', 'p99 ms'],
        rows: [
          [
            'QuarkMed end to end (sequential)',
            ms(percentile(chatSeq.latencies, 50)),
            ms(percentile(chatSeq.latencies, 95)),
            ms(percentile(chatSeq.latencies, 99)),
          ],
          ['upstream called directly', ms(directP50), ms(percentile(direct.latencies, 95)), ms(percentile(direct.latencies, 99))],
          [
            `server time excluding the model (${ms(upstreamCallsPerAnswer)} upstream calls/answer)`,
            ms(percentile(overhead, 50)),
            ms(percentile(overhead, 95)),
            ms(percentile(overhead, 99)),
          ],
          [
            `${CHAT_CONCURRENCY} concurrent clients: ${ms(chatConc.rps)} answers/s`,
            ms(percentile(chatConc.latencies, 50)),
            ms(percentile(chatConc.latencies, 95)),
            ms(percentile(chatConc.latencies, 99)),
          ],
        ],
        note: 'Overhead = end-to-end latency minus (direct upstream p50 × upstream calls per answer): triage, retrieval, relevance judging and prompt packing, citation check, HTTP and JSON.',
      },
      ingestSection,
    ]);
  } finally {
    // A server that already died (the run then fails) would never emit 'exit' again.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await upstream.close();
    agent.destroy();
    probeAgent.destroy();
  }
}

await main();
