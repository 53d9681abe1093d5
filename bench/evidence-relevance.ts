// Trains and measures the relevance reader (bench/evidence-relevance-reader.ts) on the blind judges' verdicts,
// LEAVE-ONE-BATCH-OUT: each judged batch is held out once, the model is fitted on the others, and on the held-out rows
// the reader's order of each top 3 is scored against the judge's labels beside the baseline's order of the same rows.
//
//   npx tsx bench/evidence-unblind.ts run --out lists.jsonl [--db kb.sqlite] evidence-q-31 evidence-q-32 …   (the lists)
//   npx tsx bench/evidence-relevance.ts lobo lists.jsonl…            (figures per held-out batch, mean and worst)
//   npx tsx bench/evidence-relevance.ts write lists.jsonl…           (fit on every batch → the weights file)
//
// Passage labels from a list verdict {first, n}: passage 1 is on topic iff `first`; passages 2–3 are known when the
// rest of n is 0 (both off) or all of them (both on); a list with one of two later passages on topic leaves them
// unknown. The lists must be the ones the judge saw: only batches judged on a design whose lists the current code
// reproduces are meaningful (evidence code unchanged since session 32; see bench/results/evidence-s36-notes.md).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { namedConcepts, RELEVANCE_FEATURES, type RelevanceModel, relevanceFeatures, relevanceScore } from './evidence-relevance-reader.js';
import { readJsonl } from './evidence-kb.js';

interface Item {
  title: string;
  text: string;
}
interface ListRow {
  id: string;
  batch: string;
  lang: string;
  question: string;
  note?: string;
  chat: Item[];
  search: Item[];
}
interface Verdict {
  ontopic: boolean;
  first: boolean;
  n: number;
}
interface Sample {
  batch: string;
  id: string;
  list: 'chat' | 'search';
  x: number[][];
  /** Per passage: 1 on, 0 off, undefined unknown. */
  y: (0 | 1 | undefined)[];
  verdict: Verdict;
}

/** The verdicts of the latest judged design of a batch (`-final` where the batch has one), unblinded with its key. */
function verdictsOf(batch: string): Map<string, { chat: Verdict; search: Verdict }> {
  const out = new Map<string, { chat: Verdict; search: Verdict }>();
  for (const [v, keys] of [
    [`bench/blind/${batch}-final.verdicts.jsonl`, [`bench/blind/${batch}-final.key.json`, `bench/blind/${batch}-final.judge-key.json`]],
    [`bench/blind/${batch}.verdicts.jsonl`, [`bench/blind/${batch}.key.json`, `bench/blind/${batch}.judge-key.json`]],
  ] as const) {
    const key = keys.find(existsSync);
    if (!existsSync(v) || !key) continue;
    const k = JSON.parse(readFileSync(key, 'utf8')) as Record<string, { A: 'chat' | 'search' }>;
    for (const r of readJsonl<{ id: string; A: Verdict; B: Verdict }>(v)) {
      const side = k[r.id];
      if (side) out.set(r.id, side.A === 'chat' ? { chat: r.A, search: r.B } : { chat: r.B, search: r.A });
    }
    return out;
  }
  return out;
}

function labels(items: Item[], v: Verdict): (0 | 1 | undefined)[] {
  if (items.length === 0) return [];
  const rest = v.n - (v.first ? 1 : 0);
  const later = items.length - 1;
  return items.map((_, i) => (i === 0 ? (v.first ? 1 : 0) : rest <= 0 ? 0 : rest >= later ? 1 : undefined));
}

function samples(files: string[]): Sample[] {
  const out: Sample[] = [];
  const cache = new Map<string, ReturnType<typeof verdictsOf>>();
  for (const f of files) {
    for (const r of readJsonl<ListRow>(f)) {
      if (!cache.has(r.batch)) cache.set(r.batch, verdictsOf(r.batch));
      const v = cache.get(r.batch)?.get(r.id);
      if (!v) continue;
      const asked = namedConcepts(r.question);
      for (const list of ['chat', 'search'] as const) {
        const items = r[list];
        if (items.length === 0) continue;
        out.push({
          batch: r.batch,
          id: r.id,
          list,
          x: items.map((it, i) => relevanceFeatures(r.question, { title: it.title, text: it.text, rank: i + 1, firstTitle: items[0]?.title }, asked)),
          y: labels(items, v[list]),
          verdict: v[list],
        });
      }
    }
  }
  return out;
}

