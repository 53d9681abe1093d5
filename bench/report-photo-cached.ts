// Photo intake re-scored from cached OCR: each case's photo (the same render and seed as report-blind.ts, so the
// same words) is read once and its document stored; later runs only parse, so a parsing or gating design is measured
// on every frozen batch in seconds instead of OCR minutes. The first run with --ocr is what report-blind.ts reports
// for photos; figures from a cache are the same design's, not a new first sight.
//   npx tsx bench/report-photo-cached.ts bench/blind/report-texts-14.jsonl … [--ocr] [--misses] [--cache DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { closeOcr } from '../src/report/intake/ocr.js';
import { parseReportDocument, readReportBytes, type ReportDocument } from '../src/report/intake/read-report.js';
import { readBlindReports } from './report-blind-cases.js';
import { emptyTally, scoreCase } from './report-intake.js';
import { photograph, renderPage } from './report-render.js';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--cache');
// Bad input is one line and a non-zero exit before any OCR starts.
const fail = (message: string): never => {
  process.stderr.write(`report-photo-cached: ${message}\n`);
  process.exit(2);
};
const usage = 'usage: npx tsx bench/report-photo-cached.ts <report-texts.jsonl> … [--ocr] [--misses] [--cache DIR]';
if (args.includes('--cache') && (opt('--cache') === undefined || opt('--cache')!.startsWith('--'))) fail(`--cache needs a folder; ${usage}`);
if (files.length === 0) fail(usage);
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) fail(`no such file: ${missing.join(', ')}`);
const cacheDir = opt('--cache') ?? '/tmp/quarkmed-photo-cache';
mkdirSync(cacheDir, { recursive: true });
const pct = (a: number, b: number) => ((100 * a) / Math.max(1, b)).toFixed(1);
for (const file of files) {
  const batch = basename(file).replace(/\.jsonl$/, '');
  const cases = readBlindReports(file);
  const t = emptyTally();
  let uncached = 0;
  // report-intake.ts measureIntake: photo seeds start at 100, one per case in file order.
  for (const [i, c] of cases.entries()) {
    const path = join(cacheDir, `${batch}--${c.id}.json`);
    if (!existsSync(path)) {
      if (!args.includes('--ocr')) {
        uncached++;
        continue;
      }
      const doc = await readReportBytes(new Uint8Array(photograph(renderPage(c.text), { seed: 100 + i })), `${c.id}.jpg`);
      writeFileSync(path, JSON.stringify(doc));
    }
    scoreCase(c, parseReportDocument(JSON.parse(readFileSync(path, 'utf8')) as ReportDocument).results, t, 'photo');
  }
  console.log(
    `${batch}: ${t.reports} reports${uncached ? ` (${uncached} not cached; --ocr reads them)` : ''}, recall ${pct(t.found, t.expected)} %, invented ${t.invented}, value ${pct(t.valueCorrect, t.found)} % (${t.valueWrongShown} wrong shown / ${t.unreadable} unreadable), unit ${pct(t.unitCorrect, t.unitChecked)} %, flag ${pct(t.flagCorrect, t.found)} %, critical ${t.criticalFoundOrMarked}/${t.critical}`,
  );
  if (args.includes('--misses')) for (const m of t.misses) console.log(`  ${m}`);
}
await closeOcr();
