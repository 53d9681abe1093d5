// Leave-one-batch-out figures for the self-harm intent reader (src/safety/triage/intent-reader.ts, session 33): for
// each scored blind batch, train on every other batch and every probe file, score the left-out batch, and apply the
// reader raise-only to that batch's decisions as the current triage made them (a --dump of bench/triage-batches.ts):
// p >= threshold → emergency with the crisis line. Prints per batch and the mean, the current readers' figure on the
// same batch beside it.
// With --gates (a tsv of file, id, level, crisis|-, reasons over bench/triage-*probes*.jsonl) every probe file is left
// out in turn as well, and the raises on it are counted: on rows labelled emergency + line (gained) and on the rest
// (over-calls, each listed).
//   npx tsx bench/triage-intent-lobo.ts --before decisions.tsv [--gates gates.tsv] [--threshold 0.9] [--no-fold] [--list] [--oof oof.tsv] [--line]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadIntentRows } from './triage-intent-data.js';
import { intentFeatures, predictIntent } from '../src/safety/triage/intent-reader.js';
import { featuriseIntent, trainIntent } from '../src/safety/triage/intent-train.js';
import { textGramHashes, type SparseVector } from '../src/safety/triage/features.js';
import type { LoadedIntent } from '../src/safety/triage/intent-reader.js';
import { triageDetail } from '../src/safety/triage.js';
import { CRISIS_LINE } from './crisis-line.js';

const args = process.argv.slice(2);
const arg = (k: string): string | undefined => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const beforePath = arg('--before');
if (!beforePath) {
  console.error('usage: npx tsx bench/triage-intent-lobo.ts --before decisions.tsv [--threshold 0.9] [--no-fold] [--list] [--oof oof.tsv]');
  process.exit(2);
}
const thresholds = (arg('--threshold') ?? '0.5,0.6,0.7,0.8,0.9,0.95').split(',').map(Number);
const ownOnly = (t: string): SparseVector => {
  const hs = textGramHashes(t);
  const acc = new Map<number, number>();
  const w = hs.length ? 1 / Math.sqrt(hs.length) : 0;
  for (const h of hs) acc.set(h, Math.min(2 * w, (acc.get(h) ?? 0) + w));
  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i) ?? 0) };
};
const features = args.includes('--no-fold') ? ownOnly : intentFeatures;

interface Before {
  expected: string;
  level: string;
  crisis: boolean;
}
const before = new Map<string, Before>();
for (const l of readFileSync(beforePath, 'utf8').split('\n')) {
  const [batch, id, expected, level, crisis] = l.split('\t');
  if (batch && id && expected && level) before.set(`${batch}:${id}`, { expected, level, crisis: crisis === 'crisis' });
}

const gates = new Map<string, { level: string; crisis: boolean }>();
if (arg('--gates'))
  for (const l of readFileSync(arg('--gates')!, 'utf8').split('\n')) {
    const [file, id, level, crisis] = l.split('\t');
    if (file && id && level) gates.set(`${file.replace(/\.jsonl$/, '')}:${id}`, { level, crisis: crisis === 'crisis' });
  }
const examples = featuriseIntent(loadIntentRows(), features);
const batches = [...new Set(examples.filter((e) => e.row.kind === 'blind' || gates.size > 0).map((e) => e.row.group))];
const oof = new Map<string, number>();
const foldModel = new Map<string, LoadedIntent>();
for (const b of batches) {
  const { model } = trainIntent(
    examples.filter((e) => e.row.group !== b),
    1,
  );
  foldModel.set(b, model);
  for (const e of examples.filter((e) => e.row.group === b)) oof.set(e.row.id, predictIntent(model, e.x));
}

