// Whole-set checks of issue #18 on the items `rl build` keeps (in-sample: the rules were written against this
// data; blind figures come from the coordinator's hand check and probe sets). For the kept knowledge-graph and
// MedCalc items: how many labels the quality stage kept/excluded/corrected, whether MedCalc ground truths agree
// with the project's recomputation, and how the scorer treats systematic alternatives built from the
// terminology (the gold name with its WHO code, sibling entries, the requested vs an unrequested JSON shape).
//
//   npx tsx bench/reward-labels.bench.ts [OUT_DIR]     (writes OUT_DIR/train.jsonl etc.; default a temp folder)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIcd10, ICD10_FILE } from '../src/knowledge/icd10.js';
import { buildRlData } from '../src/rl/data/build.js';
import { CALCULATORS, type Entities } from '../src/rl/data/quality/calculators.js';
import { readItems } from '../src/rl/data/read-items.js';
import { createRewardEngine } from '../src/rl/reward/engine.js';
import { loadVerifyContext } from '../src/rl/service/start.js';
import { SHARED_DATA } from '../test/helpers/shared-data.js';

const D = SHARED_DATA;
const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'qm-reward-labels-'));
const terms = join(D, 'terms');
const report = await buildRlData({
  inputs: [
    { source: 'disease-kg', path: join(D, 'kb', 'disease-kg-zh') },
    { source: 'disease-kg-tests', path: join(D, 'kb', 'disease-kg-zh') },
    { source: 'disease-kg-drugs', path: join(D, 'kb', 'disease-kg-zh') },
    { source: 'medcalc', path: join(D, 'rl', 'medcalc-dev.jsonl') },
  ],
  outDir: out,
  formats: ['jsonl'],
  termsDir: terms,
  // The rule stage's own output (the default build holds unreviewed knowledge-graph labels out for review).
  quality: { trustUnreviewed: true },
});
const items = readItems(join(out, 'train.jsonl'));
const icd = getIcd10(join(terms, ICD10_FILE));
const engine = createRewardEngine({ ctx: loadVerifyContext(terms) });
const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};

log('## Label-quality stage (`rl build`, all four KG/MedCalc sources)');
log('| task:source | items | kept | excluded | corrected | main exclusion reasons |');
log('|---|---|---|---|---|---|');
for (const [task, q] of Object.entries(report.quality.byTask)) {
  const why = Object.entries(q.excludedBy)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  log(`| ${task} | ${q.items} | ${q.kept} | ${q.excluded} | ${q.corrected} | ${why || '—'} |`);
}

// MedCalc: every kept ground truth against the project's recomputation.
const calc = items.filter((i) => i.task === 'calc');
let agree = 0;
for (const it of calc) {
  const f = CALCULATORS[String(it.meta.calculator)];
  const v = f ? f(it.meta.entities as Entities) : null;
  const gt = it.ground_truth as { answer: string; lower?: string; upper?: string; type?: string };
  if (v === null) continue;
  if (typeof v !== 'number') agree += gt.answer === `${v.weeks},${v.days}` ? 1 : 0;
  else if (gt.type === 'integer') agree += Math.round(v) === Number(gt.answer) ? 1 : 0;
  else agree += v >= Number(gt.lower) - 1e-9 && v <= Number(gt.upper) + 1e-9 ? 1 : 0;
}
log();
log(`MedCalc: kept ground truths agreeing with the project's recomputation: ${agree}/${calc.length}`);

// Diagnosis: the gold name with its WHO 4-character code; sibling extension entries; a wrong name with the right code.
const dx = items.filter((i) => i.task === 'diagnosis');
const score = (response: string, spec: (typeof dx)[number]['reward_spec']) => engine.scoreRulesOnly([{ prompt: '', response, spec }])[0];
let who = 0;
let sibN = 0;
let sibFull = 0;
let wrongNameN = 0;
let wrongNameFull = 0;
for (const it of dx) {
  const gt = it.ground_truth as { code: string; name: string };
  const code = icd.byCode(gt.code)!.code;
  if (score(JSON.stringify({ diagnosis: gt.name, icd10: code.sub }), it.reward_spec).acc) who++;
  for (const e of icd
    .entries()
    .filter((e) => e.code.category === code.category && e.code.core !== code.core && !e.name.includes(gt.name))
    .slice(0, 3)) {
    sibN++;
    if (score(JSON.stringify({ diagnosis: e.name, icd10: e.code.raw }), it.reward_spec).acc) sibFull++;
  }
  const other = dx[(dx.indexOf(it) + 7) % dx.length].ground_truth as { name: string };
  if (other.name !== gt.name) {
    wrongNameN++;
    if (score(JSON.stringify({ diagnosis: other.name, icd10: gt.code }), it.reward_spec).acc) wrongNameFull++;
  }
}
log();
log('## Scorer, systematic alternatives on the kept diagnosis items');
log(`- gold name with its WHO 4-character code → full reward: ${who}/${dx.length}`);
log(
  `- another entry of the same 3-character category whose name does not contain the gold name (many are ICD children under an unspecified ".9" code, e.g. 急性透壁前壁心肌梗死 for 急性心肌梗死) → full reward: ${sibFull}/${sibN}`,
);
log(`- another item's disease name with this item's code → full reward: ${wrongNameFull}/${wrongNameN}`);

// Format: the requested JSON shape vs an unrequested {"answer": …} with the same content, on every kept KG item.
let higher = 0;
let truthful = 0;
const kg = items.filter((i) => i.source === 'disease-kg-zh');
for (const it of kg) {
  const gt = it.ground_truth as { code?: string; name?: string; drugs?: string[] } | string[];
  const content =
    it.task === 'diagnosis' ? `${(gt as { name: string }).name} ${(gt as { code: string }).code}` : Array.isArray(gt) ? gt : (gt as { drugs: string[] }).drugs;
  const key = String(it.reward_spec.opt?.key);
  const asked = it.task === 'diagnosis' ? { diagnosis: (gt as { name: string }).name, icd10: (gt as { code: string }).code } : { [key]: content };
  const [a, b] = engine.scoreRulesOnly([
    { prompt: '', response: JSON.stringify(asked), spec: it.reward_spec },
    { prompt: '', response: JSON.stringify({ answer: content }), spec: it.reward_spec },
  ]);
  if (a.reward > b.reward) higher++;
  if (a.formatOk && !b.formatOk) truthful++;
}
log();
log('## Format reward on the kept knowledge-graph items');
log(`- requested JSON shape earns more than an unrequested {"answer": …} with the same content: ${higher}/${kg.length}`);
log(`- "format ok" reported for the requested shape and not for {"answer": …}: ${truthful}/${kg.length}`);
log();
log(`(build output: ${out})`);
