// Score a labelled corpus of model outputs with the answer extractor and print agreement with the labels.
//
//   npx tsx bench/extract-blind.ts <file.jsonl> [--extractor new|legacy] [--misses N] [--rows wrong|missed|hedge|off|all] [--json]
//
// `--rows KIND` lists every row of that kind, one block a row: id, gold, ours, the status and the reader that decided
// (`how`), the question and the reply — `wrong` (a letter other than the gold's: the worst outcome for an RL reward),
// `missed` (gold letters, ours null), `hedge` (gold null, ours a letter), `off` (every row not agreeing), `all`.
//
// Each line: {id, lang, style, options: {"A": "...", …} | null, multi: bool, output: "<model output>",
//             gold: "B" | "AC" | null | "INVALID"}   (null / "INVALID" = no valid answer: a hedge, several answers, none)
// Agreement = the extractor's letters equal the gold set (null = null counts as agreement). Also reported:
// hedges credited (gold null, extractor gave letters) and answers missed (gold letters, extractor null).
// `--extractor legacy` scores with the pre-#16 reading (bench/extract/legacy-extractor.ts) for before/after.
// `--via eval` reads each reply through a letter benchmark's own parse, as `eval run` scores it (a one-answer record
// through MedQA's, which reads one answer; a multi-answer record through CMExam's, which reads whatever is given); `--context item|options|none` says what the reader is given besides the reply: the item's question and
// options (default, and what `eval run` passes since session 14), the options only (the RL reward path before session
// 14), or nothing (the letter benchmarks before session 14: any letter A–J).
import { readFileSync } from 'node:fs';
import { readChoiceAnswer } from '../src/eval/extract/final-answer.js';
import { legacyReadChoice } from './extract/legacy-extractor.js';
import { getBenchmark } from '../src/eval/benchmarks/index.js';

export interface BlindRecord {
  id: string;
  lang: string;
  style: string;
  options: Record<string, string> | null;
  multi: boolean;
  output: string;
  gold: string | null;
  /** The question asked (the extractor reads the stem's polarity: a question asking what to avoid). */
  question?: string;
}

export interface BlindRow {
  rec: BlindRecord;
  pred: string | null;
  gold: string | null;
  agree: boolean;
  /** The reader's status and the reader that decided (readChoiceAnswer's `how`); absent for the legacy and eval paths. */
  status?: string;
  how?: string;
}

const DEFAULT_LETTERS = 'ABCDEFGHIJ'.split('');
/** Letters of a label; null, "", "INVALID" / "NONE" / "NULL" (no valid committed answer) are null. */
const normGold = (g: string | null): string | null =>
  g === null || /^\s*(?:invalid|none|null)?\s*$/i.test(g) ? null : [...new Set(g.toUpperCase().replace(/[^A-Z]/g, ''))].sort().join('') || null;

/** Parse and validate a JSONL corpus; errors name the line and the field. */
export function readBlindCorpus(path: string): BlindRecord[] {
  const out: BlindRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
      }
      const bad = (field: string, want: string) =>
        new Error(`${path}:${i + 1}: field "${field}" must be ${want}, got ${JSON.stringify(r[field])?.slice(0, 60)}`);
      if (typeof r.output !== 'string') throw bad('output', 'a string');
      if (r.gold !== null && typeof r.gold !== 'string') throw bad('gold', 'a letter string or null');
      if (r.options !== null && r.options !== undefined && (typeof r.options !== 'object' || Array.isArray(r.options)))
        throw bad('options', 'an object or null');
      out.push({
        id: String(r.id ?? `line-${i + 1}`),
        lang: String(r.lang ?? '?'),
        style: String(r.style ?? '?'),
        options: (r.options as Record<string, string> | null | undefined) ?? null,
        multi: r.multi === true,
        output: r.output,
        gold: r.gold as string | null,
        question: typeof r.question === 'string' ? r.question : undefined,
      });
    });
  return out;
}

export type ExtractorName = 'new' | 'legacy';
export type ContextName = 'item' | 'options' | 'none';

export function scoreBlind(
  records: readonly BlindRecord[],
  extractor: ExtractorName = 'new',
  context: ContextName = 'item',
  via: 'reader' | 'eval' = 'reader',
): BlindRow[] {
  const single = via === 'eval' ? getBenchmark('medqa-us') : undefined;
  const mixed = via === 'eval' ? getBenchmark('cmexam') : undefined;
  return records.map((rec) => {
    const options = context === 'none' ? undefined : (rec.options ?? undefined);
    const valid = options ? Object.keys(options).map((k) => k.toUpperCase()) : DEFAULT_LETTERS;
    const question = context === 'item' ? rec.question : undefined;
    const gold = normGold(rec.gold);
    const bench = rec.multi ? mixed : single;
    if (bench) {
      const item = options ? { question: question ?? '', options } : undefined;
      const pred = bench.parse(rec.output, { kind: 'choice', letters: gold ?? 'A' }, context === 'none' ? undefined : item).value;
      return { rec, pred, gold, agree: pred === gold };
    }
    if (extractor === 'legacy') {
      const pred = legacyReadChoice(rec.output, valid, options) || null;
      return { rec, pred, gold, agree: pred === gold };
    }
    const reading = readChoiceAnswer(rec.output, { valid, options, multi: rec.multi, question });
    return { rec, pred: reading.value, gold, agree: reading.value === gold, status: reading.status, how: reading.how };
  });
}

