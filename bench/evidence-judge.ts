// Evidence quality, judged blind: writes what a judge reads and scores what the judge decided.
//
//   npx tsx bench/evidence-judge.ts write <questions.jsonl> [--out judge.jsonl] [--key key.json] [--db kb.sqlite]
//   npx tsx bench/evidence-judge.ts score <questions.jsonl> <verdicts.jsonl> <key.json> [--json out.json]
//
// write: every question goes through the chat path in evidence mode (answerQuestion, no model) and through
// /api/search's retrieval (kb.search k=3, oneSubject as the route asks) over the shared KB + starter pack (the evidence bench's cached file). Per
// question one JSONL line {id, lang, question, topic, onTopic, A: [...], B: [...]}, each list the top-3 passages as
// {title, passage (first 400 characters)}; which of chat/search is A is random per question and kept apart in the
// key file ({id: {A: "chat"|"search", B: …}}), so the judge cannot tell them apart. The judge's instructions are
// written beside the judge file (<out>.instructions.md).
// A list may carry a `note`: the sentence the chat answer (and, since session 40, /api/search: rag/search-note.ts) shows
// before its passages when the knowledge base has no page about a name the question says ("The knowledge base has no
// page about X…"). The judge then also
// says whether the note names the question's topic (`declared`).
// score: verdict lines {id, A: {ontopic: bool, first: bool, n: number, declared?: bool}, B: {...}} (ontopic = the first
// passage is about the question's topic and none of the three is about a clearly different condition; first = the
// first passage is on topic; n = passages on topic; declared = the list's note says the KB has no page about the
// question's topic) → the share of questions whose chat / search top 3 is on topic, overall and per language, and the
// share whose first passage is; apart, the share on topic *or* honestly declared without a page (`ontopicOrDeclared`:
// the issue counts saying so as the right behaviour when the KB has no page; the judge sees both lists, so a note on a
// topic the other list shows passages about is judged not declared).
//
// Question file schema (bench/blind/evidence-q.jsonl): {"id", "lang": "zh"|"en", "question", "topic", "onTopic"}.
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerQuestion } from '../src/rag/answer-question.js';
import { searchNoPage } from '../src/rag/search-note.js';
import { evidenceLabels } from '../src/rag/evidence-answer.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';

export interface JudgeQuestion {
  id: string;
  lang: 'zh' | 'en';
  question: string;
  topic: string;
  onTopic: string;
}

export interface JudgePassage {
  title: string;
  passage: string;
}

export interface ListVerdict {
  ontopic: boolean;
  first: boolean;
  n: number;
  declared?: boolean;
}

export type JudgeKey = Record<string, { A: 'chat' | 'search'; B: 'chat' | 'search' }>;

export const PASSAGE_CHARS = 400;

function fail(message: string): never {
  console.error(`evidence judge: ${message}
usage: npx tsx bench/evidence-judge.ts write <questions.jsonl> [--out judge.jsonl] [--key key.json] [--db kb.sqlite]
       npx tsx bench/evidence-judge.ts score <questions.jsonl> <verdicts.jsonl> <key.json> [--json out.json]`);
  process.exit(2);
}

function readJsonl<T>(file: string, check: (row: unknown, where: string) => T): T[] {
  if (!existsSync(file)) fail(`${file} does not exist`);
  const out: T[] = [];
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (err) {
        fail(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      out.push(check(row, `${file}:${i + 1}`));
    });
  return out;
}

/** Pure: one question row, checked against the schema (a clear error names the line and field). */
export function parseQuestion(row: unknown, where: string): JudgeQuestion {
  const o = (row ?? {}) as Record<string, unknown>;
  for (const f of ['id', 'question', 'topic', 'onTopic'] as const) {
    if (typeof o[f] !== 'string' || !(o[f] as string).trim()) throw new Error(`${where}: field "${f}" must be a non-empty string`);
  }
  if (o.lang !== 'zh' && o.lang !== 'en') throw new Error(`${where}: field "lang" must be "zh" or "en"`);
  return { id: o.id as string, lang: o.lang, question: o.question as string, topic: o.topic as string, onTopic: o.onTopic as string };
}

