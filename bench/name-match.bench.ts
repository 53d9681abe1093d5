// Dictionary name matching on real text: the terminology matcher (tag step, query expansion), ICD-10 name scan,
// drug and examination name scans. Build time once, then texts per second over the Toyhom sample and ChatDoctor.
// Run: npx tsx bench/name-match.bench.ts   (QUARKMED_SHARED_DATA to point at the data folder)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/data/readers/index.js';
import { inputSpecSchema } from '../src/data/readers/input-spec.js';
import { loadDrugLexicon } from '../src/knowledge/drugs.js';
import { ICD10_FILE, loadIcd10 } from '../src/knowledge/icd10.js';
import { loadTerminology } from '../src/knowledge/terminology.js';
import { loadCheckNames } from '../src/rl/check-names.js';
import { writeBenchResults } from './report.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const TERMS = join(DATA, 'terms');
const TOYHOM = join(DATA, 'corpus', 'toyhom-neike-sample.gb18030.csv');
const CHATDOCTOR = join(DATA, 'corpus', 'chatdoctor5k.json');
if (!existsSync(TOYHOM) || !existsSync(TERMS)) throw new Error(`missing ${TOYHOM} or ${TERMS}; set QUARKMED_SHARED_DATA`);

const texts: string[] = [];
for await (const r of readInputs([inputSpecSchema.parse({ type: 'csv', path: TOYHOM, text: ['title', 'ask', 'answer'], source: 'toyhom' })], '/'))
  texts.push(r.text);
const zh = texts.length;
if (existsSync(CHATDOCTOR)) {
  for (const r of JSON.parse(readFileSync(CHATDOCTOR, 'utf8')) as { input: string; output: string }[]) texts.push(`${r.input}\n${r.output}`);
}
const chars = texts.reduce((s, t) => s + t.length, 0);

function timed<T>(f: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = f();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

const terminology = await (async () => {
  const t0 = performance.now();
  const value = await loadTerminology({ termsDir: TERMS });
  return { value, seconds: (performance.now() - t0) / 1000 };
})();
const icd = timed(() => loadIcd10(join(TERMS, ICD10_FILE)));
const drugs = timed(() => loadDrugLexicon(TERMS));
const checks = timed(() => loadCheckNames(TERMS));

// The ICD and drug tries are built on the first scan: that first call is reported as part of loading.
const scanners: { name: string; load: number; first: () => unknown; scan: (t: string) => unknown }[] = [
  { name: 'terminology.match', load: terminology.seconds, first: () => 0, scan: (t) => terminology.value.match(t) },
  { name: 'icd.findNames', load: icd.seconds, first: () => icd.value.findNames(''), scan: (t) => icd.value.findNames(t, 20) },
  { name: 'drugs.findDrugs', load: drugs.seconds, first: () => drugs.value.findDrugs(''), scan: (t) => drugs.value.findDrugs(t) },
  { name: 'checkNames.find', load: checks.seconds, first: () => 0, scan: (t) => checks.value?.find(t) },
];

const rows: (string | number)[][] = [];
const figures: Record<string, unknown> = { texts: texts.length, zhTexts: zh, chars };
for (const s of scanners) {
  const load = s.load + timed(s.first).seconds;
  let hits = 0;
  const { seconds } = timed(() => {
    for (const t of texts) hits += (s.scan(t) as unknown[] | undefined)?.length ?? 0;
  });
  const perSec = Math.round(texts.length / seconds);
  figures[s.name] = { loadSeconds: load, seconds, textsPerSecond: perSec, mcharsPerSecond: chars / seconds / 1e6, hits };
  rows.push([s.name, load.toFixed(2), seconds.toFixed(3), perSec, (chars / seconds / 1e6).toFixed(2), hits]);
}

writeBenchResults('name-match', figures, [
  {
    title: `Name matching (${texts.length} texts: ${zh} Toyhom zh + ${texts.length - zh} ChatDoctor en; ${(chars / 1e6).toFixed(2)} M chars)`,
    columns: ['scanner', 'load + build s', 'scan s', 'texts/s', 'M chars/s', 'hits'],
    rows,
    note: 'One character trie per dictionary (src/knowledge/name-trie.ts), longest match left to right. Load includes reading the terms folder. The machine is shared with other jobs; treat times as upper bounds.',
  },
]);
