// Gate dump for the lab-report probe files (session 30): every probe text read as pasted text, as a PDF with a text
// layer (renderPdf → readReportBytes) and as a synthetic photo (each space-separated piece laid as an OCR word at its
// display column, as bench/report-serial-photo-probe.ts does), one line per probe and mode with every result
// (code|value|flag|status, the printed values of a withheld row) and every please-check. Run it in two trees and diff
// the outputs: a change of design is judged row by row against each probe's want.
//   npx tsx bench/report-probe-dump.ts bench/report-s2*-*probes*.jsonl [--modes text,pdf,synth] > dump.tsv
import { basename } from 'node:path';
import { closeOcr } from '../src/report/intake/ocr.js';
import { pageDocument, parseReportDocument, readReportBytes } from '../src/report/intake/read-report.js';
import { renderPdf } from '../src/report/intake/testing/render.js';
import type { LabReport } from '../src/report/types.js';
import { readJsonLines } from './json-lines.js';
import { synthWords as words } from './report-synth-words.js';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--modes');
const modes = (args.includes('--modes') ? args[args.indexOf('--modes') + 1] : 'text,pdf,synth').split(',');
if (files.length === 0) {
  console.error('usage: npx tsx bench/report-probe-dump.ts <probes.jsonl> … [--modes text,pdf,synth]');
  process.exit(2);
}

const show = (r: LabReport) =>
  [
    ...r.results.map((x) => `${x.code ?? x.name}|${x.valueText}|${x.flag}|${x.read?.status ?? ''}${x.read?.printed ? `[${x.read.printed}]` : ''}`),
    ...r.skipped.filter((s) => s.check).map((s) => `CHECK ${s.check?.code}|${s.check?.valueText}|${s.check?.flag}`),
  ].join(' ; ');

for (const file of files) {
  const set = basename(file, '.jsonl');
  for (const p of readJsonLines<{ id: string; text: string }>(file)) {
    for (const mode of modes) {
      let r: LabReport;
      if (mode === 'text') r = parseReportDocument({ name: p.id, kind: 'text', text: p.text, pages: 1 });
      else if (mode === 'pdf') r = parseReportDocument(await readReportBytes(await renderPdf(p.text), `${p.id}.pdf`));
      else r = parseReportDocument(pageDocument(`${p.id}.jpg`, words(p.text)));
      console.log(`${set}\t${p.id}\t${mode}\t${show(r)}`);
    }
  }
}
await closeOcr();