/** Pure: one verdict row. */
export function parseVerdict(row: unknown, where: string): { id: string; A: ListVerdict; B: ListVerdict } {
  const o = (row ?? {}) as Record<string, unknown>;
  if (typeof o.id !== 'string') throw new Error(`${where}: field "id" must be a string`);
  const list = (side: 'A' | 'B'): ListVerdict => {
    const v = (o[side] ?? {}) as Record<string, unknown>;
    if (typeof v.ontopic !== 'boolean' || typeof v.first !== 'boolean') throw new Error(`${where}: ${side} needs boolean "ontopic" and "first"`);
    return { ontopic: v.ontopic, first: v.first, n: typeof v.n === 'number' ? v.n : 0, declared: v.declared === true };
  };
  return { id: o.id, A: list('A'), B: list('B') };
}

export interface EvidenceScore {
  questions: number;
  chat: { ontopic: number; first: number; zh: number; en: number; ontopicOrDeclared: number };
  search: { ontopic: number; first: number; zh: number; en: number; ontopicOrDeclared: number };
}

/** Pure: shares (0–1) of questions whose chat / search top 3 the judge found on topic, unblinded with the key. */
export function scoreVerdicts(questions: JudgeQuestion[], verdicts: { id: string; A: ListVerdict; B: ListVerdict }[], key: JudgeKey): EvidenceScore {
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  const tally = { chat: { ontopic: 0, first: 0, zh: 0, en: 0, declared: 0 }, search: { ontopic: 0, first: 0, zh: 0, en: 0, declared: 0 } };
  const perLang = { zh: 0, en: 0 };
  for (const q of questions) {
    const v = byId.get(q.id);
    const k = key[q.id];
    if (!v) throw new Error(`no verdict for question ${q.id}`);
    if (!k) throw new Error(`no A/B key for question ${q.id}`);
    perLang[q.lang]++;
    for (const side of ['A', 'B'] as const) {
      const t = tally[k[side]];
      if (v[side].ontopic) {
        t.ontopic++;
        t[q.lang]++;
      }
      if (v[side].first) t.first++;
      if (v[side].ontopic || v[side].declared) t.declared++;
    }
  }
  const share = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 1000 : 0);
  const rate = (t: typeof tally.chat) => ({
    ontopic: share(t.ontopic, questions.length),
    first: share(t.first, questions.length),
    zh: share(t.zh, perLang.zh),
    en: share(t.en, perLang.en),
    ontopicOrDeclared: share(t.declared, questions.length),
  });
  return { questions: questions.length, chat: rate(tally.chat), search: rate(tally.search) };
}

const INSTRUCTIONS = `# Judging evidence lists

Each line of the judge file is one consumer health question with its topic ("topic") and what an on-topic passage
looks like ("onTopic"), and two lists of up to three passages (A and B), each passage a title and the first 400
characters. For each list decide:

- ontopic: true when the FIRST passage is about the question's topic (the condition, test or medicine asked about)
  and none of the passages is about a clearly different condition; an empty list is false.
- first: true when the first passage is about the question's topic.
- n: how many of the passages are about the topic.
- declared: some lists carry a "note" saying the knowledge base has no page about something. true only when the note
  names the question's topic itself (the condition, test or medicine asked about, or a clear synonym of it) AND the
  other list does not show a passage about that topic (then the knowledge base does have one); otherwise false
  (also false when there is no note).

Write one JSON line per question: {"id": "...", "A": {"ontopic": bool, "first": bool, "n": int, "declared": bool}, "B": {...}}.
Judge the passages only; the two lists come from different systems in random order.
`;

export const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, PASSAGE_CHARS);

