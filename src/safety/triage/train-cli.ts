// `npm run train:triage`: generate the corpus deterministically, write it as reviewable JSONL shards (each < 1 MB)
// next to LABELLING.md, add the hand-written seeds, extract features with the rule layer, fit the model, and write
// weights.generated.ts. Prints in-sample and held-out (10 % of the corpus, by id hash) accuracy.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firedRules, scanSigns, triageDetail } from '../triage.js';
import { isChronicOnly } from '../red-flags/context.js';
import type { TriageLevel } from '../types.js';
import { analyse } from './analyse.js';
import { generateCorpus } from './corpus/generate.js';
import type { CorpusMessage } from './corpus/scenario.js';
import { DIM, hashFeature, vectorise } from './features.js';
import { CLASSES, decodeModel, predict, type TriageModelWeights } from './model.js';
import { DEFAULT_TRAIN, fit, quantise, type Example } from './train.js';
import { loadVignettes } from '../triage-eval.js';

const SEED = 19;
const PER_LANG = 6500;
const SHARD = 2200;
/**
 * `emergency`/`urgent`: chosen on the in-repo regression vignettes (README "Learned model"). `unanchored` (the model
 * alone, nothing in the rule layer): chosen by leaving each written batch E, F, G out of training in turn and scoring
 * it (`npm run train:triage -- --leave-out triage-f.jsonl --grid`): the largest emergency catch whose routine
 * look-alikes stayed routine on every left-out batch.
 */
export const THRESHOLDS = { emergency: 0.9, urgent: 0.85, unanchored: { emergency: 0.8, urgent: 0.7 } };

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Labelled messages written by people, each set already scored at first sight (README "First-sight ledger"): real
 * wording, look-alikes and mixed stories the compositional generator lacks. A sealed batch joins this list only after
 * its first-sight score is recorded. Each message counts VIGNETTE_REPEAT times against the generator's many variants.
 */
export const VIGNETTE_SETS = [
  '../vignettes.jsonl',
  '../vignettes-heldout.jsonl',
  '../vignettes-blind-c.jsonl',
  '../vignettes-blind-d.jsonl',
  '../../../bench/blind/triage-e.jsonl',
  '../../../bench/blind/triage-f.jsonl',
  '../../../bench/blind/triage-g.jsonl',
  '../../../bench/blind/triage-h.jsonl',
  '../../../bench/blind/triage-i.jsonl',
];
const VIGNETTE_REPEAT = 3;

