// Pasted-text scoring of many report-texts batches at once (no files written): per batch and in total, found /
// expected, invented, flag correct and critical found or marked — for comparing two designs on every study batch
// in seconds (the photo figure needs report-blind.ts or report-photo-cached.ts).
//   npx tsx bench/report-text-all.ts bench/blind/report-texts-*.jsonl [--misses]
import { basename } from 'node:path';
import { parseReportDocument } from '../src/report/intake/read-report.js';
import { readBlindReports } from './report-blind-cases.js';
import { emptyTally, scoreCase } from './report-intake.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/report-text-all.ts <report-texts.jsonl> … [--misses]\n');
  process.exit(2);
}
const total = emptyTally();
for (const file of files) {
  const t = emptyTally();
  for (const c of readBlindReports(file)) {
    const results = parseReportDocument({ name: c.id, kind: 'text', text: c.text, pages: 1 }).results;
    scoreCase(c, results, t, 'text');
    scoreCase(c, results, total, 'text');
  }
  console.log(
    `${basename(file, '.jsonl')}: found ${t.found}/${t.expected}, invented ${t.invented}, flag ${t.flagCorrect}, critical ${t.criticalFoundOrMarked}/${t.critical}`,
  );
  if (args.includes('--misses')) for (const m of t.misses) console.log(`  ${m}`);
}
console.log(
  `TOTAL: found ${total.found}/${total.expected}, invented ${total.invented}, flag ${total.flagCorrect}, critical ${total.criticalFoundOrMarked}/${total.critical}`,
);
