// Photo intake re-scored from cached OCR: each case's photo (the same render and seed as report-blind.ts, so the
// same words) is read once and Tesseract's WORDS are stored (`<batch>--<id>.words.json`); later runs rebuild the
// document from them (pageDocument: lines, name repair, columns) and parse, so a repair, row or gating design after
// OCR is measured on every frozen batch in seconds instead of OCR minutes. A document cached by an older version
// (`<batch>--<id>.json`, repairs already applied) is still read, as it was. The first run with --ocr is what
// report-blind.ts reports for photos; figures from a cache are the same design's, not a new first sight.
//   npx tsx bench/report-photo-cached.ts bench/blind/report-texts-14.jsonl … [--ocr] [--misses] [--cache DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { closeOcr, ocrImage } from '../src/report/intake/ocr.js';
import type { OcrWord } from '../src/report/intake/ocr-lines.js';
import { pageDocument, parseReportDocument, type ReportDocument } from '../src/report/intake/read-report.js';
import { readBlindReports } from './report-blind-cases.js';
import { emptyTally, scoreCase } from './report-intake.js';
import { photograph, renderPage } from '../src/report/intake/testing/render.js';

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
    const wordsPath = join(cacheDir, `${batch}--${c.id}.words.json`);
    const docPath = join(cacheDir, `${batch}--${c.id}.json`);
    let doc: ReportDocument;
    if (existsSync(wordsPath)) {
      const page = JSON.parse(readFileSync(wordsPath, 'utf8')) as { words: OcrWord[]; skew: number };
      doc = pageDocument(`${c.id}.jpg`, page.words, page.skew);
    } else if (existsSync(docPath)) {
      doc = JSON.parse(readFileSync(docPath, 'utf8')) as ReportDocument;
    } else if (args.includes('--ocr')) {
      // readReportBytes reads a JPEG as ocrImage → pageDocument; the words are what it builds from.
      const page = await ocrImage(new Uint8Array(photograph(renderPage(c.text), { seed: 100 + i })), `${c.id}.jpg`);
      writeFileSync(wordsPath, JSON.stringify({ words: page.words, skew: page.skew }));
      doc = pageDocument(`${c.id}.jpg`, page.words, page.skew);
    } else {
      uncached++;
      continue;
    }
    scoreCase(c, parseReportDocument(doc).results, t, 'photo');
  }
  console.log(
    `${batch}: ${t.reports} reports${uncached ? ` (${uncached} not cached; --ocr reads them)` : ''}, recall ${pct(t.found, t.expected)} %, invented ${t.invented}, value ${pct(t.valueCorrect, t.found)} % (${t.valueWrongShown} wrong shown / ${t.unreadable} unreadable), unit ${pct(t.unitCorrect, t.unitChecked)} %, flag ${pct(t.flagCorrect, t.found)} % (exact ${pct(t.flagExact, t.found)} %), critical ${t.criticalFoundOrMarked}/${t.critical}, over-called ${t.criticalOvercall}`,
  );
  if (args.includes('--misses')) for (const m of t.misses) console.log(`  ${m}`);
}
await closeOcr();