// --triage: the whole triage with the left-out fold's reader (its guards included) on every row the reader would
// raise; rows below the threshold are the current decisions by construction (raise only).
if (args.includes('--triage')) {
  const t = thresholds[0]!;
  const dec = new Map<string, { level: string; crisis: boolean }>([...before].map(([k, v]) => [k, { level: v.level, crisis: v.crisis }]));
  for (const [k, v] of gates) dec.set(k, v);
  let gained = 0;
  let overLevel = 0;
  let overLine = 0;
  for (const e of examples) {
    const p = oof.get(e.row.id);
    const b = dec.get(e.row.id);
    const model = foldModel.get(e.row.group);
    if (p === undefined || p < t || !b || !model) continue;
    const d = triageDetail(e.row.text, { intent: { ...model, meta: { ...model.meta, threshold: t } } });
    const after = { level: d.level, crisis: CRISIS_LINE.test(d.message) };
    if (after.level === b.level && after.crisis === b.crisis) continue;
    if (e.row.positive && after.level === 'emergency' && after.crisis) gained++;
    else if (!e.row.positive && after.level !== b.level) overLevel++;
    else if (!e.row.positive) overLine++;
    console.log(
      `   ${e.row.positive ? 'pos' : 'neg'}\t${e.row.id}\t${b.level}${b.crisis ? '+line' : ''} → ${after.level}${after.crisis ? '+line' : ''}\tp=${p.toFixed(3)}\t${e.row.text.slice(0, 120)}`,
    );
  }
  console.log(
    `== through triage, each batch/file left out, threshold ${t}: positives gained ${gained}; negatives raised a level ${overLevel}; negatives given the line only ${overLine}`,
  );
  process.exit(0);
}
// --line (session 41): the reader as a WITNESS for the crisis line, the level unchanged — on every left-out row the
// current triage rated emergency or urgent without the line, how many suicide/self-harm rows would gain the line at
// each threshold and how many others would get a needless one, per language (the reader's guards are not applied here;
// bench/triage-batches.ts measures the wired result).
if (args.includes('--line')) {
  const langOf = new Map<string, string>();
  for (const f of readdirSync(new URL('./blind/', import.meta.url)).filter((f) => /^triage-[a-z]+\.jsonl$/.test(f)))
    for (const l of readFileSync(new URL(`./blind/${f}`, import.meta.url), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const r = JSON.parse(l) as { id: string; lang?: string };
      langOf.set(`${f.replace(/\.jsonl$/, '')}:${r.id}`, (r.lang ?? 'en').startsWith('zh') ? 'zh' : 'en');
    }
  for (const t of thresholds) {
    const cells: string[] = [];
    for (const lang of ['all', 'en', 'zh']) {
      let pos = 0;
      let posGain = 0;
      let negEm = 0;
      let negEmLine = 0;
      let negUrg = 0;
      let negUrgLine = 0;
      for (const e of examples) {
        const p = oof.get(e.row.id);
        const b = before.get(e.row.id);
        if (p === undefined || !b || b.crisis || (b.level !== 'emergency' && b.level !== 'urgent')) continue;
        if (lang !== 'all' && langOf.get(e.row.id) !== lang) continue;
        if (e.row.positive) {
          pos++;
          if (p >= t) posGain++;
        } else if (b.level === 'emergency') {
          negEm++;
          if (p >= t) negEmLine++;
        } else {
          negUrg++;
          if (p >= t) negUrgLine++;
        }
      }
      cells.push(
        `${lang}: suicide rows without the line gain it ${posGain}/${pos}; needless line on other emergencies ${negEmLine}/${negEm}, on urgent ${negUrgLine}/${negUrg}`,
      );
    }
    console.log(`== line witness, threshold ${t}: ${cells.join(' | ')}`);
  }
  if (args.includes('--list'))
    for (const e of examples) {
      const p = oof.get(e.row.id);
      const b = before.get(e.row.id);
      if (p === undefined || !b || b.crisis || (b.level !== 'emergency' && b.level !== 'urgent') || p < thresholds[0]!) continue;
      console.log(`   ${e.row.positive ? 'pos' : 'neg'}\t${e.row.id}\t${b.level}\tp=${p.toFixed(3)}\t${e.row.text.slice(0, 110)}`);
    }
  process.exit(0);
}
if (arg('--oof'))
  writeFileSync(
    arg('--oof')!,
    `${examples
      .filter((e) => oof.has(e.row.id))
      .map((e) => [e.row.id, e.row.positive ? 1 : 0, oof.get(e.row.id)!.toFixed(4)].join('\t'))
      .join('\n')}\n`,
  );

interface Tally {
  sui: number;
  suiBefore: number;
  suiAfter: number;
  /** Positives the reader alone rates at or above the threshold (its own recall, left out). */
  suiReader: number;
  non: number;
  nonBefore: number;
  nonAfter: number;
  routine: number;
  routineBefore: number;
  routineAfter: number;
  /** A non-suicide emergency (chest pain, a child's accidental ingestion) given the crisis line by the raise. */
  wrongLine: number;
}
const empty = (): Tally => ({
  sui: 0,
  suiBefore: 0,
  suiAfter: 0,
  suiReader: 0,
  non: 0,
  nonBefore: 0,
  nonAfter: 0,
  routine: 0,
  routineBefore: 0,
  routineAfter: 0,
  wrongLine: 0,
});
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}` : '—');
for (const t of thresholds) {
  const per = new Map<string, Tally>();
  const changed: string[] = [];
  for (const e of examples) {
    const p = oof.get(e.row.id);
    const b = before.get(e.row.id);
    if (p === undefined || !b) continue;
    const tally = per.get(e.row.group) ?? empty();
    per.set(e.row.group, tally);
    const raise = p >= t;
    const after = raise ? { level: 'emergency', crisis: true } : b;
    if (e.row.positive) {
      tally.sui++;
      if (b.level === 'emergency' && b.crisis) tally.suiBefore++;
      if (after.level === 'emergency' && after.crisis) tally.suiAfter++;
      if (raise) tally.suiReader++;
    }
    if (b.expected !== 'emergency') {
      tally.non++;
      if (b.level !== 'emergency') tally.nonBefore++;
      if (after.level !== 'emergency') tally.nonAfter++;
    }
    if (b.expected === 'routine') {
      tally.routine++;
      if (b.level === 'routine') tally.routineBefore++;
      if (after.level === 'routine') tally.routineAfter++;
    }
    if (raise && b.expected === 'emergency' && !e.row.positive && !b.crisis) tally.wrongLine++;
    if (raise && (b.level !== 'emergency' || !b.crisis))
      changed.push(
        `${e.row.id}\t${e.row.positive ? 'pos' : 'neg'}\texp ${b.expected}\t${b.level}${b.crisis ? '+line' : ''} → emergency+line\tp=${p.toFixed(3)}`,
      );
  }
  const all = empty();
  for (const x of per.values()) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += x[k];
  console.log(
    `\n== threshold ${t}: suicide→em+line ${all.suiBefore}/${all.sui} → ${all.suiAfter}/${all.sui}; non→¬em ${pct(all.nonBefore, all.non)} → ${pct(all.nonAfter, all.non)} %; routine→routine ${pct(all.routineBefore, all.routine)} → ${pct(all.routineAfter, all.routine)} %; line on a non-suicide emergency ${all.wrongLine}`,
  );
  const means = [...per.values()].filter((x) => x.sui > 0);
  const mean = (f: (x: Tally) => number) => (means.reduce((s, x) => s + f(x), 0) / means.length).toFixed(1);
  console.log(
    `   mean over ${means.length} batches of suicide→em+line %: current ${mean((x) => (100 * x.suiBefore) / x.sui)} | with the reader ${mean((x) => (100 * x.suiAfter) / x.sui)} | the reader alone ${mean((x) => (100 * x.suiReader) / x.sui)}`,
  );
  if (args.includes('--list')) {
    for (const [g, x] of per)
      console.log(
        `   ${g.padEnd(10)} suicide ${x.suiBefore}/${x.sui} → ${x.suiAfter}/${x.sui} (reader alone ${x.suiReader})  non→¬em ${x.nonBefore}/${x.non} → ${x.nonAfter}/${x.non}  routine ${x.routineBefore}/${x.routine} → ${x.routineAfter}/${x.routine}  wrong line ${x.wrongLine}`,
      );
    for (const c of changed) console.log(`   ${c}`);
  }
}

if (gates.size > 0)
  for (const t of thresholds) {
    let pos = 0;
    let posBefore = 0;
    let posAfter = 0;
    let neg = 0;
    const over: string[] = [];
    for (const e of examples.filter((e) => e.row.kind === 'probe')) {
      const p = oof.get(e.row.id);
      const b = gates.get(e.row.id);
      if (p === undefined || !b) continue;
      const had = b.level === 'emergency' && b.crisis;
      if (e.row.positive) {
        pos++;
        if (had) posBefore++;
        if (had || p >= t) posAfter++;
      } else {
        neg++;
        if (p >= t && !had) over.push(`${e.row.id}\t${b.level}${b.crisis ? '+line' : ''} → emergency+line\tp=${p.toFixed(3)}\t${e.row.text.slice(0, 140)}`);
      }
    }
    console.log(`\n== probes, each file left out, threshold ${t}: em+line ${posBefore}/${pos} → ${posAfter}/${pos}; look-alikes raised ${over.length}/${neg}`);
    if (args.includes('--list')) for (const o of over) console.log(`   ${o}`);
  }
