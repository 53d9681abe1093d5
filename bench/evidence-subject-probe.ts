// One-subject search lists (src/retrieval/one-subject.ts) measured on judged lists: for each judged question of the
// given batches, /api/search's top 3 (kb.search k=3) with and without `oneSubject`, scored with the blind judge's
// verdicts on the list as it was judged. A list counts only when today's top 3 is the judged one (same titles and
// excerpts); a passage's label comes from the verdict: the first passage's `first`; all passages when n = 0 or n
// equals the list's length; the later ones off topic when n = 1 and the first is on topic. A trimmed list whose kept
// passages are not all labelled is "unknown" (neither gain nor loss).
//
//   npx tsx bench/evidence-subject-probe.ts <judge.jsonl> <verdicts.jsonl> <key.json> [...more triples] [--db kb.sqlite]
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';
import { excerpt, type JudgeKey, type JudgePassage, type ListVerdict } from './evidence-judge.js';

interface JudgedLine {
  id: string;
  question: string;
  A: JudgePassage[];
  B: JudgePassage[];
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** Pure: the label of each judged passage (true on topic, false off, undefined not known from a list verdict). */
export function passageLabels(v: ListVerdict, length: number): (boolean | undefined)[] {
  return Array.from({ length }, (_, i) => {
    if (i === 0) return v.first;
    if (v.n === 0) return false;
    if (v.n === length) return true;
    if (v.n === 1 && v.first) return false;
    return undefined;
  });
}

/** Pure: the judge's `ontopic` for a sub-list of judged passages (by index), when every kept passage is labelled. */
export function ontopicOf(kept: number[], labels: (boolean | undefined)[]): boolean | undefined {
  if (kept.length === 0) return false;
  if (labels[kept[0]] === false) return false;
  if (kept.some((i) => labels[i] === false)) return false;
  return kept.every((i) => labels[i] === true) ? true : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--db');
  const db = at >= 0 ? args.splice(at, 2)[1] : join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`);
  if (args.length === 0 || args.length % 3 !== 0) {
    console.error('usage: npx tsx bench/evidence-subject-probe.ts <judge.jsonl> <verdicts.jsonl> <key.json> [...] [--db kb.sqlite]');
    process.exit(2);
  }
  // Every argument file is checked before the knowledge base opens or a line of the table is printed.
  const missing = args.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`evidence subject probe: no such file: ${missing.join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(db)) {
    console.error(`evidence subject probe: ${db} is missing (npx tsx bench/evidence.bench.ts --rebuild)`);
    process.exit(1);
  }
  const kb = await openKnowledgeBase({ dbPath: resolve(db), readonly: true });
  console.log('| batch | lists | reproduced | on topic before | after | unknown after | lost | passages dropped (off / on / unlabelled) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  try {
    for (let b = 0; b < args.length; b += 3) {
      const judged = lines(args[b]) as JudgedLine[];
      const verdicts = new Map((lines(args[b + 1]) as { id: string; A: ListVerdict; B: ListVerdict }[]).map((v) => [v.id, v]));
      const key = JSON.parse(readFileSync(args[b + 2], 'utf8')) as JudgeKey;
      const t = { lists: 0, same: 0, before: 0, after: 0, unknown: 0, lost: 0, dOff: 0, dOn: 0, dUnk: 0 };
      for (const j of judged) {
        const v = verdicts.get(j.id);
        const side = key[j.id]?.A === 'search' ? 'A' : key[j.id]?.B === 'search' ? 'B' : undefined;
        if (!v || !side) continue;
        t.lists++;
        const base = await kb.search(j.question, { k: 3 });
        const shown = base.map((h) => ({ title: h.title, passage: excerpt(h.text) }));
        if (JSON.stringify(shown) !== JSON.stringify(j[side])) continue;
        t.same++;
        const trimmed = await kb.search(j.question, { k: 3, oneSubject: true });
        const kept = trimmed.map((h) => base.findIndex((x) => x.id === h.id));
        if (kept.some((i) => i < 0)) throw new Error(`${j.id}: oneSubject returned a hit the plain search did not`);
        const labels = passageLabels(v[side], base.length);
        // An untouched list keeps its verdict (a judge's n may disagree with its own ontopic).
        const after = kept.length === base.length ? v[side].ontopic : ontopicOf(kept, labels);
        if (v[side].ontopic) t.before++;
        if (after === true) t.after++;
        if (after === undefined) t.unknown++;
        if (v[side].ontopic && after !== true) t.lost++;
        labels.forEach((l, i) => {
          if (kept.includes(i)) return;
          if (l === false) t.dOff++;
          else if (l === true) t.dOn++;
          else t.dUnk++;
        });
      }
      console.log(`| ${args[b]} | ${t.lists} | ${t.same} | ${t.before} | ${t.after} | ${t.unknown} | ${t.lost} | ${t.dOff} / ${t.dOn} / ${t.dUnk} |`);
    }
  } finally {
    await kb.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
