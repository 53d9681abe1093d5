// Triage sensitivity (emergencies caught) and specificity (non-emergencies not escalated) on the shipped
// bilingual vignette set src/safety/vignettes.jsonl, per category and per language, plus triage latency.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { BLIND_C_VIGNETTES_PATH, BLIND_D_VIGNETTES_PATH, HELDOUT_VIGNETTES_PATH, loadVignettes, scoreTriage } from '../src/safety/triage-eval.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import { triage, triageDetail } from '../src/safety/triage.js';
import type { Vignette } from '../src/safety/triage-eval.js';
import { percentile, writeBenchResults } from './report.js';

const vignettes = loadVignettes();
const all = scoreTriage(vignettes);
const zh = scoreTriage(vignettes.filter((v) => v.lang === 'zh'));
const en = scoreTriage(vignettes.filter((v) => v.lang === 'en'));
// The held-out set (src/safety/vignettes-heldout.jsonl) was written without reading the rules. First-sight figures,
// recorded once before the concept-lexicon rewrite (batch A, h001–h140, on the old rules) and before its second
// round (batch B, h141–h180, written after round one): the current figures below are no longer out-of-sample.
const heldout = loadVignettes(HELDOUT_VIGNETTES_PATH);
const ho = scoreTriage(heldout);
const hoZh = scoreTriage(heldout.filter((v) => v.lang === 'zh'));
const hoEn = scoreTriage(heldout.filter((v) => v.lang === 'en'));
const HELDOUT_FIRST_SIGHT = [
  { batch: 'A (h001–h140), old rules', n: 140, emergencies: 77, sensitivity: 0.74, specificity: 1.0 },
  { batch: 'A+B (h001–h180), old rules', n: 180, emergencies: 99, sensitivity: 0.677, specificity: 0.988 },
  { batch: 'B (h141–h180), after round one', n: 40, emergencies: 22, sensitivity: 0.5, specificity: 0.944 },
] as const;
// Blind batch C (src/safety/vignettes-blind-c.jsonl, c001–c100): written without reading the rules or the other vignette
// files, scored once on 2026-11-25 before any change. Recorded here so later tuning on its misses cannot hide the figure.
const BLIND_C_FIRST_SIGHT = {
  batch: 'C (c001–c100), first sight',
  n: 100,
  emergencies: 50,
  sensitivity: 0.64,
  specificity: 0.96,
  byLang: { zh: { sensitivity: 0.76, specificity: 0.96 }, en: { sensitivity: 0.52, specificity: 0.96 } },
  misses: ['c002', 'c003', 'c006', 'c009', 'c017', 'c018', 'c019', 'c021', 'c026', 'c027', 'c030', 'c033', 'c037', 'c039', 'c042', 'c043', 'c045', 'c050'],
  falseAlarms: ['c069', 'c097'],
} as const;
const blindC = scoreTriage(loadVignettes(BLIND_C_VIGNETTES_PATH));
// Blind batch D (src/safety/vignettes-blind-d.jsonl, d001–d120): same protocol as C, scored once by the coordinator on
// 2026-11-25 before any change. A second independent batch landing on the same figure as C is the point of recording it.
const BLIND_D_FIRST_SIGHT = {
  batch: 'D (d001–d120), first sight',
  n: 120,
  emergencies: 60,
  sensitivity: 0.633,
  specificity: 0.967,
  byLang: { zh: { sensitivity: 0.567, specificity: 0.967 }, en: { sensitivity: 0.7, specificity: 0.967 } },
  misses: [
    'd004',
    'd007',
    'd013',
    'd017',
    'd021',
    'd023',
    'd025',
    'd029',
    'd032',
    'd037',
    'd049',
    'd050',
    'd051',
    'd052',
    'd067',
    'd093',
    'd102',
    'd104',
    'd106',
    'd109',
    'd112',
    'd120',
  ],
  falseAlarms: ['d027', 'd030'],
} as const;
const blindD = scoreTriage(loadVignettes(BLIND_D_VIGNETTES_PATH));

