// Evidence-quality bench: every question goes through the chat path in evidence mode (answerQuestion with no
// model, the server's default experience) over a knowledge base built from ../shared/data/kb (MedQuAD, the
// Chinese disease KG, ChatDoctor) plus the bundled starter pack. Per question it writes the top three cited
// passages (title + first 200 characters) beside /api/search's own top three, as JSONL for a reader to judge
// "on topic or not". Nothing is scored here: the figure comes from judging the JSONL (first-sight for a blind batch).
//
//   npx tsx bench/evidence.bench.ts [questions.jsonl] [--out results.jsonl] [--db kb.sqlite] [--rebuild]
//
// Without a file it runs bench/evidence-dev.jsonl (in-sample questions written while tuning: not a quality figure).
//
// Input: JSONL lines {"id"?, "question" (or q/text/query/prompt/…), "lang"?, "history"?: [string | {role, content}]}
// (earlier turns of the same chat, oldest first), or only "messages"/"turns" whose last user turn is the question;
// a JSON array of the same; or plain text, one question per line. The KB is cached (default
// $TMPDIR/quarkmed-evidence-kb/kb.sqlite) and rebuilt when missing or with --rebuild (about 20–60 s).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChatMessage } from '../src/models/backend.js';
import { STARTER_VERSION, starterDocs } from '../src/retrieval/starter-pack.js';
import { answerQuestion } from '../src/rag/answer-question.js';
import { searchNoPage } from '../src/rag/search-note.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');

interface Question {
  id: string;
  question: string;
  lang?: string;
  history: ChatMessage[];
}

interface Passage {
  title: string;
  section?: string;
  source: string;
  excerpt: string;
}