export interface Agreement {
  n: number;
  agree: number;
  rate: number;
  hedgesCredited: number;
  missed: number;
  wrongLetters: number;
}

export function agreement(rows: readonly BlindRow[]): Agreement {
  const agree = rows.filter((r) => r.agree).length;
  return {
    n: rows.length,
    agree,
    rate: rows.length ? agree / rows.length : NaN,
    hedgesCredited: rows.filter((r) => r.gold === null && r.pred !== null).length,
    missed: rows.filter((r) => r.gold !== null && r.pred === null).length,
    wrongLetters: rows.filter((r) => r.gold !== null && r.pred !== null && r.pred !== r.gold).length,
  };
}

export type RowKind = 'wrong' | 'missed' | 'hedge' | 'off' | 'all';
const ROW_KINDS: readonly RowKind[] = ['wrong', 'missed', 'hedge', 'off', 'all'];

/** Rows of one kind: see `--rows` in the header. */
export function rowsOfKind(rows: readonly BlindRow[], kind: RowKind): BlindRow[] {
  const pick: Record<RowKind, (r: BlindRow) => boolean> = {
    wrong: (r) => r.gold !== null && r.pred !== null && r.pred !== r.gold,
    missed: (r) => r.gold !== null && r.pred === null,
    hedge: (r) => r.gold === null && r.pred !== null,
    off: (r) => !r.agree,
    all: () => true,
  };
  return rows.filter(pick[kind]);
}

/** One row as a block: id, gold, ours, status/reader, question, options and the reply. */
export function formatRow(r: BlindRow): string {
  const opts = r.rec.options
    ? Object.entries(r.rec.options)
        .map(([k, v]) => `  ${k}. ${v}`)
        .join('\n')
    : '  (no options)';
  return [
    `=== ${r.rec.id} (${r.rec.lang}, ${r.rec.style}${r.rec.multi ? ', multi' : ''}) gold ${r.gold ?? 'null'} ours ${r.pred ?? 'null'} — ${r.status ?? '?'} via ${r.how ?? '?'}`,
    `Q: ${r.rec.question ?? '(none)'}`,
    opts,
    `--- reply\n${r.rec.output}`,
  ].join('\n');
}

export function groupBy(rows: readonly BlindRow[], key: (r: BlindRow) => string): Map<string, Agreement> {
  const groups = new Map<string, BlindRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, agreement(v)]));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, a: Agreement) =>
  `${name.padEnd(18)} ${String(a.agree).padStart(5)}/${String(a.n).padEnd(5)} ${pct(a.rate).padStart(6)}   hedges credited ${a.hedgesCredited}, missed ${a.missed}, wrong letters ${a.wrongLetters}`;

function main(argv: string[]): void {
  const valued = new Set(['--extractor', '--misses', '--context', '--via', '--rows']);
  const path = argv.find((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
  if (!path) {
    console.error('usage: npx tsx bench/extract-blind.ts <file.jsonl> [--extractor new|legacy] [--misses N] [--rows wrong|missed|hedge|off|all] [--json]');
    process.exit(2);
  }
  const ex = argv.includes('--extractor') ? argv[argv.indexOf('--extractor') + 1] : 'new';
  if (ex !== 'new' && ex !== 'legacy') throw new Error(`--extractor must be new or legacy, got ${ex}`);
  const misses = argv.includes('--misses') ? Number(argv[argv.indexOf('--misses') + 1]) : 0;
  const context = argv.includes('--context') ? argv[argv.indexOf('--context') + 1] : 'item';
  if (context !== 'item' && context !== 'options' && context !== 'none') throw new Error(`--context must be item, options or none, got ${context}`);
  const via = argv.includes('--via') ? argv[argv.indexOf('--via') + 1] : 'reader';
  if (via !== 'reader' && via !== 'eval') throw new Error(`--via must be reader or eval, got ${via}`);
  const kind = argv.includes('--rows') ? argv[argv.indexOf('--rows') + 1] : undefined;
  if (kind !== undefined && !ROW_KINDS.includes(kind as RowKind)) throw new Error(`--rows must be one of ${ROW_KINDS.join(', ')}, got ${kind}`);
  const rows = scoreBlind(readBlindCorpus(path), ex, context, via);
  const overall = agreement(rows);
  const byLang = groupBy(rows, (r) => r.rec.lang);
  const byStyle = groupBy(rows, (r) => r.rec.style);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ file: path, extractor: ex, overall, byLang: Object.fromEntries(byLang), byStyle: Object.fromEntries(byStyle) }, null, 2));
    return;
  }
  console.log(`${path} — extractor: ${ex}, context: ${context}, via: ${via}`);
  console.log(line('overall', overall));
  for (const [k, a] of byLang) console.log(line(`lang ${k}`, a));
  for (const [k, a] of byStyle) console.log(line(`style ${k}`, a));
  if (kind !== undefined) for (const r of rowsOfKind(rows, kind as RowKind)) console.log(`\n${formatRow(r)}`);
  for (const r of rows.filter((x) => !x.agree).slice(0, misses)) {
    console.log(`\n--- ${r.rec.id} (${r.rec.lang}, ${r.rec.style}) gold ${r.gold} got ${r.pred}\n${r.rec.output.slice(-600)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
