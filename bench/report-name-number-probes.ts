// Session 37 self-probes (name-number.ts and the photo's lost point): each probe is a printed table read twice — as
// pasted text and as a photo's words laid where a printout puts them (report-probes-args.ts pageWords) — and
// lists what must be shown: code (or, for a test the table does not know, its printed name) = value, or null where
// NO result may be shown under that code (a tumour marker "CA 15-3" read as calcium).
//   npx tsx bench/report-name-number-probes.ts bench/reports-s37-self-probes.jsonl [--root /tmp/wt37s]
import { type ReportProbe as Probe, pageWords, reportProbeArgs } from './report-probes-args.js';

const { probes, src } = reportProbeArgs('report-name-number-probes.ts');
const reader = (await import(`${src}/report/intake/read-report.ts`)) as typeof import('../src/report/intake/read-report.js');

const tally = { class: [0, 0], 'look-alike': [0, 0] } as Record<Probe['kind'], [number, number]>;
for (const p of probes) {
  const docs = {
    text: { name: p.id, kind: 'text' as const, text: p.text, pages: 1 },
    photo: reader.pageDocument(`${p.id}.jpg`, pageWords(p.text)),
  };
  const misses: string[] = [];
  for (const [mode, doc] of Object.entries(docs)) {
    const results = reader.parseReportDocument(doc).results.filter((r) => r.value !== null);
    const shown = (key: string) => results.filter((r) => (r.code ?? r.name) === key).map((r) => `${r.valueText} ${r.flag}`);
    for (const [key, v] of Object.entries(p.want)) {
      const got = shown(key);
      if (v === null ? got.length > 0 : !got.some((g) => g.startsWith(`${v} `)))
        misses.push(`${mode} ${key} want ${v ?? 'none'}, shown ${got.join(' | ') || '—'}`);
    }
  }
  tally[p.kind][1]++;
  if (!misses.length) tally[p.kind][0]++;
  console.log(`${misses.length ? 'MISS' : 'ok  '} ${p.kind.padEnd(10)} ${p.id}${misses.length ? `: ${misses.join('; ')}` : ''}`);
}
console.log(`class ${tally.class[0]}/${tally.class[1]}, look-alikes ${tally['look-alike'][0]}/${tally['look-alike'][1]}`);
