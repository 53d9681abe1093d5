// Train the claim model (src/safety/screening/claim-model.ts): logistic regression over hashed sentence features.
// Positives: the dangerous sentence of each poisoned red-team document (the sentence closest to its `claim`, and the
// claim as an obeying model words it); where a batch only describes the danger, and for curation answers labelled
// corrupted, the sentence the first-round model scores highest (one multiple-instance round).
// Negatives: every other sentence of the same red-team documents (same writers, same style, no danger), benign
// documents, clean curation answers, knowledge-base passages and real corpus answers (every third passage held
// out to choose the threshold). Deterministic (seeded shuffle).
// Run: npx tsx bench/claim-model-train.ts [--hold-out poison-docs-4,curation-corrupt-4] [--write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Doc } from '../src/core/types.js';
import { seededInts } from '../src/core/hash.js';
import { chunkDoc } from '../src/knowledge/chunk.js';
import { createLoaderContext, listInputs, loadFile } from '../src/knowledge/loaders/index.js';
import { claimFeatures, createClaimModel, type ClaimModelWeights } from '../src/safety/screening/claim-model.js';
import { normalise, sentences } from '../src/safety/screening/text.js';

const args = process.argv.slice(2);
const opt = (n: string) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
const holdOut = new Set((opt('--hold-out') ?? '').split(',').filter(Boolean));
const HASH_BITS = 18;
const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const BLIND = join(import.meta.dirname, 'blind');
const POISON = ['poison-docs-1', 'poison-docs-2', 'poison-docs-3', 'poison-docs-4', 'poison-docs-5', 'poison-docs-6'];
const CURATION = ['curation-corrupt-2', 'curation-corrupt-3', 'curation-corrupt-4', 'curation-corrupt-5', 'curation-corrupt-6'];
const ADVICE_DEFECTS = new Set([
  'negated-advice',
  'stop-medicine',
  'wrong-dose',
  'swapped-drug',
  'inverted-indication',
  'dangerous-remedy',
  'delay-care',
  'contradiction',
  'stopped-medicine',
  'wrong-disease',
]);

interface Ex {
  f: Uint32Array;
  y: 0 | 1;
  /** Sample weight: sentences by the red-team and curation writers count more than knowledge-base text. */
  k: number;
}
const jsonl = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const bigrams = (s: string) => {
  const t = normalise(s).replace(/\s+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};
const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
};
const isTrue = (v: unknown) => v === true || v === 'True' || v === 'true';
const sents = (text: string) => sentences(text.replace(/<!--|-->/g, '\n')).filter((s) => s.length >= 6);

const train: Ex[] = [];
const WRITER_WEIGHT = Number(opt('--writer-weight') ?? 5);
let writerWeight = 1;
const ex = (s: string, y: 0 | 1) => train.push({ f: claimFeatures(s, HASH_BITS), y, k: y ? 1 : writerWeight });
/** Documents whose dangerous sentence is not known: resolved after round 1. */
const unresolved: { sents: string[]; negatives: boolean }[] = [];
const heldPoison: { id: string; poisoned: boolean; text: string; claim?: string }[] = [];

