// Read a probe file with the reader and print each probe's kind, gold, prediction and note (for a head/after diff).
//   npx tsx bench/extract-probe-compare.ts bench/extract-s27-verdict-row-probes.jsonl
import { readFileSync } from 'node:fs';
import { readChoiceAnswer } from '../src/eval/extract/final-answer.js';

const path = process.argv[2];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as {
    id: string;
    kind: string;
    options: Record<string, string>;
    multi: boolean;
    question: string;
    output: string;
    gold: string | null;
    note: string;
  };
  const got = readChoiceAnswer(r.output, { valid: Object.keys(r.options), options: r.options, multi: r.multi, question: r.question }).value;
  console.log([r.id, r.kind, r.gold, got, got === r.gold ? 'ok' : 'MISS', r.note].join('\t'));
}
