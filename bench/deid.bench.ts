// De-identification recall/precision on real corpus text with synthetic identifiers inserted (seeded).
// Real texts: Toyhom (GB18030 CSV), huatuo26m, cmtmedqa (zh) and chatdoctor5k (en) from ../shared/data/corpus.
// Recall per type: an inserted value counts as caught when detections cover every one of its characters
// ("redacted") and, stricter, when a detection of the right type overlaps it ("typed").
// Precision: a detection on the planted text that overlaps no inserted value is a false positive. The untouched
// originals are also scanned alone: any detection there is a false positive by construction.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../src/core/encoding.js';
import { detectPhi } from '../src/safety/phi/index.js';
import type { PhiSpan, PhiType } from '../src/safety/types.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import { DEID_TYPES, makeHoldoutInsertion, makeInsertion, plant, seeded, type Rng } from './deid-synth.js';
import { percentile, writeBenchResults } from './report.js';

const PER_FILE = Number(process.env.DEID_PER_FILE ?? 400);
/** DEID_PHRASINGS=holdout uses the phrasings written after the detector (see the bench note). */
const HOLDOUT = process.env.DEID_PHRASINGS === 'holdout';
const make = HOLDOUT ? makeHoldoutInsertion : makeInsertion;
const SEED = 20251125;
const r: Rng = seeded(SEED);