function usage(message: string): never {
  console.error(`evidence bench: ${message}\nusage: npx tsx bench/evidence.bench.ts <questions.jsonl> [--out results.jsonl] [--db kb.sqlite] [--rebuild]`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const out: { input?: string; out?: string; db?: string; rebuild: boolean } = { rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out.out = argv[++i];
    else if (a === '--db') out.db = argv[++i];
    else if (a === '--rebuild') out.rebuild = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (!out.input) out.input = a;
    else usage(`unexpected argument ${a}`);
  }
  // `npm run bench` runs every bench without arguments: the in-sample dev questions then.
  out.input ??= resolve(import.meta.dirname, 'evidence-dev.jsonl');
  return out as { input: string; out?: string; db?: string; rebuild: boolean };
}

const QUESTION_FIELDS = ['question', 'q', 'text', 'query', 'prompt', 'input', 'content', 'message', 'question_zh', 'question_en'];
const TURN_FIELDS = ['history', 'messages', 'turns', 'conversation', 'dialog', 'dialogue'];

function asTurn(t: unknown): ChatMessage | undefined {
  if (typeof t === 'string') return t.trim() ? { role: 'user', content: t } : undefined;
  if (t && typeof t === 'object') {
    const o = t as Record<string, unknown>;
    const content = [o.content, o.text, o.question, o.q].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (!content) return undefined;
    const role = o.role === 'assistant' || o.role === 'system' ? o.role : 'user';
    return { role, content };
  }
  return undefined;
}

/** One question from a JSON row, tolerant of field names: the question itself, or the last user turn of a chat. */
function fromRow(row: unknown, where: string, n: number): Question {
  if (typeof row === 'string') return { id: String(n), question: row.trim(), history: [] };
  if (!row || typeof row !== 'object') usage(`${where}: expected an object or a string`);
  const o = row as Record<string, unknown>;
  let question = QUESTION_FIELDS.map((f) => o[f]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const turnsField = TURN_FIELDS.map((f) => o[f]).find((v): v is unknown[] => Array.isArray(v));
  let history = (turnsField ?? []).map(asTurn).filter((t): t is ChatMessage => Boolean(t));
  if (!question) {
    // A chat given only as turns: its last user turn is the question, the earlier turns its history.
    const last = [...history].reverse().find((t) => t.role === 'user');
    if (!last) usage(`${where}: no question field (looked for ${QUESTION_FIELDS.join(', ')} or a ${TURN_FIELDS.join('/')} array)`);
    question = last.content;
    history = history.slice(0, history.lastIndexOf(last));
  }
  const id = [o.id, o.qid, o.key].find((v) => typeof v === 'string' || typeof v === 'number');
  return { id: String(id ?? n), question: question.trim(), lang: typeof o.lang === 'string' ? o.lang : undefined, history };
}

/** JSONL (one object or string per line), a JSON array, or plain text with one question per line. */
function readQuestions(file: string): Question[] {
  if (!existsSync(file)) usage(`${file} does not exist`);
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (raw.trimStart().startsWith('[')) {
    const rows = JSON.parse(raw) as unknown[];
    return rows.map((r, i) => fromRow(r, `${file}[${i}]`, i + 1));
  }
  const out: Question[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown = line.trim();
    if (/^[{["]/.test(line.trim())) {
      try {
        row = JSON.parse(line) as unknown;
      } catch (err) {
        usage(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    }
    out.push(fromRow(row, `${file}:${i + 1}`, out.length + 1));
  });
  return out;
}

const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);

async function buildKb(dbPath: string): Promise<void> {
  const t = performance.now();
  mkdirSync(dirname(dbPath), { recursive: true });
  const tmp = `${dbPath}.building`;
  rmSync(tmp, { force: true });
  const kb = await openKnowledgeBase({ dbPath: tmp });
  try {
    await kb.ingest(join(DATA, 'kb'));
    await kb.ingest(starterDocs());
  } finally {
    await kb.close();
  }
  for (const ext of ['', '-wal', '-shm']) rmSync(`${dbPath}${ext}`, { force: true });
  renameSync(tmp, dbPath);
  console.error(`evidence bench: built ${dbPath} (shared KB + starter pack v${STARTER_VERSION}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const questions = readQuestions(args.input);
  const dbPath = resolve(args.db ?? join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
  if (args.rebuild || !existsSync(dbPath)) await buildKb(dbPath);
  const outPath = resolve(
    args.out ??
      join(
        'bench',
        'results',
        `evidence-${basename(args.input)
          .replace(/\.jsonl$/, '')
          .replace(/^evidence-/, '')}.jsonl`,
      ),
  );
  const kb = await openKnowledgeBase({ dbPath, readonly: true });
  const rows: string[] = [];
  let cited = 0;
  const t0 = performance.now();
  try {
    for (const q of questions) {
      const result = await answerQuestion(q.question, { retriever: kb, backend: null, history: q.history, locale: q.lang });
      // The list /api/search shows (src/server/routes/search.ts asks for one subject); its top three are judged.
      const search = await kb.search(q.question, { k: 3, oneSubject: true });
      // /api/search's own "no page about X" sentence for this list (rag/search-note.ts), as the user reads it.
      const searchNote = (await searchNoPage(q.question, search, kb))?.note;
      const top3: Passage[] = result.citations.slice(0, 3).map((c) => ({ title: c.title, source: c.source, excerpt: excerpt(c.quote) }));
      if (top3.length) cited++;
      rows.push(
        JSON.stringify({
          id: q.id,
          question: q.question,
          ...(q.history.length ? { history: q.history.map((h) => h.content) } : {}),
          triage: result.triage.level,
          top3,
          summary: /\n- /.test(result.answer)
            ? result.answer
                .split('\n')
                .filter((l) => /^- .*\[\d+\]$/.test(l))
                .map((l) => l.slice(2))
            : [],
          search_top3: search.map((h) => ({ title: h.title, section: h.section || undefined, source: h.source, excerpt: excerpt(h.text) })),
          ...(searchNote ? { search_note: searchNote } : {}),
        }),
      );
    }
  } finally {
    await kb.close();
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${rows.join('\n')}\n`);
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `evidence bench: ${questions.length} questions, ${cited} with at least one citation (${((100 * cited) / Math.max(1, questions.length)).toFixed(0)}%), ${secs.toFixed(1)} s → ${outPath}`,
  );
}

await main();