/** Logistic regression, L2, full-batch gradient descent on standardised features (deterministic). */
function fit(data: Sample[], lambda = 0.01, steps = 600, rate = 0.5): RelevanceModel {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const s of data)
    s.x.forEach((x, i) => {
      const y = s.y[i];
      if (y !== undefined) {
        xs.push(x);
        ys.push(y);
      }
    });
  const d = RELEVANCE_FEATURES.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((a, x) => a + (x[j] ?? 0), 0) / Math.max(1, xs.length));
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(xs.reduce((a, x) => a + ((x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / Math.max(1, xs.length)) || 1);
  const z = xs.map((x) => x.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    z.forEach((x, i) => {
      let t = b;
      for (let j = 0; j < d; j++) t += (w[j] ?? 0) * (x[j] ?? 0);
      const e = 1 / (1 + Math.exp(-t)) - (ys[i] ?? 0);
      for (let j = 0; j < d; j++) gw[j] = (gw[j] ?? 0) + e * (x[j] ?? 0);
      gb += e;
    });
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - rate * ((gw[j] ?? 0) / z.length + lambda * (w[j] ?? 0));
    b -= (rate * gb) / z.length;
  }
  return { version: 1, features: RELEVANCE_FEATURES, mean, scale, weights: w, bias: b };
}

/** How much more likely on topic a later passage must be before the reader puts it first: chosen on the training
 * folds only, from these (Infinity = never reorder, the baseline's order). */
const MARGINS = [0.05, 0.1, 0.2, 0.3, 0.5, Number.POSITIVE_INFINITY];
let MARGIN = 0.15;

function chooseMargin(model: RelevanceModel, train: Sample[]): number {
  let best = Number.POSITIVE_INFINITY;
  let bestScore = -1;
  for (const m of [...MARGINS].reverse()) {
    MARGIN = m;
    const f = measure(model, train, 0, 'chat');
    const g = measure(model, train, 0, 'search');
    const score = f.readerFirstLow + g.readerFirstLow;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  MARGIN = best;
  return best;
}

interface Figures {
  rows: number;
  baseFirst: number;
  /** The reader's first passage on topic: known labels, plus unknown ones counted as off (low) or on (high). */
  readerFirstLow: number;
  readerFirstHigh: number;
  moved: number;
  /** Lists whose best passage stays under the threshold: with no passage on topic (an honest no-page) / with one. */
  declaredEmpty: number;
  declaredLost: number;
  empty: number;
}

function measure(model: RelevanceModel, data: Sample[], threshold: number, list: 'chat' | 'search'): Figures {
  const f: Figures = { rows: 0, baseFirst: 0, readerFirstLow: 0, readerFirstHigh: 0, moved: 0, declaredEmpty: 0, declaredLost: 0, empty: 0 };
  for (const s of data.filter((d) => d.list === list)) {
    f.rows++;
    const p = s.x.map((x) => relevanceScore(model, x));
    // The reader keeps the baseline's first unless another passage is clearly more likely on topic.
    let best = 0;
    p.forEach((v, i) => {
      if (v > (p[best] ?? 0) + MARGIN) best = i;
    });
    if (s.y[0] === 1) f.baseFirst++;
    const y = s.y[best];
    if (best !== 0) f.moved++;
    if (y === 1) {
      f.readerFirstLow++;
      f.readerFirstHigh++;
    } else if (y === undefined) f.readerFirstHigh++;
    if (s.verdict.n === 0) f.empty++;
    if (Math.max(...p) < threshold) {
      if (s.verdict.n === 0) f.declaredEmpty++;
      else f.declaredLost++;
    }
  }
  return f;
}

/** The highest threshold under which no list of the training data with a passage on topic falls. */
function chooseThreshold(model: RelevanceModel, data: Sample[]): number {
  let t = 1;
  for (const s of data) {
    if (s.verdict.n === 0) continue;
    t = Math.min(t, Math.max(...s.x.map((x) => relevanceScore(model, x))));
  }
  return t;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

const [mode, ...rest] = process.argv.slice(2);
const probeFile = mode === 'probes' ? rest[0] : undefined;
const files = mode === 'probes' ? rest.slice(1) : rest;
const data = samples(files);
const batches = [...new Set(data.map((d) => d.batch))].sort();
if (mode === 'lobo') {
  console.log(
    `${data.length} judged lists, ${batches.length} batches; labelled passages ${data.reduce((a, s) => a + s.y.filter((y) => y !== undefined).length, 0)}`,
  );
  console.log('| held out | list | rows | baseline first on topic | reader first (low–high) | moved | threshold | declared: empty / lost (of empty) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const sum = { chat: [] as number[], search: [] as number[] };
  const base = { chat: [] as number[], search: [] as number[] };
  for (const held of batches) {
    const train = data.filter((d) => d.batch !== held);
    const test = data.filter((d) => d.batch === held);
    const model = fit(train);
    const t = chooseThreshold(model, train);
    const margin = chooseMargin(model, train);
    console.log(`| ${held} | margin chosen on training folds: ${margin} | | | | | | |`);
    for (const list of ['chat', 'search'] as const) {
      const f = measure(model, test, t, list);
      sum[list].push(f.readerFirstLow / Math.max(1, f.rows) - f.baseFirst / Math.max(1, f.rows));
      base[list].push(f.baseFirst / Math.max(1, f.rows));
      console.log(
        `| ${held} | ${list} | ${f.rows} | ${pct(f.baseFirst, f.rows)} | ${pct(f.readerFirstLow, f.rows)}–${pct(f.readerFirstHigh, f.rows)} | ${f.moved} | ${t.toFixed(3)} | ${f.declaredEmpty} / ${f.declaredLost} (of ${f.empty}) |`,
      );
    }
  }
  for (const list of ['chat', 'search'] as const) {
    const d = sum[list];
    console.log(
      `${list}: mean change of first-on-topic (low bound) ${(100 * (d.reduce((a, b) => a + b, 0) / Math.max(1, d.length))).toFixed(2)} points, worst batch ${(100 * Math.min(...d)).toFixed(2)}, best ${(100 * Math.max(...d)).toFixed(2)}; baseline mean ${(100 * (base[list].reduce((a, b) => a + b, 0) / Math.max(1, d.length))).toFixed(1)}%`,
    );
  }
  // Passage-level discrimination on held-out folds: AUC of the score against the known labels.
  const scored: { p: number; y: number }[] = [];
  for (const held of batches) {
    const model = fit(data.filter((d) => d.batch !== held));
    for (const s of data.filter((d) => d.batch === held))
      s.x.forEach((x, i) => {
        const y = s.y[i];
        if (y !== undefined) scored.push({ p: relevanceScore(model, x), y });
      });
  }
  const pos = scored.filter((s) => s.y === 1);
  const neg = scored.filter((s) => s.y === 0);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
  console.log(`held-out passage AUC ${(wins / Math.max(1, pos.length * neg.length)).toFixed(3)} (${pos.length} on, ${neg.length} off)`);
} else if (mode === 'write') {
  const model = fit(data);
  const out = 'bench/results/evidence-relevance-weights.generated.ts';
  writeFileSync(
    out,
    `// Generated by bench/evidence-relevance.ts from ${data.length} judged lists of ${batches.join(', ')}. Do not edit: retrain.\nimport type { RelevanceModel } from '../evidence-relevance-reader.js';\n\nexport const RELEVANCE_MODEL: RelevanceModel = ${JSON.stringify(model)};\n`,
  );
  console.log(
    `wrote ${out}; weights ${RELEVANCE_FEATURES.map((n, i) => `${n} ${(model.weights[i] ?? 0).toFixed(3)}`).join(', ')}; bias ${model.bias.toFixed(3)}`,
  );
} else if (mode === 'probes') {
  // Self-probes (bench/evidence-s36-self-probes.jsonl): a baseline top 3 and the index of its on-topic passage. Before =
  // the baseline's first; after = the reader's first (fitted on the lists given), moved only past the same margin.
  const model = fit(data);
  console.log(`margin chosen on all lists: ${chooseMargin(model, data)} (probes read with margin 0.15 too)`);
  MARGIN = 0.15;
  let before = 0;
  let after = 0;
  const rows = readJsonl<{ id: string; kind: string; question: string; list: Item[]; onTopicIndex: number }>(probeFile ?? '');
  for (const r of rows) {
    const p = r.list.map((it, i) => relevanceScore(model, relevanceFeatures(r.question, { ...it, rank: i + 1, firstTitle: r.list[0]?.title })));
    let best = 0;
    p.forEach((v, i) => {
      if (v > (p[best] ?? 0) + MARGIN) best = i;
    });
    if (r.onTopicIndex === 0) before++;
    if (best === r.onTopicIndex) after++;
    console.log(
      `${r.id} ${r.kind} before ${r.onTopicIndex === 0 ? 'ok' : 'MISS'} after ${best === r.onTopicIndex ? 'ok' : 'MISS'} p=${p.map((v) => v.toFixed(2)).join('/')}`,
    );
  }
  console.log(`self-probes right: before ${before}/${rows.length}, after ${after}/${rows.length}`);
} else {
  console.error('usage: evidence-relevance.ts lobo|write lists.jsonl… | probes probes.jsonl lists.jsonl…');
  process.exit(2);
}