function sample<T>(xs: T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
const clip = (s: string) => s.slice(0, 700);

function corpus(): { file: string; lang: 'zh' | 'en'; texts: string[] }[] {
  const toyCsv = decodeText(readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'))).text;
  const toy = (parseCsv(toyCsv, { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[]).map((x) => `${x.ask ?? ''}\n${x.answer ?? ''}`);
  const huatuo = (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[]; output: string[] }[]).map((x) => `${x.instruction.join('')}\n${x.output.join('')}`);
  const cmt = (JSON.parse(readFileSync(sharedPath('corpus', 'cmtmedqa-test.json'), 'utf8')) as { instruction: string; output: string; history?: string[][] }[]).map((x) => `${(x.history ?? []).flat().join('\n')}\n${x.instruction}\n${x.output}`);
  const cd = (JSON.parse(readFileSync(sharedPath('corpus', 'chatdoctor5k.json'), 'utf8')) as { input: string; output: string }[]).map((x) => `${x.input}\n${x.output}`);
  return [
    { file: 'toyhom-neike-sample.gb18030.csv', lang: 'zh', texts: sample(toy.filter((t) => t.trim().length > 20), PER_FILE).map(clip) },
    { file: 'huatuo26m-test.json', lang: 'zh', texts: sample(huatuo.filter((t) => t.trim().length > 20), PER_FILE).map(clip) },
    { file: 'cmtmedqa-test.json', lang: 'zh', texts: sample(cmt.filter((t) => t.trim().length > 20), PER_FILE).map(clip) },
    { file: 'chatdoctor5k.json', lang: 'en', texts: sample(cd.filter((t) => t.trim().length > 20), PER_FILE).map(clip) },
  ];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
function covered(spans: PhiSpan[], p: { start: number; end: number }): boolean {
  for (let i = p.start; i < p.end; i++) if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
}

type Key = Exclude<PhiType, 'DATE'>;
const tally = () => Object.fromEntries(DEID_TYPES.map((t) => [t, 0])) as Record<Key, number>;
const inserted = tally();
const redacted = tally();
const typed = tally();
const detTp: Record<string, number> = {};
const detFp: Record<string, number> = {};
const fpExamples: string[] = [];
const missExamples: string[] = [];
const missByType: Partial<Record<Key, number>> = {};
let origTexts = 0;
let origWithFp = 0;
let origFpSpans = 0;
const origFpExamples: string[] = [];
const times: number[] = [];
let chars = 0;

const files = corpus();

// NAME spans on the whole untouched Toyhom sample (every row, all four columns): it holds almost no real names, so
// nearly every span is an ordinary word read as a name, damaging training text. Before the role-cue boundary and
// the stop list of surname-initial words: 18 spans (许多×5, 于一×2, 羊癫疯, 周边, 冷感, 严格按, 班, 祝健康 …).
const TOYHOM_NAME_SPANS_BEFORE = 18;
const toyhomNames = (() => {
  const csv = decodeText(readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'))).text;
  const rowsAll = parseCsv(csv, { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  const spans = rowsAll.flatMap((row) => detectPhi(Object.values(row).join('\n')).filter((s) => s.type === 'NAME'));
  return { rows: rowsAll.length, spans: spans.length, texts: [...new Set(spans.map((s) => s.text))] };
})();
for (const f of files) {
  for (const original of f.texts) {
    origTexts++;
    const clean = detectPhi(original);
    if (clean.length) {
      origWithFp++;
      origFpSpans += clean.length;
      if (origFpExamples.length < 12) origFpExamples.push(`${f.file}: ${clean.map((s) => `${s.type}:${JSON.stringify(s.text)}`).join(' ')}`);
    }
    const k = 2 + Math.floor(r() * 3);
    const types = Array.from({ length: k }, () => DEID_TYPES[Math.floor(r() * DEID_TYPES.length)]);
    const { text, planted } = plant(r, original, types.map((t) => make(r, t, f.lang)), f.lang);
    const t0 = performance.now();
    const spans = detectPhi(text);
    times.push(performance.now() - t0);
    chars += text.length;
    for (const p of planted) {
      const key = p.type as Key;
      inserted[key]++;
      if (covered(spans, p)) redacted[key]++;
      else {
        // Up to 4 examples per type, so every type's failure modes are visible.
        missByType[key] = (missByType[key] ?? 0) + 1;
        if (missByType[key] <= 4) missExamples.push(`${p.type} ${JSON.stringify(p.value)} in …${JSON.stringify(text.slice(Math.max(0, p.start - 12), p.end + 8))} → ${spans.filter((s) => overlaps(s, p)).map((s) => `${s.type}:${s.text}`).join(',') || 'nothing'}`);
      }
      if (spans.some((s) => s.type === p.type && overlaps(s, p))) typed[key]++;
    }
    for (const s of spans) {
      const hit = planted.some((p) => overlaps(s, p));
      (hit ? detTp : detFp)[s.type] = ((hit ? detTp : detFp)[s.type] ?? 0) + 1;
      if (!hit && fpExamples.length < 15) fpExamples.push(`${s.type}:${JSON.stringify(s.text)} in …${JSON.stringify(text.slice(Math.max(0, s.start - 10), s.end + 10))}`);
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);
const rows = DEID_TYPES.map((t) => {
  const tp = detTp[t] ?? 0;
  const fp = detFp[t] ?? 0;
  return [t, inserted[t], pct(redacted[t], inserted[t]), pct(typed[t], inserted[t]), tp + fp, pct(tp, tp + fp)];
});
const allIns = DEID_TYPES.reduce((a, t) => a + inserted[t], 0);
const allRed = DEID_TYPES.reduce((a, t) => a + redacted[t], 0);
const allTp = Object.values(detTp).reduce((a, b) => a + b, 0);
const allFp = Object.values(detFp).reduce((a, b) => a + b, 0);
rows.push(['ALL', allIns, pct(allRed, allIns), pct(DEID_TYPES.reduce((a, t) => a + typed[t], 0), allIns), allTp + allFp, pct(allTp, allTp + allFp)]);

writeBenchResults(
  HOLDOUT ? 'deid-holdout' : 'deid',
  {
    seed: SEED,
    phrasings: HOLDOUT ? 'holdout' : 'dev',
    firstRunHoldout: { recall: { NAME: 0.929, PHONE: 1, ID_CARD: 0.609, ADDRESS: 0.756, MRN: 1, DOB: 0.641, EMAIL: 1, URL: 1, ALL: 0.87 }, precision: 0.999 },
    textsPerFile: PER_FILE,
    files: files.map((f) => f.file),
    texts: origTexts,
    inserted: allIns,
    recallRedacted: allRed / allIns,
    precision: allTp / (allTp + allFp),
    perType: Object.fromEntries(DEID_TYPES.map((t) => [t, { inserted: inserted[t], recallRedacted: redacted[t] / inserted[t], recallTyped: typed[t] / inserted[t], detections: (detTp[t] ?? 0) + (detFp[t] ?? 0), precision: (detTp[t] ?? 0) / Math.max(1, (detTp[t] ?? 0) + (detFp[t] ?? 0)) }])),
    originalTexts: { texts: origTexts, textsWithDetections: origWithFp, falsePositiveSpans: origFpSpans, fpPerThousandTexts: (1000 * origFpSpans) / origTexts },
    toyhomUntouchedNameSpans: { rows: toyhomNames.rows, before: TOYHOM_NAME_SPANS_BEFORE, after: toyhomNames.spans, names: toyhomNames.texts },
    msPerText: { p50: percentile(times, 50), p95: percentile(times, 95) },
    charsPerSecond: Math.round(chars / (times.reduce((a, b) => a + b, 0) / 1000)),
  },
  [
    { title: 'Per-type recall and precision (real corpus text + inserted synthetic identifiers)', columns: ['type', 'inserted', 'recall (fully redacted)', 'recall (right type)', 'detections', 'precision'], rows, note:
        'Targets: recall ≥ 99% and precision ≥ 95% per type. Precision counts every detection on the planted texts that overlaps no inserted identifier as a false positive (real names or numbers already in the corpus included). ' +
        'The phrasings are our own; DEID_PHRASINGS=holdout uses a second set written after the detector. Its first run (seed 20251125, 300 texts/file) gave recall NAME 92.9%, ID_CARD 60.9% (6-8-4 grouped numbers), ADDRESS 75.6% (village "X村X组X号"), DOB 64.1% ("我是1993/12/5出生的"), all others 100%, overall 87.0%, precision 99.9%; the detector was then generalised for those forms.' },
    { title: 'False positives on the untouched original texts', columns: ['texts', 'texts with any detection', 'detections', 'per 1000 texts'], rows: [[origTexts, origWithFp, origFpSpans, ((1000 * origFpSpans) / origTexts).toFixed(1)]] },
    {
      title: 'NAME spans on the untouched Toyhom sample (toyhom-neike-sample.gb18030.csv, all rows and columns)',
      columns: ['rows', 'NAME spans before', 'NAME spans now', 'what is still detected'],
      rows: [[toyhomNames.rows, TOYHOM_NAME_SPANS_BEFORE, toyhomNames.spans, toyhomNames.texts.join(' ')]],
      note: 'Before: role cues (患者/老公…) accepted any following word and no stop list covered 许多/严格/羊癫疯/班主任/祝健康. The remaining spans are real people (樊阿姨, 我叫窦磊, 张大爷, 任医生).',
    },
    { title: 'Examples: misses', columns: ['example'], rows: missExamples.map((x) => [x.replace(/\|/g, '\\|')]) },
    { title: 'Examples: false positives (planted texts)', columns: ['example'], rows: fpExamples.map((x) => [x.replace(/\|/g, '\\|')]) },
    { title: 'Examples: detections on untouched originals', columns: ['example'], rows: origFpExamples.map((x) => [x.replace(/\|/g, '\\|')]) },
    { title: 'Speed', columns: ['p50 ms/text', 'p95 ms/text', 'chars/s'], rows: [[percentile(times, 50).toFixed(3), percentile(times, 95).toFixed(3), Math.round(chars / (times.reduce((a, b) => a + b, 0) / 1000))]] },
  ],
);

// `npm run bench` runs this file once: measure the held-out phrasings too, in a fresh process (clean figures).
if (!HOLDOUT && !process.env.DEID_NO_HOLDOUT) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, DEID_PHRASINGS: 'holdout' },
    stdio: 'inherit',
  });
  if (res.status !== 0) process.exitCode = res.status ?? 1;
}
