// Held-out figures for the learned triage reader: leave one written group (one writer's training set, or one blind
// batch already scored) out of training, train on everything else (generated corpus + seeds + the other groups), and
// score the left-out group with the model alone and with the full triage (rules + model + policy).
//   npx tsx bench/triage-cv.ts [--groups written-a,written-b] [--list]
// Rules were studied on the blind batches e–o and the vignettes, so on those the full-triage figure is in-sample for
// the rules and held-out for the model only; the written-* sets were seen by neither.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadDataset, WRITTEN_GROUPS } from '../src/safety/triage/dataset.js';
import { featurise, GROUP_WEIGHT, trainReader, type ReaderPlan } from '../src/safety/triage/learn.js';
import { predict, predictSelfHarm } from '../src/safety/triage/model.js';
import { DEFAULT_TRAIN } from '../src/safety/triage/train.js';
import { SELF_HARM_THRESHOLD, THRESHOLDS } from '../src/safety/triage/train-cli.js';
import { decideLevel, type LevelFacts, type ReaderPolicy } from '../src/safety/triage/combine.js';
import { triageDetail } from '../src/safety/triage.js';
import type { TriageLevel } from '../src/safety/types.js';
import { CRISIS_LINE } from './crisis-line.js';

const args = process.argv.slice(2);
const arg = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = args.includes('--list');
const t0 = Date.now();
const { messages } = loadDataset();
const items = featurise(messages);
process.stderr.write(`featurised ${items.length} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
const present = new Set(messages.map((m) => m.group));
const groups = (arg('--groups')?.split(',') ?? WRITTEN_GROUPS.map((g) => g.group)).filter((g) => present.has(g));
// Experiments: --gw generated=0.1,blind=3  --epochs 20  --l2 1e-5  --lr 0.3
const gw = { ...GROUP_WEIGHT };
for (const kv of arg('--gw')?.split(',') ?? []) {
  const [k, v] = kv.split('=');
  if (k && k in gw) gw[k as keyof typeof gw] = Number(v);
}
const train = {
  ...DEFAULT_TRAIN,
  ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}),
  ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}),
  ...(arg('--lr') ? { learningRate: Number(arg('--lr')) } : {}),
};
const plan: ReaderPlan = { train, groupWeight: gw, thresholds: THRESHOLDS, selfHarmThreshold: SELF_HARM_THRESHOLD };

interface Got {
  group: string;
  kind: string;
  lang: string;
  y: TriageLevel;
  model: TriageLevel;
  /** Full triage with the plan's thresholds (no policy: the raise-only gates). */
  full: TriageLevel;
  facts: LevelFacts;
  probs: Record<TriageLevel, number>;
  pEm: number;
  selfHarm: boolean;
  pSelfHarm: number;
  /** The full triage's message carries a crisis line. */
  crisis: boolean;
  text: string;
}
const got: (Got & { policy?: TriageLevel })[] = [];
for (const g of groups) {
  const { model } = trainReader(
    items.filter((it) => it.m.group !== g),
    plan,
    'cv',
  );
  for (const it of items.filter((x) => x.m.group === g)) {
    const op = predict(model, it.x);
    const d = triageDetail(it.m.text, { model });
    got.push({
      group: g,
      kind: it.m.kind,
      lang: it.m.lang,
      y: it.m.level,
      model: op.level,
      full: d.level,
      facts: d.contributions.facts,
      probs: op.probs,
      pEm: op.probs.emergency,
      selfHarm: it.m.selfHarm,
      pSelfHarm: predictSelfHarm(model, it.x) ?? 0,
      crisis: CRISIS_LINE.test(d.message),
      text: it.m.text,
    });
  }
  process.stderr.write(`${g} done ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

// --dump FILE: the out-of-fold rows (facts, probabilities, labels) as JSON, for policy studies.
const dump = arg('--dump');
if (dump) writeFileSync(dump, JSON.stringify(got));

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}` : '—');
function figures(rs: (Got & { policy?: TriageLevel })[], k: 'model' | 'full' | 'policy'): string {
  const em = rs.filter((r) => r.y === 'emergency');
  const non = rs.filter((r) => r.y !== 'emergency');
  const ro = rs.filter((r) => r.y === 'routine');
  const ur = rs.filter((r) => r.y === 'urgent');
  return `em→em ${pct(em.filter((r) => r[k] === 'emergency').length, em.length)} em|urg ${pct(em.filter((r) => r[k] !== 'routine').length, em.length)} non→¬em ${pct(non.filter((r) => r[k] !== 'emergency').length, non.length)} ro→ro ${pct(ro.filter((r) => r[k] === 'routine').length, ro.length)} urg→urg ${pct(ur.filter((r) => r[k] === 'urgent').length, ur.length)} (n=${rs.length})`;
}
for (const g of groups) {
  const rs = got.filter((r) => r.group === g);
  process.stdout.write(`${g.padEnd(18)} model ${figures(rs, 'model')}\n${''.padEnd(18)} full  ${figures(rs, 'full')}\n`);
}
for (const kind of ['written', 'blind', 'vignettes']) {
  const rs = got.filter((r) => r.kind === kind);
  if (rs.length) process.stdout.write(`ALL ${kind.padEnd(14)} model ${figures(rs, 'model')}\n${''.padEnd(18)} full  ${figures(rs, 'full')}\n`);
}
// Policy grid (combine.ts) on the out-of-fold probabilities: each row is the full decision for one set of thresholds.
if (args.includes('--grid')) {
  const UNANCHORED = JSON.parse(arg('--unanchored') ?? '{"emergency":0.8,"urgent":0.7}') as ReaderPolicy['unanchored'];
  const kinds = (arg('--grid-kinds') ?? 'written,blind').split(',');
  const pool = got.filter((r) => kinds.includes(r.kind));
  const rows: string[] = [];
  for (const raiseEmergency of [0.4, 0.5, 0.6, 0.7])
    for (const raiseUrgent of [0.4, 0.5, 0.6])
      for (const lowerEmergency of [0, 0.1, 0.3])
        for (const lowerUrgent of [0.85]) {
          for (const unanchored of [
            UNANCHORED,
            { emergency: raiseEmergency + 0.1, urgent: raiseUrgent + 0.1 },
            { emergency: raiseEmergency, urgent: raiseUrgent },
          ])
            for (const disc of [true, false]) {
              const pol: ReaderPolicy = { raiseEmergency, raiseUrgent, lowerEmergency, lowerUrgent, unanchored };
              // disc=false: ablation without the discriminator and chronic constraints on the reader's emergency.
              const rs = pool.map((r) => ({
                ...r,
                policy: decideLevel(disc ? r.facts : { ...r.facts, discriminator: true, chronicOnly: false }, r.probs, pol).level,
              }));
              rows.push(`${figures(rs, 'policy')} ${disc ? 'disc' : 'nodisc'} ${JSON.stringify(pol)}`);
            }
        }
  process.stdout.write(`${rows.join('\n')}\n`);
}
// Self-harm head: share of self-harm-labelled emergencies it hears, and of other non-routine messages it flags.
for (const kind of ['written', 'blind']) {
  const em = got.filter((r) => r.kind === kind && r.y === 'emergency');
  const pos = em.filter((r) => r.selfHarm);
  const neg = got.filter((r) => r.kind === kind && r.y !== 'routine' && !r.selfHarm);
  if (!pos.length) continue;
  const cells = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map(
    (t) => `t=${t} heard ${pos.filter((r) => r.pSelfHarm >= t).length}/${pos.length} flagged ${neg.filter((r) => r.pSelfHarm >= t).length}/${neg.length}`,
  );
  process.stdout.write(`SELF-HARM ${kind}: ${cells.join(' | ')}\n`);
  process.stdout.write(
    `  full triage: self-harm emergencies rated emergency with a crisis line ${pos.filter((r) => r.full === 'emergency' && r.crisis).length}/${pos.length}\n`,
  );
}
const polArg = arg('--policy');
if (polArg) {
  const pol = JSON.parse(polArg) as ReaderPolicy;
  for (const kind of ['written', 'blind', 'vignettes']) {
    const rs = got.filter((r) => r.kind === kind).map((r) => ({ ...r, policy: decideLevel(r.facts, r.probs, pol).level }));
    if (rs.length) process.stdout.write(`POLICY ${kind.padEnd(11)} ${figures(rs, 'policy')}\n`);
    for (const lang of ['zh', 'en']) {
      const rl = rs.filter((r) => r.lang === lang);
      if (rl.length) process.stdout.write(`  ${lang} ${figures(rl, 'policy')}\n`);
    }
  }
}
if (list) {
  const pol = polArg ? (JSON.parse(polArg) as ReaderPolicy) : null;
  for (const r of got) {
    const lv = pol ? decideLevel(r.facts, r.probs, pol).level : r.full;
    if (lv !== r.y && (r.y === 'emergency' || lv === 'emergency' || r.y === 'routine'))
      process.stdout.write(
        `${r.group} ${r.y}→${lv} (rules ${r.facts.ruleLevel}${r.facts.hard ? ' hard' : ''} gate ${r.facts.gate} net ${r.facts.netOpen}; p=${r.probs.emergency.toFixed(2)}/${r.probs.urgent.toFixed(2)}/${r.probs.routine.toFixed(2)}) ${r.text.slice(0, 110)}\n`,
      );
  }
}
process.stdout.write(
  `plan ${createHash('sha256')
    .update(JSON.stringify({ ...plan.train, ...plan.groupWeight }))
    .digest('hex')
    .slice(
      0,
      8,
    )} ${JSON.stringify(plan.groupWeight)} epochs ${plan.train.epochs} l2 ${plan.train.l2} lr ${plan.train.learningRate}; ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
);