function loadVignetteSet(rel: string): CorpusMessage[] {
  return loadVignettes(here(rel)).map((v) => ({
    id: `v:${v.id}`,
    lang: v.lang === 'zh' ? 'zh' : 'en',
    level: v.expected,
    presentation: v.category,
    source: 'seed' as const,
    text: v.text,
  }));
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function loadSeeds(): CorpusMessage[] {
  return readFileSync(here('./corpus/seeds.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const m = JSON.parse(l) as CorpusMessage;
      if (!m.text || !CLASSES.includes(m.level)) throw new Error(`corpus/seeds.jsonl:${i + 1}: needs text and level emergency|urgent|routine`);
      return m;
    });
}

function signLayer(normalised: string) {
  const { hits: signs, denied } = scanSigns(normalised);
  const chronic = isChronicOnly(normalised);
  const rules = firedRules(new Set(signs.map((s) => s.sign))).map((r) =>
    chronic && r.chronicDowngrade && r.level === 'emergency' ? { ...r, level: 'urgent' as const } : r,
  );
  return { signs, rules, denied };
}

export function featuresOf(text: string) {
  const a = analyse(text, signLayer);
  return vectorise(a.normalised, a.features);
}

function main(): void {
  const t0 = Date.now();
  const generated = generateCorpus({ seed: SEED, perLang: PER_LANG });
  const leaveOutArg = process.argv.indexOf('--leave-out');
  const leaveOut = leaveOutArg > 0 ? process.argv[leaveOutArg + 1] : undefined;
  // Only the full run writes the reviewable shards (parallel calibration runs must not race on them).
  for (let i = 0; !leaveOut && i * SHARD < generated.length; i++) {
    const shard = generated
      .slice(i * SHARD, (i + 1) * SHARD)
      .map((m) => JSON.stringify(m))
      .join('\n');
    writeAtomic(here(`./corpus/generated-${i + 1}.jsonl`), `${shard}\n`);
  }
  // `--leave-out <set>`: train without one vignette set and score it with the full triage (an out-of-batch figure).
  const sets = VIGNETTE_SETS.filter((rel) => !leaveOut || !rel.endsWith(leaveOut));
  if (leaveOut && sets.length === VIGNETTE_SETS.length) throw new Error(`--leave-out ${leaveOut}: no such vignette set (${VIGNETTE_SETS.join(', ')})`);
  const written = sets.flatMap(loadVignetteSet);
  const corpus = [...generated, ...loadSeeds(), ...written];
  const sha = createHash('sha256')
    .update(corpus.map((m) => `${m.level}\t${m.text}`).join('\n'))
    .digest('hex');
  const heldOut = (m: CorpusMessage) => m.source === 'generated' && hashFeature(m.id) % 10 === 0;
  const examples: (Example & { m: CorpusMessage })[] = corpus.flatMap((m) => {
    const e = { m, x: featuresOf(m.text), y: m.level };
    return m.id.startsWith('v:') ? new Array(VIGNETTE_REPEAT).fill(e) : [e];
  });
  const train = examples.filter((e) => !heldOut(e.m));
  const trained = fit(train, DEFAULT_TRAIN);
  const q = quantise(trained);
  const meta: TriageModelWeights = {
    version: 1,
    dim: DIM,
    scales: q.scales,
    bias: trained.bias,
    weights: q.weights,
    thresholds: THRESHOLDS,
    trainedOn: { messages: train.length, seed: SEED, corpusSha256: sha },
  };
  const model = decodeModel(meta);
  const report = (label: string, set: typeof examples) => {
    const right = set.filter((e) => predict(model, e.x).level === e.y).length;
    const em = set.filter((e) => e.y === 'emergency');
    const caught = em.filter((e) => predict(model, e.x).level === 'emergency').length;
    process.stdout.write(
      `${label}: ${set.length} messages, exact ${((100 * right) / set.length).toFixed(1)}%, emergency recall ${((100 * caught) / Math.max(1, em.length)).toFixed(1)}%\n`,
    );
  };
  report('in-sample', train);
  report(
    'held-out (10% of generated, same frames)',
    examples.filter((e) => heldOut(e.m)),
  );
  if (leaveOut) {
    const held = VIGNETTE_SETS.find((rel) => rel.endsWith(leaveOut)) ?? leaveOut;
    const vs = loadVignettes(here(held));
    if (process.argv.includes('--grid')) {
      // Calibration table for the unanchored thresholds on the left-out set.
      for (const e of [0.6, 0.7, 0.8, 0.9, 1.01])
        for (const u of [0.5, 0.6, 0.7, 0.8, 1.01]) {
          const m = { ...model, meta: { ...model.meta, thresholds: { ...model.meta.thresholds, unanchored: { emergency: e, urgent: u } } } };
          const ls = vs.map((v) => ({ v, level: triageDetail(v.text, { model: m }).level }));
          const em = ls.filter((g) => g.v.expected === 'emergency');
          const ro = ls.filter((g) => g.v.expected === 'routine');
          const non = ls.filter((g) => g.v.expected !== 'emergency');
          process.stdout.write(
            `grid e=${e} u=${u} em→em ${em.filter((g) => g.level === 'emergency').length}/${em.length} em→eu ${em.filter((g) => g.level !== 'routine').length} non¬em ${non.filter((g) => g.level !== 'emergency').length}/${non.length} ro→ro ${ro.filter((g) => g.level === 'routine').length}/${ro.length}\n`,
          );
        }
    }
    const got = vs.map((v) => {
      const d = triageDetail(v.text, { model });
      return { v, level: d.level, d };
    });
    if (process.argv.includes('--list'))
      for (const g of got)
        if (g.level !== g.v.expected)
          process.stdout.write(
            `${g.v.id} ${g.v.expected}→${g.level} [${g.d.reasons.join(',')}] p(em)=${g.d.contributions.model?.probs.emergency.toFixed(2)} p(urg)=${g.d.contributions.model?.probs.urgent.toFixed(2)} ${g.v.text.slice(0, 70)}\n`,
          );
    const share = (f: (g: (typeof got)[number]) => boolean, of: (g: (typeof got)[number]) => boolean) => {
      const base = got.filter(of);
      return `${((100 * base.filter(f).length) / Math.max(1, base.length)).toFixed(1)}%`;
    };
    process.stdout.write(
      `left out ${held} (not written): em→em ${share(
        (g) => g.level === 'emergency',
        (g) => g.v.expected === 'emergency',
      )}, em→em|urg ${share(
        (g) => g.level !== 'routine',
        (g) => g.v.expected === 'emergency',
      )}, non→¬em ${share(
        (g) => g.level !== 'emergency',
        (g) => g.v.expected !== 'emergency',
      )}, routine→routine ${share(
        (g) => g.level === 'routine',
        (g) => g.v.expected === 'routine',
      )}, urgent→urgent ${share(
        (g) => g.level === 'urgent',
        (g) => g.v.expected === 'urgent',
      )}\n`,
    );
    return;
  }
  const levels: Record<TriageLevel, number> = { emergency: 0, urgent: 0, routine: 0 };
  for (const m of corpus) levels[m.level]++;
  writeAtomic(
    here('./weights.generated.ts'),
    [
      '// Generated by `npm run train:triage` (src/safety/triage/train-cli.ts). Do not edit by hand.',
      `// Corpus: ${corpus.length} messages (${levels.emergency} emergency, ${levels.urgent} urgent, ${levels.routine} routine), sha256 ${sha.slice(0, 16)}…`,
      "import type { TriageModelWeights } from './model.js';",
      '',
      `export const TRIAGE_MODEL: TriageModelWeights | null = ${JSON.stringify(meta)};`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`wrote weights.generated.ts and ${Math.ceil(generated.length / SHARD)} corpus shards in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
