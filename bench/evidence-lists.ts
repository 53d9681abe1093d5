// Chat and /api/search top-3 titles per question of judged batches, written the way bench/evidence-judge.ts shows them
// (answerQuestion in evidence mode; kb.search k=3 oneSubject), and scored against the labelled pages
// (evidence-kb.ts topicLabeller): first title labelled, any of the top 3 labelled. `compare` diffs two runs per batch.
//
//   npx tsx bench/evidence-lists.ts run --out lists.jsonl [--db kb.sqlite] <batch>…
//   npx tsx bench/evidence-lists.ts compare before.jsonl after.jsonl
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { answerQuestion } from '../src/rag/answer-question.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import type { SearchOptions } from '../src/retrieval/store.js';
import { evidenceKbPath, readJsonl, topicLabeller } from './evidence-kb.js';

interface Row {
  id: string;
  batch: string;
  lang: string;
  topic: string;
  page: string[] | null;
  chat: string[];
  search: string[];
}
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [mode, ...rest] = args.filter((a, i) => !a.startsWith('--') && !['--out', '--db', '--option'].includes(args[i - 1]));

// A batch name (bench/blind/<batch>.jsonl) or a JSONL file of one's own questions ({id, lang, question, topic}).
const batchFile = (b: string) => (b.endsWith('.jsonl') ? b : `bench/blind/${b}.jsonl`);

const score = (rows: Row[], side: 'chat' | 'search') => {
  let first = 0;
  let top3 = 0;
  for (const r of rows) {
    const right = new Set((r.page ?? []).map((p) => p.toLowerCase()));
    const t = r[side].map((x) => x.toLowerCase());
    if (t[0] && right.has(t[0])) first++;
    if (t.slice(0, 3).some((x) => right.has(x))) top3++;
  }
  return { first, top3 };
};

type Question = { id: string; lang: string; question: string; topic: string };
type Retriever = Parameters<typeof answerQuestion>[1]['retriever'] & { search: (q: string, o?: SearchOptions) => Promise<{ id: string; title: string }[]> };

/** The evidence KB (read-only) and the labeller of right pages; a missing file is a clear exit 2, not a stack trace. */
async function openEvidence(tool: string) {
  const dbPath = evidenceKbPath(opt('--db'));
  if (!existsSync(dbPath)) {
    console.error(`evidence-lists ${tool}: no such file: ${dbPath}`);
    process.exit(2);
  }
  const label = topicLabeller(new Database(dbPath, { readonly: true }), bilingualGroups());
  return { label, kb: await openKnowledgeBase({ dbPath, readonly: true }) };
}

/** One question's chat and /api/search top-3 titles through a retriever — the one shape both modes write. */
async function listRow(r: Retriever, q: Question, batch: string, label: (id: string, topic: string) => string[] | null): Promise<Row> {
  const result = await answerQuestion(q.question, { retriever: r, backend: null, locale: q.lang });
  const search = (await r.search(q.question, { k: 3, oneSubject: true })).map((h) => h.title);
  return { id: q.id, batch, lang: q.lang, topic: q.topic, page: label(q.id, q.topic), chat: result.citations.slice(0, 3).map((c) => c.title), search };
}

if (mode === 'run') {
  const out = opt('--out');
  if (!out || rest.length === 0) {
    console.error('usage: npx tsx bench/evidence-lists.ts run --out lists.jsonl [--db kb.sqlite] <batch>…');
    process.exit(2);
  }
  const { label, kb } = await openEvidence('run');
  const rows: string[] = [];
  for (const batch of rest) for (const q of readJsonl<Question>(batchFile(batch))) rows.push(JSON.stringify(await listRow(kb, q, batch, label)));
  await kb.close();
  writeFileSync(out, `${rows.join('\n')}\n`);
  console.log(`evidence-lists: ${rows.length} questions → ${out}`);
} else if (mode === 'toggle') {
  // In one process, a search option off (the design before) and on (now): only questions whose k=10 search differs
  // are run through chat both ways; the rest are counted unchanged. A quick probe — confirm with two full runs.
  const option = opt('--option') ?? 'checker';
  const { label, kb } = await openEvidence('toggle');
  const off = { search: (q: string, o: SearchOptions = {}) => kb.search(q, { ...o, [option]: false }), unpagedNames: kb.unpagedNames?.bind(kb) };
  const before: Row[] = [];
  const after: Row[] = [];
  const ids = async (r: Retriever, q: Question) => (await r.search(q.question, { k: 10 })).map((h) => h.id).join();
  for (const batch of rest)
    for (const q of readJsonl<Question>(batchFile(batch))) {
      if ((await ids(off, q)) === (await ids(kb, q))) continue;
      before.push(await listRow(off, q, batch, label));
      after.push(await listRow(kb, q, batch, label));
    }
  await kb.close();
  const out = opt('--out') ?? '/tmp/evidence-toggle';
  writeFileSync(`${out}.before.jsonl`, before.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(`${out}.after.jsonl`, after.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`evidence-lists toggle ${option}: ${before.length} questions differ → ${out}.before.jsonl / .after.jsonl (compare them)`);
} else if (mode === 'compare' && rest.length === 2) {
  const [a, b] = rest.map((f) => readJsonl<Row>(f));
  const after = new Map(b.map((r) => [r.id, r]));
  const batches = [...new Set(a.map((r) => r.batch))];
  for (const batch of [...batches, 'all']) {
    const before = a.filter((r) => batch === 'all' || r.batch === batch);
    const now = before.map((r) => after.get(r.id)).filter((r): r is Row => Boolean(r));
    const moved = (side: 'chat' | 'search') => before.filter((r) => JSON.stringify(r[side]) !== JSON.stringify(after.get(r.id)?.[side])).length;
    const [c0, c1, s0, s1] = [score(before, 'chat'), score(now, 'chat'), score(before, 'search'), score(now, 'search')];
    console.log(
      `${batch}\tn=${before.length}\tchat first ${c0.first} → ${c1.first}, top3 ${c0.top3} → ${c1.top3} (moved ${moved('chat')})\tsearch first ${s0.first} → ${s1.first}, top3 ${s0.top3} → ${s1.top3} (moved ${moved('search')})`,
    );
  }
  if (args.includes('--list'))
    for (const r of a) {
      const n = after.get(r.id);
      if (!n || (JSON.stringify(r.chat) === JSON.stringify(n.chat) && JSON.stringify(r.search) === JSON.stringify(n.search))) continue;
      console.log(
        `${r.id}\t${r.topic}\tlabel=${(r.page ?? []).slice(0, 3).join('; ')}\n  chat   ${r.chat.join(' | ')}\n  →      ${n.chat.join(' | ')}\n  search ${r.search.join(' | ')}\n  →      ${n.search.join(' | ')}`,
      );
    }
} else {
  console.error('usage: npx tsx bench/evidence-lists.ts run --out lists.jsonl [--db kb.sqlite] <batch>… | compare before.jsonl after.jsonl [--list]');
  process.exit(2);
}