async function write(args: string[]): Promise<void> {
  let input: string | undefined;
  let out: string | undefined;
  let keyPath: string | undefined;
  let db: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out') out = args[++i];
    else if (a === '--key') keyPath = args[++i];
    else if (a === '--db') db = args[++i];
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!input) input = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!input) fail('write needs a questions file');
  const questions = readJsonl(input, (row, where) => {
    try {
      return parseQuestion(row, where);
    } catch (err) {
      return fail((err as Error).message);
    }
  });
  const base = input.replace(/\.jsonl$/, '');
  out = resolve(out ?? `${base}.judge.jsonl`);
  keyPath = resolve(keyPath ?? `${base}.judge-key.json`);
  const dbPath = resolve(db ?? join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
  if (!existsSync(dbPath)) fail(`${dbPath} is missing: build it once with npx tsx bench/evidence.bench.ts --rebuild (or pass --db)`);
  const kb = await openKnowledgeBase({ dbPath, readonly: true });
  const lines: string[] = [];
  const key: JudgeKey = {};
  try {
    for (const q of questions) {
      const result = await answerQuestion(q.question, { retriever: kb, backend: null, locale: q.lang });
      const chat: JudgePassage[] = result.citations.slice(0, 3).map((c) => ({ title: c.title, passage: excerpt(c.quote) }));
      // The answer's own "no page about X" sentence, as the user reads it (evidence-answer.ts's label, not a guess).
      const cue = evidenceLabels(q.lang).noPage('\u0000').split('\u0000')[0];
      const chatNote = result.answer
        .split('\n')
        .find((line) => line.startsWith(cue))
        ?.trim();
      const searchHits = await kb.search(q.question, { k: 3, oneSubject: true });
      const search: JudgePassage[] = searchHits.map((h) => ({ title: h.title, passage: excerpt(h.text) }));
      // /api/search's own note (session 40: search states the same "no page about X" gate as chat).
      const searchNote = (await searchNoPage(q.question, searchHits, kb))?.note;
      const chatIsA = randomInt(2) === 0;
      const notes = { chat: chatNote, search: searchNote };
      const note = { A: notes[chatIsA ? 'chat' : 'search'], B: notes[chatIsA ? 'search' : 'chat'] };
      key[q.id] = chatIsA ? { A: 'chat', B: 'search' } : { A: 'search', B: 'chat' };
      lines.push(
        JSON.stringify({
          id: q.id,
          lang: q.lang,
          question: q.question,
          topic: q.topic,
          onTopic: q.onTopic,
          A: chatIsA ? chat : search,
          B: chatIsA ? search : chat,
          ...(note.A || note.B ? { note: { ...(note.A ? { A: note.A } : {}), ...(note.B ? { B: note.B } : {}) } } : {}),
        }),
      );
    }
  } finally {
    await kb.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  writeFileSync(keyPath, `${JSON.stringify(key, null, 2)}\n`);
  writeFileSync(`${out.replace(/\.jsonl$/, '')}.instructions.md`, INSTRUCTIONS);
  console.log(`evidence judge: ${questions.length} questions → ${out} (A/B key ${keyPath}; instructions beside the judge file)`);
}

function score(args: string[]): void {
  const json = args.indexOf('--json');
  const jsonOut = json >= 0 ? args[json + 1] : undefined;
  const pos = json >= 0 ? args.filter((_, i) => i !== json && i !== json + 1) : args;
  if (pos.length !== 3) fail('score needs <questions.jsonl> <verdicts.jsonl> <key.json>');
  const [qFile, vFile, kFile] = pos;
  const wrap =
    <T>(parse: (row: unknown, where: string) => T) =>
    (row: unknown, where: string): T => {
      try {
        return parse(row, where);
      } catch (err) {
        return fail((err as Error).message);
      }
    };
  const questions = readJsonl(qFile, wrap(parseQuestion));
  const verdicts = readJsonl(vFile, wrap(parseVerdict));
  if (!existsSync(kFile)) fail(`${kFile} does not exist`);
  const key = JSON.parse(readFileSync(kFile, 'utf8')) as JudgeKey;
  let s: EvidenceScore;
  try {
    s = scoreVerdicts(questions, verdicts, key);
  } catch (err) {
    fail((err as Error).message);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`evidence judge: ${s.questions} questions`);
  console.log('| list | on-topic top 3 | zh | en | first passage on-topic | on topic or no page declared |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const name of ['chat', 'search'] as const) {
    const r = s[name];
    console.log(`| ${name} | ${pct(r.ontopic)} | ${pct(r.zh)} | ${pct(r.en)} | ${pct(r.first)} | ${pct(r.ontopicOrDeclared)} |`);
  }
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(s, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'write') await write(rest);
  else if (cmd === 'score') score(rest);
  else fail(`unknown command ${cmd ?? '(none)'}`);
}
