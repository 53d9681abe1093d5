// Items for a blind scorer-probe batch: a deterministic, task-stratified sample of the RL items `rl build` keeps,
// with only what a probe writer needs (item id, probe task, the prompt and the gold label) — no answers, no
// verifier hints. The writer adds, per item, a clinically correct alternative answer (expect "full") and a
// wrong-but-similar answer (expect "none"), in the schema bench/reward-probes.ts reads. The output holds
// licensed prompt text: write it outside the repo (e.g. /work/blind-inbox).
//
//   npx tsx bench/reward-probe-items.ts /tmp/rl/train.jsonl OUT.jsonl [--per-task 45,30,30,25] [--seed 29] \
//     [--exclude bench/blind/reward-probes-1.answers.jsonl,…]   (items already probed are not drawn again)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, shuffle } from '../src/core/random.js';
import { readItems } from '../src/rl/data/read-items.js';

const args = process.argv.slice(2);
const [input, output] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!input || !output) {
  console.error('usage: npx tsx bench/reward-probe-items.ts TRAIN.jsonl OUT.jsonl [--per-task 45,30,30,25] [--seed 29]');
  process.exit(2);
}
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const [nDx, nTests, nDrugs, nCalc] = opt('--per-task', '45,30,30,25').split(',').map(Number);
const seed = Number(opt('--seed', '29'));

const excludeFile = args.includes('--exclude') ? args[args.indexOf('--exclude') + 1] : undefined;
const excluded = new Set(
  (excludeFile ? excludeFile.split(',') : []).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { item?: string }).item),
  ),
);
const items = readItems(input).filter((i) => !excluded.has(i.id));
const rand = createRng(seed);
const pick = (task: string, n: number) =>
  shuffle(
    items.filter((i) => i.task === task).sort((a, b) => a.id.localeCompare(b.id)),
    rand,
  ).slice(0, n);
const probeTask: Record<string, string> = { diagnosis: 'diagnosis', test_order: 'test', drug: 'drug', calc: 'medcalc' };
const sample = [...pick('diagnosis', nDx), ...pick('test_order', nTests), ...pick('drug', nDrugs), ...pick('calc', nCalc)];
const rows = sample.map((i, k) => ({
  n: k + 1,
  item: i.id,
  task: probeTask[i.task],
  prompt: i.prompt.map((m) => m.content).join('\n'),
  reference: i.ground_truth,
}));
writeFileSync(output, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
const count = (t: string) => rows.filter((r) => r.task === t).length;
console.log(`${rows.length} items (diagnosis ${count('diagnosis')}, test ${count('test')}, drug ${count('drug')}, medcalc ${count('medcalc')}) → ${output}`);
