// The "no page about X" note of /api/search (and the chat: rag/no-page.ts noPageNote, one function) on probe questions:
// each probe's top 3 (kb.search k=3 oneSubject, as the route asks) and the names the note would give, against the
// probe's `expect` (the names, in any order). `kind`: "declare" — a medicine the knowledge base has no page about;
// "near" — a near-miss whose names must not change (negated, a condition's or a thing's name, a lab value, the body's
// own substance, no medicine at all). Prints the misses and, with --all, every probe.
//
//   npx tsx bench/evidence-s28-no-page-probe.ts [probes.jsonl] [--db kb.sqlite] [--all] [--out names.jsonl]
import { writeFileSync } from 'node:fs';
import { namesWithoutPage } from '../src/rag/no-page.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { evidenceKbPath } from './evidence-kb.js';
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  lang: 'zh' | 'en';
  kind: 'declare' | 'near';
  question: string;
  expect: string[];
}
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !['--db', '--out'].includes(args[i - 1])) ?? 'bench/evidence-s28-no-page-probes.jsonl';
const probes = readJsonLines<Probe>(file);
const kb = await openKnowledgeBase({ dbPath: evidenceKbPath(opt('--db')), readonly: true });
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const tally = { declare: [0, 0], near: [0, 0] };
const rows: string[] = [];
for (const p of probes) {
  const hits = await kb.search(p.question, { k: 3, oneSubject: true });
  const names = namesWithoutPage(p.question, hits, undefined, kb.unpagedNames(p.question)).map((n) => n.toLowerCase());
  const ok = same(
    names,
    p.expect.map((n) => n.toLowerCase()),
  );
  tally[p.kind][0] += ok ? 1 : 0;
  tally[p.kind][1]++;
  rows.push(JSON.stringify({ id: p.id, names }));
  if (!ok || args.includes('--all'))
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${p.id} [${p.kind}] ${p.question}\n     names ${JSON.stringify(names)} expect ${JSON.stringify(p.expect)} | top: ${hits.map((h) => h.title).join(' | ')}`,
    );
}
await kb.close();
const out = opt('--out');
if (out) writeFileSync(out, `${rows.join('\n')}\n`);
console.log(`${file}: declare ${tally.declare[0]}/${tally.declare[1]}, near-miss ${tally.near[0]}/${tally.near[1]} as expected`);
