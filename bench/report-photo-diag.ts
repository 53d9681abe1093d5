// Session 36 photo diagnosis (dev aid): for cached OCR words of one case, print the page lines as the parser reads
// them (after cutSideBySide/alignToPage), the case's printed text, and the misses of that case.
//   npx tsx bench/report-photo-diag.ts bench/blind/report-texts-36.jsonl rt36-01 [--cache DIR] [--no-text]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { OcrWord } from '../src/report/intake/ocr-lines.js';
import { pageDocument, parseReportDocument } from '../src/report/intake/read-report.js';
import { alignToPage } from '../src/report/intake/page-layout.js';
import { cutSideBySide } from '../src/report/intake/page-columns.js';
import { splitAtColumns } from '../src/report/intake/column-grid.js';
import { readBlindReports } from './report-blind-cases.js';
import { emptyTally, scoreCase } from './report-intake.js';

const args = process.argv.slice(2);
const cacheDir = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : '/tmp/h36pc';
const [file, id] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--cache');
const batch = basename(file).replace(/\.jsonl$/, '');
const c = readBlindReports(file).find((x) => x.id === id);
if (!c) throw new Error(`no case ${id} in ${file}`);
const page = JSON.parse(readFileSync(join(cacheDir, `${batch}--${c.id}.words.json`), 'utf8')) as { words: OcrWord[]; skew: number };
const doc = pageDocument(`${c.id}.jpg`, page.words, page.skew);
if (!args.includes('--no-text')) console.log(`--- printed\n${c.text}`);
console.log('--- OCR lines (aligned)');
for (const l of alignToPage(splitAtColumns(cutSideBySide(doc.ocr?.lines ?? []))))
  console.log(l ? `${String(Math.round(l.y0 ?? 0)).padStart(5)} ${l.text}` : '');
const rep = parseReportDocument(doc);
const t = emptyTally();
scoreCase(c, rep.results, t, 'photo');
console.log('--- misses');
for (const m of t.misses) console.log(m);
console.log('--- skipped with check');
for (const s of rep.skipped) if (s.check) console.log(`${s.line}: ${s.reason} :: ${s.text}`);
