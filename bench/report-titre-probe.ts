// Titre probes (session 25): a "1:N" dilution read as one value only with its frame — a titre range on the row or a
// word result right before it — and never from a clock, a dilution remark or a quoted cut-off. Each probe is read as
// pasted text and as photo text (unitsMayBeMisread).
//   npx tsx bench/report-titre-probe.ts bench/report-s25-titre-probes.jsonl          (hit / near-miss score)
//   npx tsx bench/report-titre-probe.ts <any probes.jsonl with "text"> --dump        (every row, to diff two trees)
import { parseLabReport } from '../src/report/parse.js';
import type { LabResult } from '../src/report/types.js';
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  text: string;
  kind?: 'hit' | 'near';
  expect?: { name: string; value: string; flag?: string };
  /** Rows that must stay, by name part and value (and flag, when given). */
  keep?: [string, string, string?][];
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx bench/report-titre-probe.ts <probes.jsonl> [--dump]');
  process.exit(2);
}
const probes = readJsonLines<Probe>(file);
const readings = (text: string): [string, LabResult[]][] => [
  ['text', parseLabReport(text).results],
  ['photo', parseLabReport(text, { unitsMayBeMisread: true }).results],
];
const show = (r: LabResult) => `${r.code ?? '-'}|${r.name}|${r.valueText}|${r.unit ?? ''}|${r.range?.text ?? ''}|${r.flag}`;
const titreShown = (r: LabResult) => /\b1:\d/.test(r.valueText) || /1:\d/.test(r.range?.text ?? '');

if (args.includes('--dump')) {
  for (const p of probes) for (const [mode, rs] of readings(p.text)) console.log(`${p.id}\t${mode}\t${rs.map(show).join(' ; ')}`);
} else {
  const tally = { hit: [0, 0], near: [0, 0] };
  for (const p of probes) {
    for (const [mode, rs] of readings(p.text)) {
      let ok: boolean;
      if (p.kind === 'hit' && p.expect) {
        const e = p.expect;
        const g = rs.find((r) => r.name.includes(e.name));
        ok = !!g && g.valueText.replace(/\s+/g, '') === e.value.replace(/\s+/g, '') && (!e.flag || g.flag === e.flag);
        // No stray "1" beside it (the hour of a split titre).
        ok &&= !rs.some((r) => r !== g && /^1$/.test(r.valueText));
      } else {
        const kept = (r: LabResult) => (p.keep ?? []).some(([n, v, f]) => r.name.includes(n) && r.valueText === v && (!f || r.flag === f));
        ok =
          !rs.some((r) => !kept(r) && titreShown(r)) &&
          (p.keep ?? []).every(([n, v, f]) => rs.some((r) => r.name.includes(n) && r.valueText === v && (!f || r.flag === f)));
      }
      const k = p.kind === 'hit' ? 'hit' : 'near';
      tally[k][1]++;
      if (ok) tally[k][0]++;
      else console.log(`MISS ${p.id} ${mode}: ${rs.map(show).join(' ; ') || '(no rows)'}`);
    }
  }
  console.log(`hits ${tally.hit[0]}/${tally.hit[1]}  near-misses ${tally.near[0]}/${tally.near[1]}  (text + photo readings)`);
}
