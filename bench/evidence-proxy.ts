// In-sample estimate of the evidence figure on batches already judged (NOT a first-sight figure): each question's chat
// (and search) top 3 from the current code is compared with the titles the blind judge already saw for that question.
// A title is known on topic when it was the first passage of a list judged first=true or in a list whose every passage
// was on topic (n = length); known off topic when it was the first passage of a list judged first=false. A new list is
// estimated on topic when its first title is known on topic and no title is known off topic; lists with an unknown
// first title are counted apart (read them by hand). Runs the current design and, for comparison, the design with the
// described-topic resolver switched off (search option described: false), in one process.
//
//   npx tsx bench/evidence-proxy.ts <questions.jsonl> <judge.jsonl> <verdicts.jsonl> [--list] [--db kb.sqlite]
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answerQuestion } from '../src/rag/answer-question.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';
import type { Retriever } from '../src/retrieval/store.js';

const args = process.argv.slice(2);
const pos = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--db');
if (pos.length !== 3) {
  console.error('usage: npx tsx bench/evidence-proxy.ts <questions.jsonl> <judge.jsonl> <verdicts.jsonl> [--list] [--db kb.sqlite]');
  process.exit(2);
}
const list = args.includes('--list');
const dbi = args.indexOf('--db');
const dbPath = resolve(dbi >= 0 ? args[dbi + 1] : join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
const jsonl = <T>(f: string) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
type V = { ontopic: boolean; first: boolean; n: number };
const questions = jsonl<{ id: string; lang: 'zh' | 'en'; question: string; topic: string }>(pos[0]);
const judged = new Map(jsonl<{ id: string; A: { title: string }[]; B: { title: string }[] }>(pos[1]).map((j) => [j.id, j]));
const verdicts = new Map(jsonl<{ id: string; A: V; B: V }>(pos[2]).map((v) => [v.id, v]));

const good = new Map<string, Set<string>>();
const bad = new Map<string, Set<string>>();
for (const [id, j] of judged) {
  const v = verdicts.get(id);
  if (!v) continue;
  const g = new Set<string>();
  const b = new Set<string>();
  for (const side of ['A', 'B'] as const) {
    const titles = j[side].map((p) => p.title);
    if (!titles.length) continue;
    if (v[side].first) g.add(titles[0]);
    else b.add(titles[0]);
    if (v[side].n >= titles.length) for (const t of titles) g.add(t);
  }
  good.set(id, g);
  bad.set(id, b);
}

type Est = 'on' | 'off' | 'unknown';
const estimate = (id: string, titles: string[]): Est => {
  const g = good.get(id) ?? new Set();
  const b = bad.get(id) ?? new Set();
  if (!titles.length) return 'off';
  if (titles.some((t) => b.has(t) && !g.has(t))) return 'off';
  if (!g.has(titles[0])) return 'unknown';
  return titles.every((t) => g.has(t)) ? 'on' : 'unknown';
};

const kb = await openKnowledgeBase({ dbPath, readonly: true });
const off: Retriever = { search: (q, o) => kb.search(q, { ...o, described: false }) };
const tally = { before: { on: 0, off: 0, unknown: 0 }, after: { on: 0, off: 0, unknown: 0 } };
let changed = 0;
for (const q of questions) {
  const titles = async (r: Retriever) =>
    (await answerQuestion(q.question, { retriever: r, backend: null, locale: q.lang })).citations.slice(0, 3).map((c) => c.title);
  const a = await titles(off);
  const b = await titles(kb);
  const ea = estimate(q.id, a);
  const eb = estimate(q.id, b);
  tally.before[ea]++;
  tally.after[eb]++;
  if (a.join('|') !== b.join('|')) {
    changed++;
    if (list) console.log(`${q.id} [${q.topic}] ${ea} → ${eb}\n   before: ${a.join(' | ')}\n   after:  ${b.join(' | ')}`);
  }
}
await kb.close();
console.log(`${pos[0]}: ${questions.length} questions, chat top 3 changed on ${changed}`);
console.log(`  described off: on ${tally.before.on}, off ${tally.before.off}, unknown ${tally.before.unknown}`);
console.log(`  described on:  on ${tally.after.on}, off ${tally.after.off}, unknown ${tally.after.unknown}`);
