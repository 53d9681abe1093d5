// Every extract gate in one process, one line per row (file, id, expected, ours, status, reader), so a before/after
// diff shows each row that moved in either direction: every bench/blind/extract-* batch, the reviewers' blind batches
// kept in bench/blind (review-*extract*), and every bench/extract-*probe*.jsonl. Probe files name their fields
// differently (output/out/record.reply; gold/expected/exp): each row is read as bench/extract-blind.ts reads a batch.
//
//   npx tsx bench/extract-gates.ts > before.tsv   (then after the change: diff before.tsv after.tsv)
import { readdirSync, readFileSync } from 'node:fs';
import { readChoiceAnswer } from '../src/eval/extract/final-answer.js';

const files = [
  ...readdirSync('bench/blind')
    .filter((f) => /^(?:extract-[a-z]+|review-.*extract.*)\.jsonl$/.test(f))
    .map((f) => `bench/blind/${f}`),
  ...readdirSync('bench')
    .filter((f) => /^extract-.*probe.*\.jsonl$/.test(f))
    .map((f) => `bench/${f}`),
].sort();

const field = (o: Record<string, unknown>, ...keys: string[]): unknown => keys.map((k) => o[k]).find((v) => v !== undefined);
const letters = (g: unknown): string =>
  typeof g !== 'string' || /^\s*(?:invalid|none|null)?\s*$/i.test(g) ? 'null' : [...new Set(g.toUpperCase().replace(/[^A-Z]/g, ''))].sort().join('') || 'null';

for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Record<string, unknown>;
      const rec = { ...((o.record as Record<string, unknown> | undefined) ?? {}), ...o };
      const output = field(rec, 'output', 'out', 'reply');
      if (typeof output !== 'string') return;
      const options = (rec.options as Record<string, string> | null | undefined) ?? undefined;
      const valid = options ? Object.keys(options).map((k) => k.toUpperCase()) : undefined;
      const question = typeof rec.question === 'string' ? rec.question : undefined;
      const r = readChoiceAnswer(output, { valid, options, multi: rec.multi === true, question });
      const expected = field(rec, 'gold', 'expected', 'exp');
      console.log(
        [file, String(rec.id ?? `line-${i + 1}`), letters(expected), r.value ?? 'null', r.status, r.how, rec.multi === true ? 'multi' : 'single'].join('\t'),
      );
    });
}
