// Level and crisis line per probe row, for before/after diffs of the warning-sign fix (#19, s24):
//   npx tsx bench/triage-level-line-run.ts probes.jsonl [more.jsonl …] > out.tsv
// Each row needs id and text; the call is the triage-score one (triageDetail(text, {})), the crisis line bench/crisis-line.ts.
import { readFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';
import { CRISIS_LINE } from './crisis-line.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx bench/triage-level-line-run.ts probes.jsonl [more.jsonl …]');
  process.exit(2);
}
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: string; text?: string };
    if (typeof row.id !== 'string' || typeof row.text !== 'string') {
      console.error(`${file}: a row without id or text`);
      process.exit(2);
    }
    const d = triageDetail(row.text, {});
    console.log([row.id, d.level, CRISIS_LINE.test(d.message) ? 'crisis' : '-', d.reasons.join(',')].join('\t'));
  }
}