// Issue 19 targets, per language, rules alone and rules + learned model: emergency→emergency, emergency→emergency|urgent,
// non-emergency not emergency, routine→routine. Blind batch E (bench/blind/triage-e.jsonl) was scored first on the old
// code by the coordinator, then once on the new design before its texts were read; both are recorded here.
const BLIND_E_PATH = new URL('./blind/triage-e.jsonl', import.meta.url);
const BLIND_E_FIRST_SIGHT = [
  { design: 'old phrase rules (coordinator, first sight)', emEm: 0.642, emEmUrg: 0.742, nonNotEm: 0.958, routine: null, byLang: 'zh 75.0% / en 53.3% em→em' },
  {
    design: 'new design, rule layers only (first sight, texts unread)',
    emEm: 0.742,
    emEmUrg: 0.892,
    nonNotEm: 0.925,
    routine: null,
    byLang: 'zh 83.3% / en 65.0% em→em',
  },
  {
    design: 'new design + first model (first sight, texts unread)',
    emEm: 0.925,
    emEmUrg: 0.992,
    nonNotEm: 0.883,
    routine: null,
    byLang: 'zh 93.3% / en 91.7% em→em',
  },
] as const;
type Targets = { n: number; emEm: number; emEmUrg: number; nonNotEm: number; routine: number };
function targets(vs: Vignette[], rulesOnly: boolean): Targets {
  const got = vs.map((v) => ({ v, l: triageDetail(v.text, { rulesOnly }).level }));
  const em = got.filter((g) => g.v.expected === 'emergency');
  const non = got.filter((g) => g.v.expected !== 'emergency');
  const ro = got.filter((g) => g.v.expected === 'routine');
  const r = (a: number, b: number) => (b ? a / b : NaN);
  return {
    n: vs.length,
    emEm: r(em.filter((g) => g.l === 'emergency').length, em.length),
    emEmUrg: r(em.filter((g) => g.l !== 'routine').length, em.length),
    nonNotEm: r(non.filter((g) => g.l !== 'emergency').length, non.length),
    routine: r(ro.filter((g) => g.l === 'routine').length, ro.length),
  };
}
const TARGET_SETS: { name: string; vs: Vignette[]; note: string }[] = [
  { name: 'shipped', vs: vignettes, note: 'in-sample' },
  { name: 'held-out A+B', vs: heldout, note: 'in-sample' },
  { name: 'blind C', vs: loadVignettes(BLIND_C_VIGNETTES_PATH), note: 'in-sample' },
  { name: 'blind D', vs: loadVignettes(BLIND_D_VIGNETTES_PATH), note: 'in-sample' },
  { name: 'blind E', vs: loadVignettes(BLIND_E_PATH), note: 'in-sample (misses studied)' },
];
const targetRows = TARGET_SETS.flatMap(({ name, vs, note }) =>
  (['all', 'zh', 'en'] as const).flatMap((lang) => {
    const sub = lang === 'all' ? vs : vs.filter((v) => v.lang === lang);
    return ([true, false] as const).map((rulesOnly) => ({
      set: name,
      lang,
      design: rulesOnly ? 'rules only' : 'rules + model',
      note,
      ...targets(sub, rulesOnly),
    }));
  }),
);

const times: number[] = [];
// CPU time per call as well as wall time: on a shared 2-core box wall-clock tails measure other processes.
const cpuTimes: number[] = [];
for (const v of vignettes) triage(v.text); // warm-up: JIT and the weights' one-time decode are not per-call costs
for (let rep = 0; rep < 5; rep++) {
  for (const v of vignettes) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    triage(v.text);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
}

// Unlabelled real consumer questions: how often does triage escalate? (An alarm-rate figure, not accuracy.)
const realSets: { name: string; questions: string[] }[] = [
  {
    name: 'huatuo26m-test (zh)',
    questions: (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[] }[])
      .slice(0, 2000)
      .map((x) => x.instruction.join('')),
  },
  {
    name: 'chatdoctor5k (en)',
    questions: (JSON.parse(readFileSync(sharedPath('corpus', 'chatdoctor5k.json'), 'utf8')) as { input: string }[]).slice(0, 2000).map((x) => x.input),
  },
];
const realRows = realSets.map(({ name, questions }) => {
  const c = { emergency: 0, urgent: 0, routine: 0 };
  for (const q of questions) c[triage(q).level]++;
  const p = (k: keyof typeof c) => `${((100 * c[k]) / questions.length).toFixed(1)}%`;
  return [name, questions.length, p('emergency'), p('urgent'), p('routine')];
});

