// Failure anatomy (#20, session 22): for every question whose chat list a blind judge found OFF topic, which of four
// causes it is — (a) the KB has no page on the topic (no labelled page), (b) a page exists but is not among the top-k
// candidates kb.search returns, (c) it is a candidate but the chat list does not show it in its top 3, (d) the chat
// list shows a labelled page and the judge still said off topic (the judge disagrees, or the passage shown is not
// about the question's side of the page). Counted per batch and language; writes one row per question with --out.
//
//   npx tsx bench/evidence-anatomy.ts <lists.jsonl> [--k 40] [--db kb.sqlite] [--out rows.jsonl]
//   (lists.jsonl from `bench/evidence-lists.ts run` on the CURRENT design of batches it equals the judged design of;
//    verdicts: bench/blind/<batch>.final-verdicts.jsonl or -final.verdicts.jsonl when present, else .verdicts.jsonl,
//    else the start verdicts)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { evidenceKbPath, readJsonl } from './evidence-kb.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [listsFile] = args.filter((a, i) => !a.startsWith('--') && !['--k', '--db', '--out'].includes(args[i - 1]));
const dbPath = evidenceKbPath(opt('--db'));
if (!listsFile || !existsSync(listsFile) || !existsSync(dbPath)) {
  console.error(`evidence-anatomy: need an existing lists file and KB (lists: ${listsFile ?? 'none'}, kb: ${dbPath})`);
  process.exit(2);
}
const k = Number(opt('--k') ?? 40);
type Row = { id: string; batch: string; lang: string; topic: string; page: string[] | null; chat: string[] };
type Verdict = { ontopic: boolean; first: boolean; n: number; declared?: boolean };

/** The latest judged verdicts of a batch and the side (A/B) the chat list was shown as. */
function verdictsOf(batch: string): Map<string, Verdict> {
  const pairs: [string, string][] = [
    [`${batch}.final-verdicts.jsonl`, `${batch}.final-judge-key.json`],
    [`${batch}-final.verdicts.jsonl`, `${batch}.judge-key.json`],
    [`${batch}.verdicts.jsonl`, `${batch}.judge-key.json`],
    [`${batch}-start.verdicts.jsonl`, `${batch}-start.judge-key.json`],
    [`${batch}-start.verdicts.jsonl`, `${batch}.judge-key.json`],
  ];
  const found = pairs.find(([v, key]) => existsSync(`bench/blind/${v}`) && existsSync(`bench/blind/${key}`));
  if (!found) throw new Error(`evidence-anatomy: no verdicts and judge key for ${batch}`);
  const key = JSON.parse(readFileSync(`bench/blind/${found[1]}`, 'utf8')) as Record<string, Record<'A' | 'B', string>>;
  const out = new Map<string, Verdict>();
  for (const v of readJsonl<{ id: string; A: Verdict; B: Verdict }>(`bench/blind/${found[0]}`)) {
    const side = key[v.id]?.A === 'chat' ? 'A' : 'B';
    out.set(v.id, v[side]);
  }
  return out;
}

const rows = readJsonl<Row>(listsFile);
const verdicts = new Map<string, Map<string, Verdict>>();
const kb = await openKnowledgeBase({ dbPath, readonly: true });
const questionText = new Map<string, string>();
for (const b of new Set(rows.map((r) => r.batch))) {
  verdicts.set(b, verdictsOf(b));
  for (const q of readJsonl<{ id: string; question: string }>(`bench/blind/${b}.jsonl`)) questionText.set(q.id, q.question);
}
const out: { id: string; batch: string; lang: string; topic: string; cls: string; rank: number | null; chat: string[] }[] = [];
for (const r of rows) {
  const v = verdicts.get(r.batch)?.get(r.id);
  if (!v) continue;
  const right = new Set((r.page ?? []).map((p) => p.toLowerCase()));
  let cls = 'on';
  let rank: number | null = null;
  if (!v.ontopic) {
    if (!r.page) cls = v.declared ? 'a-declared' : 'a-no-page';
    else if (r.chat.some((t) => right.has(t.toLowerCase()))) cls = 'd-shown-judged-off';
    else {
      const titles = (await kb.search(questionText.get(r.id) ?? '', { k })).map((h) => h.title.toLowerCase());
      const i = titles.findIndex((t) => right.has(t));
      rank = i < 0 ? null : i + 1;
      cls = rank === null ? 'b-not-candidate' : 'c-candidate-not-shown';
    }
  }
  out.push({ id: r.id, batch: r.batch, lang: r.lang, topic: r.topic, cls, rank, chat: r.chat });
}
await kb.close();
if (opt('--out')) writeFileSync(opt('--out') as string, `${out.map((o) => JSON.stringify(o)).join('\n')}\n`);
const classes = ['on', 'a-no-page', 'a-declared', 'b-not-candidate', 'c-candidate-not-shown', 'd-shown-judged-off'];
console.log(`| batch | lang | n | ${classes.join(' | ')} |`);
console.log(`| --- | --- | --- | ${classes.map(() => '---').join(' | ')} |`);
for (const b of [...new Set(out.map((o) => o.batch)), 'all'])
  for (const lang of ['zh', 'en', 'all']) {
    const rs = out.filter((o) => (b === 'all' || o.batch === b) && (lang === 'all' || o.lang === lang));
    console.log(`| ${b} | ${lang} | ${rs.length} | ${classes.map((c) => rs.filter((o) => o.cls === c).length).join(' | ')} |`);
  }
