// Where the allergy check fires (safety/allergy-check.ts): every user message of the frozen question batches in git
// (bench/blind, committed files only) and of held-out corpora in ../shared/data (MedicationQA questions; the
// cMedQA/Huatuo/ChatDoctor user turns), each read alone. Prints counts and every message that fires, for reading by
// eye: a stated allergy must be the writer's, and every conflict a real class membership or cross-reactivity.
// Usage: npx tsx bench/allergy-scan.ts [--show N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allergyConflicts, readStatedAllergies } from '../src/safety/allergy-check.js';

const SHARED = process.env.QUARKMED_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? Number(process.argv[showAt + 1]) : 40;

function userTexts(row: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of ['question', 'text', 'opening', 'Question', 'instruction', 'input']) {
    const v = row[k];
    if (typeof v === 'string' && v.trim()) out.push(v);
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) out.push(x);
  }
  if (Array.isArray(row.history)) for (const turn of row.history) if (Array.isArray(turn) && typeof turn[0] === 'string') out.push(turn[0]);
  return out;
}

function rows(path: string): Record<string, unknown>[] {
  const text = readFileSync(path, 'utf8').trim();
  if (text.startsWith('[')) return JSON.parse(text) as Record<string, unknown>[];
  return text.split('\n').flatMap((l) => (l.trim() ? [JSON.parse(l) as Record<string, unknown>] : []));
}

const frozen = execFileSync('git', ['ls-files', 'bench/blind/*.jsonl'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/labels|verdicts|judge|outputs|keys/.test(f));
const heldOut = ['bench/medicationqa-dev.jsonl', 'corpus/cmtmedqa-test.json', 'corpus/huatuo26m-test.json', 'corpus/chatdoctor5k.json'].map((f) =>
  join(SHARED, f),
);

for (const [label, files] of [
  ['frozen batches', frozen],
  ['held-out corpora', heldOut],
] as const) {
  let messages = 0;
  let stated = 0;
  let conflicts = 0;
  const fired: string[] = [];
  for (const f of files) {
    let rs: Record<string, unknown>[];
    try {
      rs = rows(f);
    } catch (err) {
      // A held-out file that cannot be read would make '0 warnings' meaningless: stop.
      console.error(`allergy-scan: cannot read ${f}: ${err instanceof Error ? err.message : String(err)} (set QUARKMED_SHARED_DATA)`);
      process.exit(2);
    }
    for (const r of rs)
      for (const t of userTexts(r)) {
        messages++;
        const a = readStatedAllergies(t);
        if (a.length) stated++;
        const c = allergyConflicts(t);
        if (c.length) conflicts++;
        if (a.length)
          fired.push(
            `${f.split('/').pop()}: ${a.map((x) => `${x.cls}:${x.name}`).join(',')} → ${c.map((x) => `${x.drug}(${x.relation})`).join(', ') || '-'} | ${t.replace(/\s+/g, ' ').slice(0, 160)}`,
          );
      }
  }
  console.log(`${label}: ${files.length} files, ${messages} messages, stated allergy ${stated}, conflict warned ${conflicts}`);
  for (const l of fired.slice(0, show)) console.log(`  ${l}`);
}