const f = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
writeBenchResults(
  'safety',
  {
    vignettes: all.n,
    emergencies: all.emergencies,
    sensitivity: all.sensitivity,
    specificity: all.specificity,
    exactLevelAgreement: all.exactLevel,
    byLang: {
      zh: { n: zh.n, sensitivity: zh.sensitivity, specificity: zh.specificity },
      en: { n: en.n, sensitivity: en.sensitivity, specificity: en.specificity },
    },
    misses: all.misses.map((m) => ({ id: m.vignette.id, got: m.got, text: m.vignette.text })),
    falseAlarms: all.falseAlarms.map((m) => ({ id: m.vignette.id, reasons: m.reasons, text: m.vignette.text })),
    firstRunHoldout: [
      { batch: 1, n: 60, sensitivity: 0.6, specificity: 0.9 },
      { batch: 2, n: 40, sensitivity: 0.55, specificity: 1.0 },
      { batch: 3, n: 40, sensitivity: 0.6, specificity: 0.95 },
      { batch: 4, n: 60, sensitivity: 0.45, specificity: 1.0 },
      { batch: 5, n: 40, sensitivity: 0.333, specificity: 1.0 },
    ],
    heldout: {
      vignettes: ho.n,
      emergencies: ho.emergencies,
      sensitivity: ho.sensitivity,
      specificity: ho.specificity,
      byLang: {
        zh: { n: hoZh.n, sensitivity: hoZh.sensitivity, specificity: hoZh.specificity },
        en: { n: hoEn.n, sensitivity: hoEn.sensitivity, specificity: hoEn.specificity },
      },
      firstSight: HELDOUT_FIRST_SIGHT,
      blindC: { firstSight: BLIND_C_FIRST_SIGHT, now: { sensitivity: blindC.sensitivity, specificity: blindC.specificity } },
      blindD: { firstSight: BLIND_D_FIRST_SIGHT, now: { sensitivity: blindD.sensitivity, specificity: blindD.specificity } },
      misses: ho.misses.map((m) => ({ id: m.vignette.id, got: m.got, text: m.vignette.text })),
      falseAlarms: ho.falseAlarms.map((m) => ({ id: m.vignette.id, reasons: m.reasons, text: m.vignette.text })),
    },
    issue19Targets: targetRows,
    blindEFirstSight: BLIND_E_FIRST_SIGHT,
    realQuestionEscalation: realRows.map(([name, n, e, u, r]) => ({ name, n, emergency: e, urgent: u, routine: r })),
    latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) },
    cpuMs: { p50: percentile(cpuTimes, 50), p95: percentile(cpuTimes, 95), p99: percentile(cpuTimes, 99) },
  },
  [
    {
      title: 'Triage on the shipped vignettes (src/safety/vignettes.jsonl)',
      columns: ['set', 'n', 'emergencies', 'sensitivity', 'specificity', 'exact level'],
      rows: [
        ['all', all.n, all.emergencies, f(all.sensitivity), f(all.specificity), f(all.exactLevel)],
        ['zh', zh.n, zh.emergencies, f(zh.sensitivity), f(zh.specificity), f(zh.exactLevel)],
        ['en', en.n, en.emergencies, f(en.sensitivity), f(en.specificity), f(en.exactLevel)],
      ],
      note:
        'Sensitivity = emergencies triaged "emergency"; specificity = urgent/routine vignettes (many written as look-alikes: negated symptoms, past history, education questions) not escalated to "emergency". ' +
        'These figures are on vignettes the rules have since been generalised against. Out-of-sample, two batches written after the rules and scored once before any change gave: ' +
        'holdout batch 1 (60) sensitivity 60.0%, specificity 90.0%; batch 2 (40) sensitivity 55.0%, specificity 100%; batch 3 (40) sensitivity 60.0%, specificity 95.0%; batch 4 (60) sensitivity 45.0%, specificity 100%; batch 5 (40) sensitivity 33.3%, specificity 100% (see src/safety/README.md).',
    },
    {
      title: 'Triage on the held-out vignettes (src/safety/vignettes-heldout.jsonl)',
      columns: ['set', 'n', 'emergencies', 'sensitivity', 'specificity', 'exact level'],
      rows: [
        ['all (now)', ho.n, ho.emergencies, f(ho.sensitivity), f(ho.specificity), f(ho.exactLevel)],
        ['zh (now)', hoZh.n, hoZh.emergencies, f(hoZh.sensitivity), f(hoZh.specificity), f(hoZh.exactLevel)],
        ['en (now)', hoEn.n, hoEn.emergencies, f(hoEn.sensitivity), f(hoEn.specificity), f(hoEn.exactLevel)],
        ...HELDOUT_FIRST_SIGHT.map((b) => [`first sight: ${b.batch}`, b.n, b.emergencies, f(b.sensitivity), f(b.specificity), '—']),
        [
          `blind batch ${BLIND_C_FIRST_SIGHT.batch}`,
          BLIND_C_FIRST_SIGHT.n,
          BLIND_C_FIRST_SIGHT.emergencies,
          f(BLIND_C_FIRST_SIGHT.sensitivity),
          f(BLIND_C_FIRST_SIGHT.specificity),
          '—',
        ],
        ['blind batch C (now)', blindC.n, blindC.emergencies, f(blindC.sensitivity), f(blindC.specificity), f(blindC.exactLevel)],
        [
          `blind batch ${BLIND_D_FIRST_SIGHT.batch}`,
          BLIND_D_FIRST_SIGHT.n,
          BLIND_D_FIRST_SIGHT.emergencies,
          f(BLIND_D_FIRST_SIGHT.sensitivity),
          f(BLIND_D_FIRST_SIGHT.specificity),
          '—',
        ],
        ['blind batch D (now, no longer blind)', blindD.n, blindD.emergencies, f(blindD.sensitivity), f(blindD.specificity), f(blindD.exactLevel)],
      ],
      note:
        'Written without reading the rules. "first sight" rows were scored once before the rules changed; "now" rows are after the concept lexicons and co-occurrence rules were generalised using their misses, so they guard regressions rather than measure unseen phrasing. Batch B (first sight 50%) and blind batch C (first sight 64.0% sensitivity, 96.0% specificity; zh 76%, en 52%; misses ' +
        BLIND_C_FIRST_SIGHT.misses.join(', ') +
        '; false alarms ' +
        BLIND_C_FIRST_SIGHT.falseAlarms.join(', ') +
        ') and blind batch D (first sight 63.3% / 96.7%; zh 56.7%, en 70.0%; misses ' +
        BLIND_D_FIRST_SIGHT.misses.join(', ') +
        '; false alarms ' +
        BLIND_D_FIRST_SIGHT.falseAlarms.join(', ') +
        ') show what to expect on new wordings: use the model second opinion.',
    },
    {
      title: 'Issue 19 targets (em→em ≥ 90%, em→em|urgent ≥ 98%, non-emergency not emergency ≥ 95%, routine→routine ≥ 80%)',
      columns: ['set', 'lang', 'design', 'n', 'em→em', 'em→em|urg', 'non→¬em', 'routine→routine', ''],
      rows: targetRows.map((t) => [t.set, t.lang, t.design, t.n, f(t.emEm), f(t.emEmUrg), f(t.nonNotEm), f(t.routine), t.note]),
      note: 'All sets here have been used for development, so these are in-sample figures. First-sight figures are in the next table; the honest forecast is the sealed batch F scored by the coordinator on the frozen design (`npx tsx bench/triage-score.ts <file>`).',
    },
    {
      title: 'Blind batch E (240, written blind): first-sight figures',
      columns: ['design', 'em→em', 'em→em|urg', 'non→¬em', 'by language'],
      rows: BLIND_E_FIRST_SIGHT.map((b) => [b.design, f(b.emEm), f(b.emEmUrg), f(b.nonNotEm), b.byLang]),
      note: "Row 1 was scored by the coordinator on the code before this design. Rows 2–3 were scored on the new design before any batch-E text was read (row 3 with the first trained model, thresholds 0.8/0.75). Afterwards its misses were studied as concepts (airway obstruction, spinal injury after high-energy falls, open fractures, large burns, psychosis with a weapon, necrotising infection, heat stroke, seizure clusters; Bell's palsy, DVT without breathlessness, safe passive ideation and NSSI as urgent), so the batch-E rows in the targets table are in-sample.",
    },
    {
      title: 'Per category',
      columns: ['category', 'n', 'sensitivity', 'specificity'],
      rows: all.perCategory.map((c) => [c.category, c.n, f(c.sensitivity), f(c.specificity)]),
    },
    {
      title: 'Misses and false alarms',
      columns: ['kind', 'id', 'text'],
      rows: [
        ...all.misses.map((m) => ['miss', m.vignette.id, m.vignette.text]),
        ...all.falseAlarms.map((m) => ['false alarm', m.vignette.id, m.vignette.text]),
        ...ho.misses.map((m) => ['held-out miss', m.vignette.id, m.vignette.text]),
        ...ho.falseAlarms.map((m) => ['held-out false alarm', m.vignette.id, m.vignette.text]),
      ],
    },
    {
      title: 'Escalation rate on real, unlabelled consumer questions (first 2000 of each corpus file)',
      columns: ['corpus', 'questions', 'emergency', 'urgent', 'routine'],
      rows: realRows,
      note: 'Not an accuracy figure: these questions have no gold triage level. chatdoctor5k is synthetic and symptom-heavy ("chest pain and shortness of breath"), so a higher escalation rate is expected there.',
    },
    {
      title: 'Latency per triage call (rules + model, warm)',
      columns: ['clock', 'p50 ms', 'p95 ms', 'p99 ms'],
      rows: [
        ['wall', percentile(times, 50).toFixed(3), percentile(times, 95).toFixed(3), percentile(times, 99).toFixed(3)],
        ['cpu', percentile(cpuTimes, 50).toFixed(3), percentile(cpuTimes, 95).toFixed(3), percentile(cpuTimes, 99).toFixed(3)],
      ],
      note: `Load average at run time ${loadavg()[0]!.toFixed(1)} on 2 cores (other engineers' jobs); wall-clock tails include waiting for a core, CPU time is the call's own cost.`,
    },
  ],
);
