// Candidate recall (#20, session 20): for every labelled question of bench/results/evidence-coverage-labels.jsonl
// (q-8…q-15, 934 answerable), is a right page among the top-k passages of kb.search (the candidates every later
// ranking chooses from), and first? With a search option off (the design before) and on (now), in one process.
//
//   npx tsx bench/evidence-candidates.ts [--option sensationSense] [--k 40] [--db kb.sqlite] [--out rows.jsonl] [questions.jsonl…]
//   (questions.jsonl: one's own {id, lang, question, topic}, labelled by topic names like bench/evidence-lists.ts)
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import type { SearchOptions } from '../src/retrieval/store.js';
import { evidenceKbPath, readJsonl, topicLabeller } from './evidence-kb.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && !['--option', '--k', '--db', '--out'].includes(args[i - 1]));
const option = opt('--option') ?? 'sensationSense';
const k = Number(opt('--k') ?? 40);
const dbPath = evidenceKbPath(opt('--db'));
if (!existsSync(dbPath)) {
  console.error(`evidence-candidates: no such file: ${dbPath}`);
  process.exit(2);
}
type Q = { id: string; batch: string; lang: string; question: string; page: string[] | null };
const questions: Q[] = [];
if (files.length === 0) {
  const labels = readJsonl<{ id: string; batch: string; page: string[] | null }>('bench/results/evidence-coverage-labels.jsonl');
  const text = new Map<string, { question: string; lang: string }>();
  for (const b of new Set(labels.map((l) => l.batch)))
    for (const q of readJsonl<{ id: string; question: string; lang: string }>(`bench/blind/${b}.jsonl`)) text.set(q.id, q);
  for (const l of labels) {
    const q = text.get(l.id);
    if (q && l.page) questions.push({ id: l.id, batch: l.batch, lang: q.lang, question: q.question, page: l.page });
  }
} else {
  const label = topicLabeller(new Database(dbPath, { readonly: true }), bilingualGroups());
  for (const f of files)
    for (const q of readJsonl<{ id: string; lang: string; question: string; topic: string }>(f)) questions.push({ ...q, batch: f, page: label(q.id, q.topic) });
}
const kb = await openKnowledgeBase({ dbPath, readonly: true });
const rank = (titles: string[], page: string[]) => {
  const right = new Set(page.map((p) => p.toLowerCase()));
  const i = titles.findIndex((t) => right.has(t.toLowerCase()));
  return i < 0 ? null : i + 1;
};
const rows: { id: string; batch: string; lang: string; before: number | null; after: number | null }[] = [];
for (const q of questions) {
  if (!q.page) continue;
  const titles = async (o: SearchOptions) => (await kb.search(q.question, { k, ...o })).map((h) => h.title);
  rows.push({ id: q.id, batch: q.batch, lang: q.lang, before: rank(await titles({ [option]: false }), q.page), after: rank(await titles({}), q.page) });
}
await kb.close();
if (opt('--out')) writeFileSync(opt('--out') as string, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
const count = (rs: typeof rows, side: 'before' | 'after', upTo: number) => rs.filter((r) => (r[side] ?? Infinity) <= upTo).length;
for (const batch of [...new Set(rows.map((r) => r.batch)), 'all']) {
  const rs = rows.filter((r) => batch === 'all' || r.batch === batch);
  console.log(
    `${batch}\tn=${rs.length}\tin top ${k}: ${count(rs, 'before', k)} → ${count(rs, 'after', k)}\ttop 3: ${count(rs, 'before', 3)} → ${count(rs, 'after', 3)}\tfirst: ${count(rs, 'before', 1)} → ${count(rs, 'after', 1)}`,
  );
}
