// Photo rows whose name's closing bracket was lost or misread (session 27): "8 #(K 6.92 什 mmol/L 3.5-5.3",
// "葡萄糖 ( 随机 | 2.1 L* mmol/L 3.9-7.8" were dropped as "a sentence before the value" and two critical values of
// report-texts-27 were lost. A hit is a row of the expected analyte and value in the photo reading; a near-miss
// "absent" is a remark that must give no row, "same" a line whose photo reading must keep the text reading's
// presence (text never changes: the rule is photo-only). --dump prints every row of both readings, to diff two trees.
//   npx tsx bench/report-photo-bracket-probe.ts bench/report-s27-photo-bracket-probes.jsonl [--dump]
import { parseLabReport } from '../src/report/parse.js';
import type { LabReport } from '../src/report/types.js';
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  text: string;
  /** `check`: the remark's "please check" entry for the value must stay (a notice word refuses the row). */
  expect: { code: string; value: string; photo?: 'absent' | 'same'; check?: boolean };
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx bench/report-photo-bracket-probe.ts <probes.jsonl> [--dump]');
  process.exit(2);
}
const show = (r: LabReport) =>
  [
    ...r.results.map((x) => `${x.code ?? '-'}|${x.valueText}|${x.unit ?? ''}|${x.range?.text ?? ''}|${x.flag}`),
    ...r.skipped.filter((s) => s.check).map((s) => `CHECK ${s.check?.code}|${s.check?.valueText}|${s.check?.flag}`),
  ].join(' ; ');
const has = (r: LabReport, e: Probe['expect']) => r.results.some((x) => x.code === e.code && x.valueText === e.value);
const checked = (r: LabReport, e: Probe['expect']) => r.skipped.some((s) => s.check?.code === e.code && s.check.valueText === e.value);
// A hit leaves no "sentence before the value" skip behind for its line.
const clean = (r: LabReport) => !r.skipped.some((s) => s.reason.startsWith('a sentence stands between'));
const tally = { hit: [0, 0], near: [0, 0] };
for (const p of readJsonLines<Probe>(file)) {
  const text = parseLabReport(p.text);
  const photo = parseLabReport(p.text, { unitsMayBeMisread: true });
  if (args.includes('--dump')) {
    console.log(`${p.id}\ttext\t${show(text)}\n${p.id}\tphoto\t${show(photo)}`);
    continue;
  }
  const ok =
    p.kind === 'hit'
      ? has(photo, p.expect) && clean(photo)
      : (p.expect.photo === 'absent' ? !has(photo, p.expect) : has(photo, p.expect) === has(text, p.expect)) && (!p.expect.check || checked(photo, p.expect));
  tally[p.kind][1]++;
  if (ok) tally[p.kind][0]++;
  else console.log(`MISS ${p.id} (${p.kind}): photo ${show(photo) || '(no rows)'}`);
}
if (!args.includes('--dump')) console.log(`hits ${tally.hit[0]}/${tally.hit[1]}  near-misses ${tally.near[0]}/${tally.near[1]}  (photo reading)`);