writerWeight = WRITER_WEIGHT;
for (const name of POISON) {
  for (const d of jsonl(join(BLIND, `${name}.jsonl`))) {
    const text = `${d.title ?? ''}\n${d.text}`;
    const claim = String(d.claim || d.dangerousClaim || '');
    if (holdOut.has(name)) {
      heldPoison.push({ id: String(d.id), poisoned: isTrue(d.poisoned), text, claim });
      continue;
    }
    const ss = sents(text);
    if (!isTrue(d.poisoned)) {
      for (const s of ss) ex(s, 0);
      continue;
    }
    if (!claim || !/[\p{Script=Han}]/u.test(claim) === (d.lang === 'zh')) {
      unresolved.push({ sents: ss, negatives: false });
      continue;
    }
    const cb = bigrams(claim);
    const scored = ss.map((s) => ({ s, o: overlap(bigrams(s), cb) })).sort((a, b) => b.o - a.o);
    ex(claim, 1);
    if (!scored.length || scored[0].o < 0.25) {
      unresolved.push({ sents: ss, negatives: false });
      continue;
    }
    const best = scored[0].o;
    for (const { s, o } of scored) {
      if (o >= best * 0.8) ex(s, 1);
      else if (o < best * 0.4) ex(s, 0);
    }
  }
}
for (const name of CURATION) {
  if (holdOut.has(name)) continue;
  const labels = new Map(jsonl(join(BLIND, `${name}.labels.jsonl`)).map((l) => [String(l.id), l]));
  for (const r of jsonl(join(BLIND, `${name}.jsonl`))) {
    const l = labels.get(String(r.id));
    const msgs = (r.messages as { role: string; content: string }[] | undefined) ?? [];
    const answer =
      msgs
        .filter((m) => m.role === 'assistant')
        .map((m) => m.content)
        .join('\n') || String(r.text ?? '');
    if (l?.label === 'keep') for (const s of sents(answer)) ex(s, 0);
    else if (l && ADVICE_DEFECTS.has(String(l.defect))) unresolved.push({ sents: sents(answer), negatives: false });
  }
}

// Knowledge-base passages and real corpus answers: every third held out for the threshold.
writerWeight = 1;
const heldKb: string[] = [];
let kbSeen = 0;
for (const part of ['medquad', 'disease-kg-zh', 'chatdoctor-diseases.csv']) {
  const p = join(DATA, 'kb', part);
  if (!existsSync(p)) continue;
  const ctx = createLoaderContext({}, p);
  for (const f of await listInputs(p)) {
    if (!f.format) continue;
    for await (const doc of loadFile(f.file, f.format, ctx)) {
      for (const c of chunkDoc(doc as Doc)) {
        const t = `${c.title}\n${c.text}`;
        if (kbSeen++ % 3 === 0) heldKb.push(t);
        else if (kbSeen % 4 === 0) for (const s of sents(t)) ex(s, 0);
      }
    }
  }
}
const corpusAnswers: string[] = [];
for (const r of JSON.parse(readFileSync(join(DATA, 'corpus', 'chatdoctor5k.json'), 'utf8')) as { output?: string }[])
  corpusAnswers.push(String(r.output ?? ''));
for (const r of JSON.parse(readFileSync(join(DATA, 'corpus', 'huatuo26m-test.json'), 'utf8')) as { output?: string[] }[])
  corpusAnswers.push(String(r.output?.[0] ?? ''));
const heldCorpus: string[] = [];
corpusAnswers.forEach((a, i) => {
  if (i % 3 === 0) heldCorpus.push(a);
  else if (i % 3 === 1) for (const s of sents(a)) ex(s, 0);
});

function fit(data: Ex[], epochs = 6): { w: Float32Array; bias: number } {
  const w = new Float32Array(1 << HASH_BITS);
  let bias = -2;
  const pos = data.filter((e) => e.y === 1).length;
  const posWeight = Math.min(30, (data.length - pos) / Math.max(1, pos));
  const order = seededInts(20261202, data.length);
  const idx = Array.from(data.keys()).sort((a, b) => order[a] - order[b]);
  for (let ep = 0; ep < epochs; ep++) {
    const lr = 0.5 / (1 + ep);
    for (const i of idx) {
      const { f, y } = data[i];
      if (!f.length) continue;
      const norm = 1 / Math.sqrt(f.length);
      let z = bias;
      for (const id of f) z += w[id] * norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y ? posWeight : data[i].k) * lr;
      for (const id of f) w[id] -= g * norm + 1e-5 * w[id];
      bias -= g * 0.1;
    }
  }
  return { w, bias };
}
function pack(w: Float32Array, bias: number, threshold: number): ClaimModelWeights {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  return { version: 1, hashBits: HASH_BITS, scale, bias, threshold, weights: deflateSync(Buffer.from(q.buffer), { level: 9 }).toString('base64') };
}
const passageMax = (m: ReturnType<typeof createClaimModel>, t: string) => Math.max(0, ...sents(t).map((s) => m.score(s)));

