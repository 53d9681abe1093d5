// Session 36 probes for an UNDATED current column in a serial table ("Today", 本次结果, "This visit" beside dated
// columns) and its look-alikes (the current column decided by dates, a glued mark, a title line, the column-title
// reader). Texts written for these probes, not taken from any batch. Each probe lists code=value that must be shown as
// the current result, or code=check: the row's value withheld (unreadable) with no dated value shown as current.
// Scored with the pasted-text reader of a checkout:
//   npx tsx bench/report-undated-column-probes.ts bench/reports-s36-today-probes.jsonl [--root /tmp/wt36s]
import { reportProbeArgs } from './report-probes-args.js';

const { probes, src } = reportProbeArgs('report-undated-column-probes.ts');
const parser = (await import(`${src}/report/parse.ts`)) as typeof import('../src/report/parse.js');

const tally = { class: [0, 0], 'look-alike': [0, 0] };
for (const p of probes) {
  const r = parser.parseLabReport(p.text);
  const bad: string[] = [];
  for (const [code, want] of Object.entries(p.want)) {
    const got = r.results.find((x) => x.code === code);
    const shown = got && got.value !== null ? got.valueText.split(/\s+/)[0] : got ? 'check' : 'missed';
    if (shown !== want) bad.push(`${code}: ${shown} (want ${want})`);
  }
  tally[p.kind][1]++;
  if (bad.length === 0) tally[p.kind][0]++;
  console.log(`${p.id} ${p.kind.padEnd(10)} ${bad.length === 0 ? 'ok' : `WRONG ${bad.join('; ')}`}`);
}
console.log(`class ${tally.class[0]}/${tally.class[1]}, look-alikes ${tally['look-alike'][0]}/${tally['look-alike'][1]}`);
