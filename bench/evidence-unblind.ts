// The judged batches' lists as the judge saw them, joined with the judge's verdicts (unblinded with the key), so each
// off-topic chat lead can be read next to the passages that made it. Also the run a gate diff compares: every row's
// chat top-3 (title, section, `about`, first 400 characters), the chat's "no page about X" note and /api/search's top 3.
//
//   npx tsx bench/evidence-unblind.ts run --out lists.jsonl [--db kb.sqlite] [--ids ids.txt] <batch|file.jsonl>…
//   npx tsx bench/evidence-unblind.ts join lists.jsonl            (→ stdout: rows with the chat/search verdicts)
//   npx tsx bench/evidence-unblind.ts diff before.jsonl after.jsonl [--verdicts]   (rows whose chat or search top 3 moved)
//
// A batch name reads bench/blind/<batch>.jsonl and, for join, its verdicts + key (key.json or judge-key.json).
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { answerQuestion } from '../src/rag/answer-question.js';
import { evidenceLabels } from '../src/rag/evidence-answer.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { evidenceKbPath, readJsonl } from './evidence-kb.js';

interface Item {
  title: string;
  section?: string;
  about?: string;
  text: string;
}
interface ListRow {
  id: string;
  batch: string;
  lang: string;
  question: string;
  topic?: string;
  onTopic?: string;
  triage: string;
  note?: string;
  chat: Item[];
  search: Item[];
}
interface Verdict {
  ontopic: boolean;
  first: boolean;
  n: number;
  declared?: boolean;
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--out', '--db', '--ids'].includes(args[i - 1]));
const [mode, ...rest] = positional;
const batchFile = (b: string) => (b.endsWith('.jsonl') ? b : `bench/blind/${b}.jsonl`);
const batchName = (b: string) => b.replace(/^.*\//, '').replace(/\.jsonl$/, '');
const cut = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 400);

async function run(): Promise<void> {
  const out = opt('--out');
  if (!out) throw new Error('run needs --out');
  const kb = await openKnowledgeBase({ dbPath: evidenceKbPath(opt('--db')), readonly: true });
  // Written row by row: a long run under load can be read (or stopped) half-way.
  writeFileSync(out, '');
  let rows = 0;
  // Only these question ids (one a line), when given: re-running the rows a change can reach.
  const idsFile = opt('--ids');
  const only = idsFile
    ? new Set(
        readFileSync(idsFile, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      )
    : undefined;
  try {
    for (const b of rest) {
      for (const q of readJsonl<{ id: string; lang?: string; question: string; topic?: string; onTopic?: string }>(batchFile(b))) {
        if (only && !only.has(q.id)) continue;
        const lang = q.lang ?? (/\p{Script=Han}/u.test(q.question) ? 'zh' : 'en');
        const result = await answerQuestion(q.question, { retriever: kb, backend: null, locale: lang });
        const cue = evidenceLabels(lang === 'zh' ? 'zh' : 'en')
          .noPage('\u0000')
          .split('\u0000')[0];
        const note = result.answer
          .split('\n')
          .find((l) => l.startsWith(cue))
          ?.trim();
        const search = await kb.search(q.question, { k: 3, oneSubject: true });
        const row: ListRow = {
          id: q.id,
          batch: batchName(b),
          lang,
          question: q.question,
          topic: q.topic,
          onTopic: q.onTopic,
          triage: result.triage.level,
          ...(note ? { note } : {}),
          chat: result.citations.slice(0, 3).map((c) => ({ title: c.title, text: cut(c.quote) })),
          search: search.map((h) => ({ title: h.title, section: h.section || undefined, about: h.about, text: cut(h.text) })),
        };
        appendFileSync(out, `${JSON.stringify(row)}\n`);
        rows++;
      }
    }
  } finally {
    await kb.close();
  }
  console.error(`evidence-unblind: ${rows} rows → ${out}`);
}

/** The judge's verdict on each side of a judged batch, unblinded; empty when the batch has no verdicts. */
function verdictsOf(batch: string): Map<string, { chat: Verdict; search: Verdict }> {
  const base = `bench/blind/${batch}`;
  const keyFile = [`${base}.key.json`, `${base}.judge-key.json`].find(existsSync);
  const vFile = `${base}.verdicts.jsonl`;
  const out = new Map<string, { chat: Verdict; search: Verdict }>();
  if (!keyFile || !existsSync(vFile)) return out;
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as Record<string, { A: 'chat' | 'search'; B: 'chat' | 'search' }>;
  for (const v of readJsonl<{ id: string; A: Verdict; B: Verdict }>(vFile)) {
    const k = key[v.id];
    if (!k) continue;
    out.set(v.id, k.A === 'chat' ? { chat: v.A, search: v.B } : { chat: v.B, search: v.A });
  }
  return out;
}

function join(): void {
  const rows = readJsonl<ListRow>(rest[0]);
  const cache = new Map<string, ReturnType<typeof verdictsOf>>();
  for (const r of rows) {
    if (!cache.has(r.batch)) cache.set(r.batch, verdictsOf(r.batch));
    console.log(JSON.stringify({ ...r, verdict: cache.get(r.batch)?.get(r.id) }));
  }
}

function diff(): void {
  const [a, b] = rest.map((f) => readJsonl<ListRow>(f));
  const before = new Map(a.map((r) => [`${r.batch}/${r.id}`, r]));
  const titles = (l: Item[]) => l.map((i) => `${i.title}${i.section ? ` § ${i.section}` : ''}`);
  let chat = 0;
  let chatFirst = 0;
  let search = 0;
  let searchFirst = 0;
  let notes = 0;
  const cache = new Map<string, ReturnType<typeof verdictsOf>>();
  for (const r of b) {
    const s = before.get(`${r.batch}/${r.id}`);
    if (!s) continue;
    const c0 = titles(s.chat).join(' | ');
    const c1 = titles(r.chat).join(' | ');
    const s0 = titles(s.search).join(' | ');
    const s1 = titles(r.search).join(' | ');
    const cm = c0 !== c1;
    const sm = s0 !== s1;
    const nm = (s.note ?? '') !== (r.note ?? '');
    if (cm) chat++;
    if (titles(s.chat)[0] !== titles(r.chat)[0]) chatFirst++;
    if (sm) search++;
    if (titles(s.search)[0] !== titles(r.search)[0]) searchFirst++;
    if (nm) notes++;
    if (!cm && !sm && !nm) continue;
    if (!cache.has(r.batch)) cache.set(r.batch, verdictsOf(r.batch));
    const v = cache.get(r.batch)?.get(r.id);
    const mark = (x?: Verdict) => (x ? (x.first ? 'ON' : 'off') : '?');
    console.log(`## ${r.batch} ${r.id} [${r.triage}] ${r.question}${r.topic ? `\n   topic: ${r.topic}` : ''}`);
    if (cm) console.log(`   chat  START(${mark(v?.chat)}): ${c0}\n   chat  MINE: ${c1}`);
    if (sm) console.log(`   search START(${mark(v?.search)}): ${s0}\n   search MINE: ${s1}`);
    if (nm) console.log(`   note START: ${s.note ?? '-'}\n   note MINE: ${r.note ?? '-'}`);
  }
  console.log(`\nrows ${b.length}: chat top-3 changed ${chat} (first ${chatFirst}), search ${search} (first ${searchFirst}), note ${notes}`);
}

if (mode === 'run') await run();
else if (mode === 'join') join();
else if (mode === 'diff') diff();
else {
  console.error('usage: evidence-unblind.ts run --out lists.jsonl [--db kb.sqlite] <batch>… | join lists.jsonl | diff before.jsonl after.jsonl');
  process.exit(2);
}
