// Session 36 self-probes for the photo column grid (column-grid.ts): each probe is a printed page laid out in fixed
// columns; its words get boxes where they stand (10 px per half-width column, lines 40 px apart, 20 px high), so two
// words two spaces apart are ONE narrow gap to the line builder (ocr-lines.ts joins them with one space), as a
// photographed header's "提示  单位" was. Each probe lists the values that must be shown (code=value) and, for a
// serial table, the values that must not be shown as current. Scored against the photo reader of a checkout:
//   npx tsx bench/report-column-grid-probes.ts bench/reports-s36-self-probes.jsonl [--root /tmp/wt36s]
import { pageWords, reportProbeArgs } from './report-probes-args.js';

const { probes: rows, src } = reportProbeArgs('report-column-grid-probes.ts');
const reader = (await import(`${src}/report/intake/read-report.ts`)) as typeof import('../src/report/intake/read-report.js');

let pass = 0;
for (const p of rows) {
  const report = reader.parseReportDocument(reader.pageDocument(`${p.id}.jpg`, pageWords(p.text)));
  const shown = new Map(report.results.filter((r) => r.value !== null || r.read?.status !== 'unreadable').map((r) => [r.code ?? r.name, r.valueText]));
  const wrong = Object.entries(p.want).filter(([code, v]) => shown.get(code) !== v);
  if (!wrong.length) pass++;
  console.log(
    `${wrong.length ? 'MISS' : 'ok  '} ${p.kind.padEnd(10)} ${p.id}${wrong.length ? `: ${wrong.map(([c, v]) => `${c} want ${v}, shown ${shown.get(c) ?? '—'}`).join('; ')}` : ''}`,
  );
}
console.log(`${pass}/${rows.length} probes right`);
