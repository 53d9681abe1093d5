// Ingest throughput of the whole ../shared/data/kb (MedQuAD XML, disease-KG JSON, ChatDoctor CSV), as a user runs it
// (`quarkmed kb ingest ../shared/data/kb --terms ../shared/data/terms`). Target: under 60 s on this machine.
// Baseline in the same run: loading and chunking alone (no segmentation, no SQLite), to show what indexing costs;
// plus a re-ingest of the unchanged corpus (hash skip) and a run without the medical lexicon.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchResults } from './report.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import { chunkDoc } from '../src/knowledge/chunk.js';
import { loadPath } from '../src/knowledge/loaders/index.js';
import { loadTerminology } from '../src/knowledge/terminology.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import type { IngestSummary } from '../src/retrieval/ingest.js';

const KB = sharedPath('kb');

function treeBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + treeBytes(join(path, f)), 0);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; secs: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const d = process.cpuUsage(c);
  return { value, secs: (performance.now() - t) / 1000, cpu: (d.user + d.system) / 1e6 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qm-bench-ingest-'));
  const bytes = treeBytes(KB);

  const baseline = await timed(async () => {
    let docs = 0;
    let chunks = 0;
    for await (const d of loadPath(KB)) {
      docs++;
      chunks += chunkDoc(d).length;
    }
    return { docs, chunks };
  });

  const withTerms = join(dir, 'terms.sqlite');
  const full = await timed(async () => {
    const kb = await openKnowledgeBase({ dbPath: withTerms });
    const terms = await loadTerminology({ termsDir: sharedPath('terms') });
    kb.addLexicon(terms.words());
    const s = await kb.ingest(KB);
    await kb.close();
    return s;
  });
  const again = await timed(async () => {
    const kb = await openKnowledgeBase({ dbPath: withTerms });
    const s = await kb.ingest(KB);
    await kb.close();
    return s;
  });
  const plain = await timed(async () => {
    const kb = await openKnowledgeBase({ dbPath: join(dir, 'plain.sqlite') });
    const s = await kb.ingest(KB);
    await kb.close();
    return s;
  });
  const dbBytes = statSync(withTerms).size;
  rmSync(dir, { recursive: true, force: true });

  const row = (name: string, r: { secs: number; cpu: number }, s: { documents: number; chunks: number; skipped?: number }) => [
    name,
    r.secs.toFixed(1),
    r.cpu.toFixed(1),
    s.documents,
    s.chunks,
    s.skipped ?? '-',
    Math.round(s.documents / r.secs),
    (bytes / 2 ** 20 / r.secs).toFixed(2),
  ];
  const sum = (s: IngestSummary) => ({ documents: s.documents, chunks: s.chunks, skipped: s.skipped });
  writeBenchResults(
    'kb-ingest',
    {
      corpusBytes: bytes,
      dbBytes,
      baseline: { seconds: baseline.secs, ...baseline.value },
      fullWithTerms: { seconds: full.secs, cpuSeconds: full.cpu, ...sum(full.value), failed: full.value.failed },
      reingestUnchanged: { seconds: again.secs, ...sum(again.value) },
      withoutTerms: { seconds: plain.secs, ...sum(plain.value) },
      ratioFullToBaseline: full.secs / baseline.secs,
      loadavg: loadavg(),
    },
    [
      {
        title: `Ingest of ../shared/data/kb (${(bytes / 2 ** 20).toFixed(1)} MiB of XML/JSON/CSV → ${(dbBytes / 2 ** 20).toFixed(1)} MiB SQLite)`,
        columns: ['run', 'wall s', 'CPU s', 'documents', 'chunks', 'unchanged', 'docs/s', 'MiB/s'],
        rows: [
          row('baseline: load + chunk only (no index)', baseline, { documents: baseline.value.docs, chunks: baseline.value.chunks }),
          row('full ingest with medical lexicon (--terms)', full, sum(full.value)),
          row('re-ingest, nothing changed (hash skip)', again, sum(again.value)),
          row('full ingest without --terms', plain, sum(plain.value)),
        ],
        note: `Target: full ingest under 60 s. Full ingest / baseline = ${(full.secs / baseline.secs).toFixed(1)}×. Load average at the end: ${loadavg()
          .map((x) => x.toFixed(1))
          .join(', ')} (shared machine; CPU s is this process's own time).`,
      },
    ],
  );
}

await main();
