// Pasted-text scoring of many report-texts batches at once (no files written): per batch and in total, found /
// expected, invented, value correct / wrong shown, flag correct (flagAgrees) beside the exact flag of the scorer
// before session 30, critical found or marked and critical over-calls — for comparing two designs on every study
// batch in seconds. --pdf reads each report as a PDF with a text layer instead (renderPdf → readReportBytes, as
// report-blind.ts does); the photo figure needs report-blind.ts or report-photo-cached.ts.
//   npx tsx bench/report-text-all.ts bench/blind/report-texts-*.jsonl [--pdf] [--misses]
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { closeOcr } from '../src/report/intake/ocr.js';
import { parseReportDocument } from '../src/report/intake/read-report.js';
import { readBlindReports } from './report-blind-cases.js';
import { emptyTally, readCase, scoreCase, type IntakeMode, type IntakeTally } from './report-intake.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/report-text-all.ts <report-texts.jsonl> … [--pdf] [--misses]\n');
  process.exit(2);
}
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) {
  process.stderr.write(
    `no such report-texts file: ${missing.join(', ')} (expected JSON Lines of blind report texts, e.g. bench/blind/report-texts-30.jsonl)\n`,
  );
  process.exit(2);
}
const mode: IntakeMode = args.includes('--pdf') ? 'pdf' : 'text';
const line = (t: IntakeTally) =>
  `found ${t.found}/${t.expected}, invented ${t.invented}, value ${t.valueCorrect} (${t.valueWrongShown} wrong shown / ${t.unreadable} unreadable), flag ${t.flagCorrect} (exact ${t.flagExact}), critical ${t.criticalFoundOrMarked}/${t.critical}, over-called ${t.criticalOvercall}`;
const total = emptyTally();
for (const file of files) {
  const t = emptyTally();
  for (const c of readBlindReports(file)) {
    const results = mode === 'text' ? parseReportDocument({ name: c.id, kind: 'text', text: c.text, pages: 1 }).results : (await readCase(c, mode, 0)).results;
    scoreCase(c, results, t, mode);
    scoreCase(c, results, total, mode);
  }
  console.log(`${basename(file, '.jsonl')}: ${line(t)}`);
  if (args.includes('--misses')) for (const m of t.misses) console.log(`  ${m}`);
}
console.log(`TOTAL: ${line(total)}`);
await closeOcr();
