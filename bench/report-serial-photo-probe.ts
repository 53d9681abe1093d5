// Photographed cumulative tables (session 28): a row holding one value per collection column, under a head whose
// stamps the photo damaged ("03-18 本次 )", "挂位" for 单位), was shown with an earlier column's value as the current
// result (report-texts-26 rt26-09, -27 rt27-07, -28 rt28-12). Each probe's lines are laid out as OCR words (one word
// per space-separated piece, at its printed column) and read as a photo (pageDocument → parseReportDocument).
// A "marked" probe's row must be unreadable (several values, check which is current), with a please-check entry
// when `check`; a "shown" probe's row must be a confident result of that value. --dump prints every row, to diff
// two trees (near-misses must read the same before and after).
//   npx tsx bench/report-serial-photo-probe.ts bench/report-s28-serial-photo-probes.jsonl [--dump]
import { pageDocument, parseReportDocument } from '../src/report/intake/read-report.js';
import type { LabReport } from '../src/report/types.js';
import { readJsonLines } from './json-lines.js';
import { synthWords as words } from './report-synth-words.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  text: string;
  expect: { code: string; value: string; status: 'marked' | 'shown'; check?: boolean };
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx bench/report-serial-photo-probe.ts <probes.jsonl> [--dump]');
  process.exit(2);
}
const show = (r: LabReport) =>
  [
    ...r.results.map((x) => `${x.code ?? '-'}|${x.valueText}|${x.flag}|${x.read?.status ?? ''}`),
    ...r.skipped.filter((s) => s.check).map((s) => `CHECK ${s.check?.code}|${s.check?.valueText}|${s.check?.flag}`),
  ].join(' ; ');
const tally = { hit: [0, 0], near: [0, 0] };
for (const p of readJsonLines<Probe>(file)) {
  const r = parseReportDocument(pageDocument(`${p.id}.jpg`, words(p.text)));
  if (args.includes('--dump')) {
    console.log(`${p.id}\t${show(r)}`);
    continue;
  }
  const e = p.expect;
  const row = r.results.find((x) => x.code === e.code);
  const checked = r.skipped.some((s) => s.check?.code === e.code && s.check.valueText === e.value);
  const ok =
    e.status === 'marked'
      ? row?.read?.status === 'unreadable' && (!e.check || checked)
      : row !== undefined && row.valueText === e.value && row.read?.status !== 'unreadable';
  tally[p.kind][0] += ok ? 1 : 0;
  tally[p.kind][1]++;
  if (!ok) console.log(`MISS ${p.id} (${p.kind}): ${show(r)}`);
}
console.log(`hits ${tally.hit[0]}/${tally.hit[1]}, near-misses ${tally.near[0]}/${tally.near[1]}`);