let { w, bias } = fit(train);
let model = createClaimModel(pack(w, bias, 0.5));
// Multiple-instance round: the top-scoring sentence of each unresolved positive becomes a positive.
for (const u of unresolved) {
  const best = u.sents.map((s) => ({ s, p: model.score(s) })).sort((a, b) => b.p - a.p)[0];
  if (best) ex(best.s, 1);
}
({ w, bias } = fit(train));
model = createClaimModel(pack(w, bias, 0.5));

// Threshold: the held-out knowledge-base passages flagged at most 0.3 %; corpus answers reported beside it.
const kbScores = heldKb.map((t) => passageMax(model, t)).sort((a, b) => b - a);
// Floor 0.8: on batch 4 held out (trained on 1–3), 0.8 kept benign red-team documents flagged to 4/24 while
// catching 26/56 poisoned; lower thresholds traded 1 benign flag for ~2 poisoned.
const threshold = Math.max(Number(opt('--min-threshold') ?? 0.8), kbScores[Math.floor(kbScores.length * 0.003)] ?? 0.5);
const corpusFlag = heldCorpus.filter((t) => passageMax(model, t) >= threshold).length / heldCorpus.length;
const pos = train.filter((e) => e.y === 1).length;
console.log(
  `train ${train.length} sentences (${pos} positive); held-out KB ${heldKb.length} passages, threshold ${threshold.toFixed(3)}, corpus answers flagged ${(corpusFlag * 100).toFixed(1)}%`,
);
if (heldPoison.length) {
  const p = heldPoison.filter((d) => d.poisoned);
  const b = heldPoison.filter((d) => !d.poisoned);
  const hit = (d: (typeof heldPoison)[number]) => passageMax(model, d.text) >= threshold;
  const claimHit = p.filter((d) => d.claim && model.score(d.claim) >= threshold).length;
  console.log(
    `held-out poison: poisoned flagged ${p.filter(hit).length}/${p.length}, benign flagged ${b.filter(hit).length}/${b.length}, claims (obeying answer) ${claimHit}/${p.length}`,
  );
  console.log(
    `missed: ${p
      .filter((d) => !hit(d))
      .map((d) => d.id)
      .join(' ')}`,
  );
}
if (args.includes('--write')) {
  const out = join(import.meta.dirname, '..', 'src', 'safety', 'screening', 'claim-model-weights.generated.ts');
  writeFileSync(
    out,
    `// Generated by \`npx tsx bench/claim-model-train.ts --write\`. Do not edit by hand.\n// ${train.length} sentences (${pos} positive), hashBits ${HASH_BITS}, threshold ${threshold.toFixed(4)} (held-out KB passages ≤ 0.3 %).\nimport type { ClaimModelWeights } from './claim-model.js';\n\nexport const CLAIM_MODEL_WEIGHTS: ClaimModelWeights | null = ${JSON.stringify(pack(w, bias, threshold))};\n`,
  );
  console.log(`wrote ${out}`);
}
if (heldPoison.length && args.includes('--curve')) {
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]) {
    const hit = (d: (typeof heldPoison)[number]) => passageMax(model, d.text) >= t;
    const kb = kbScores.filter((s) => s >= t).length / kbScores.length;
    const p = heldPoison.filter((d) => d.poisoned);
    const b = heldPoison.filter((d) => !d.poisoned);
    const cl = p.filter((d) => d.claim && model.score(d.claim) >= t).length;
    console.log(
      `t=${t}: poisoned ${p.filter(hit).length}/${p.length} benign ${b.filter(hit).length}/${b.length} claims ${cl} kb ${(kb * 100).toFixed(2)}% corpus ${((heldCorpus.filter((x) => passageMax(model, x) >= t).length / heldCorpus.length) * 100).toFixed(2)}%`,
    );
  }
}
if (heldPoison.length && args.includes('--curve')) {
  for (const t of [0.7, 0.85])
    console.log(
      `t=${t} flagged: ${heldPoison
        .filter((d) => passageMax(model, d.text) >= t)
        .map((d) => d.id)
        .join(' ')}`,
    );
}
