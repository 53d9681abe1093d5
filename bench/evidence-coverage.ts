// Coverage vs retrieval (#20, session 13): for every question of the judged batches, does the knowledge base the
// evidence bench uses hold a page about the question's topic at all? Writes candidate pages per question from three
// generous sources, for a person to label (bench/results/evidence-coverage-labels.jsonl says how each label was made):
//   judged — a title a blind judge accepted as the first passage on topic, in any judged list of that question;
//   named  — a page whose title or alias (documents.title, doc_terms synonyms, zh pages' English aliases) equals, holds
//            or is held by a name written in the topic string (split at brackets, slashes and commas);
//   about  — the retriever's own name resolution of each topic name (kb.search(name) hits carrying `about`).
// Nothing here is a judge's reading of new lists; the verdicts only say which shown titles were accepted.
//
//   npx tsx bench/evidence-coverage.ts <judge-dir> --out candidates.jsonl [--db kb.sqlite] <batch>…
//   (batch = evidence-q-N; reads bench/blind/<batch>.jsonl, its judge key and verdicts, and <judge-dir>/<batch>*.judge.jsonl)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { evidenceKbPath, pageNamePairs, readJsonl as jsonl } from './evidence-kb.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--out', '--db'].includes(args[i - 1]));
const [judgeDir, ...batches] = positional;
const out = opt('--out');
if (!judgeDir || !out || batches.length === 0) {
  console.error('usage: npx tsx bench/evidence-coverage.ts <judge-dir> --out candidates.jsonl [--db kb.sqlite] <batch>…');
  process.exit(2);
}
const dbPath = evidenceKbPath(opt('--db'));
if (!existsSync(dbPath)) {
  console.error(`evidence-coverage: no such file: ${dbPath}`);
  process.exit(2);
}

const db = new Database(dbPath, { readonly: true });
// Every name a page answers to: its title, its synonyms, and (disease-kg-zh) its aliases, lower-cased.
const pageNames = new Map<string, Set<string>>();
for (const [title, n] of pageNamePairs(db)) {
  if (!pageNames.has(n)) pageNames.set(n, new Set());
  pageNames.get(n)?.add(title);
}
const HAN = /\p{Script=Han}/u;
const holds = (long: string, short: string) => {
  if (HAN.test(short)) return short.length >= 2 && long.includes(short);
  return short.length >= 4 && new RegExp(`(^|[^a-z])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(long);
};
function named(topic: string): string[] {
  const names = topic
    .toLowerCase()
    .split(/[（）()、/,，;；:：]|\s+or\s+|\s+vs\.?\s+|与|和|及/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
  const found = new Set<string>();
  for (const [n, titles] of pageNames) {
    if (names.some((t) => t === n || holds(t, n) || holds(n, t))) for (const title of titles) found.add(title);
  }
  return [...found];
}

const kb = await openKnowledgeBase({ dbPath, readonly: true });
const rows: string[] = [];
const judgeFiles = readdirSync(judgeDir).filter((f) => f.endsWith('.judge.jsonl'));
for (const batch of batches) {
  const questions = jsonl<{ id: string; lang: string; question: string; topic: string }>(`bench/blind/${batch}.jsonl`);
  // Judged titles: every judge file of the batch whose verdicts are in bench/blind (same stem, or the stem's -start).
  const accepted = new Map<string, Set<string>>();
  const rejected = new Map<string, Set<string>>();
  for (const jf of judgeFiles.filter((f) => f === `${batch}.judge.jsonl` || f.startsWith(`${batch}-`))) {
    const stem = jf.replace(/\.judge\.jsonl$/, '');
    const vf = [`bench/blind/${stem}.verdicts.jsonl`, `bench/blind/${stem}-start.verdicts.jsonl`].find(existsSync);
    if (!vf) continue;
    const verdicts = new Map(jsonl<{ id: string; A: { first: boolean }; B: { first: boolean } }>(vf).map((v) => [v.id, v]));
    for (const j of jsonl<{ id: string; A: { title: string }[]; B: { title: string }[] }>(join(judgeDir, jf))) {
      const v = verdicts.get(j.id);
      if (!v) continue;
      for (const side of ['A', 'B'] as const) {
        const title = j[side][0]?.title;
        if (!title) continue;
        const into = v[side].first ? accepted : rejected;
        if (!into.has(j.id)) into.set(j.id, new Set());
        into.get(j.id)?.add(title);
      }
    }
  }
  const key = JSON.parse(readFileSync(`bench/blind/${batch}.judge-key.json`, 'utf8')) as Record<string, { A: string; B: string }>;
  const vfile = [`bench/blind/${batch}.verdicts.jsonl`, `bench/blind/${batch}-final.verdicts.jsonl`, `bench/blind/${batch}-start.verdicts.jsonl`].find(
    existsSync,
  );
  const first = new Map(jsonl<{ id: string; A: { ontopic: boolean }; B: { ontopic: boolean } }>(vfile as string).map((v) => [v.id, v]));
  for (const q of questions) {
    const k = key[q.id];
    const v = first.get(q.id);
    const chatOnTopic = v && k ? (k.A === 'chat' ? v.A.ontopic : v.B.ontopic) : null;
    const about = new Set<string>();
    for (const name of q.topic
      .split(/[（）()、/,，;；]/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 2)) {
      for (const h of await kb.search(name, { k: 3 })) if (h.about) about.add(h.title);
    }
    rows.push(
      JSON.stringify({
        id: q.id,
        batch,
        lang: q.lang,
        topic: q.topic,
        chatOnTopic,
        judged: [...(accepted.get(q.id) ?? [])],
        judgedOff: [...(rejected.get(q.id) ?? [])].filter((t) => !accepted.get(q.id)?.has(t)),
        named: named(q.topic).slice(0, 12),
        about: [...about],
      }),
    );
  }
}
await kb.close();
writeFileSync(out, `${rows.join('\n')}\n`);
console.log(`evidence-coverage: ${rows.length} questions → ${out}`);
