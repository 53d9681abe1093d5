// A deterministic sample of knowledge-graph RL items from the *kept* set of `rl build`, for a blind hand check
// of label correctness. Stratified by task (diagnosis, test ordering, drugs); seeded, so the same build gives
// the same sample. The sample carries only what a checker needs (id, task, prompt, label) — no quality flags,
// so the check is blind to the pipeline's own judgement.
//
//   npx tsx src/cli/main.ts rl build --input disease-kg=D/kb/disease-kg-zh --input disease-kg-tests=D/kb/disease-kg-zh \
//     --input disease-kg-drugs=D/kb/disease-kg-zh --terms D/terms --out /tmp/rl-kg --trust-unreviewed
//   (--trust-unreviewed: the rule-checked set; by default unreviewed knowledge-graph items are held out for review,
//   so a sample of the default kept set checks reviewers' decisions)
//   npx tsx bench/rl-label-sample.ts /tmp/rl-kg/train.jsonl OUT.jsonl [--per-task 55,55,50] [--seed 18] \
//     [--exclude bench/blind/rl-labels-sample-1.verdicts.jsonl --exclude …-2.verdicts.jsonl]   (items any earlier sample
//     already judged are not drawn; repeat --exclude once per verdict file)
//     [--source disease-kg-sba]   single-best-answer items (kg-sba.ts): tasks diagnosis-sba, test-sba, drug-sba;
//     the label is the gold letter with its option text ("C. 肺气肿")
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, shuffle } from '../src/core/random.js';
import type { RlItem } from '../src/rl/data/item.js';
import { readItems } from '../src/rl/data/read-items.js';

const args = process.argv.slice(2);
const [input, output] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!input || !output) {
  console.error('usage: npx tsx bench/rl-label-sample.ts TRAIN.jsonl OUT.jsonl [--per-task 55,55,50] [--seed 18]');
  process.exit(2);
}
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const [nDx, nTests, nDrugs] = opt('--per-task', '55,55,50').split(',').map(Number);
const seed = Number(opt('--seed', '18'));

// --exclude may be given once per earlier sample (every verdict file judged so far); each line needs an "id".
const excludeFiles = args.flatMap((a, i) => (a === '--exclude' && args[i + 1] ? [args[i + 1]] : []));
const excluded = new Set(
  excludeFiles.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l, n) => [l, n + 1] as const)
      .filter(([l]) => l.trim())
      .map(([l, n]) => {
        const id = (JSON.parse(l) as { id?: unknown }).id;
        if (typeof id !== 'string') throw new Error(`${file}:${n}: --exclude rows need a string "id", got ${JSON.stringify(id)}`);
        return id;
      }),
  ),
);
const source = opt('--source', 'disease-kg-zh');
const sba = source === 'disease-kg-sba';
const items = readItems(input).filter((i) => i.source === source && !excluded.has(i.id));
/** The task a reviewer sees: single-best-answer items by kind, the others by their RL task. */
const taskOf = (i: RlItem) => (sba ? `${String(i.meta.kind)}-sba` : i.task);
const labelOf = (i: RlItem) => {
  if (!sba) return i.ground_truth;
  const options = i.meta.options as Record<string, string>;
  return `${String(i.ground_truth)}. ${options[String(i.ground_truth)]}`;
};
const tasks = sba ? ['diagnosis-sba', 'test-sba', 'drug-sba'] : ['diagnosis', 'test_order', 'drug'];
const rand = createRng(seed);
const pick = (task: string, n: number) =>
  shuffle(
    items.filter((i) => taskOf(i) === task).sort((a, b) => a.id.localeCompare(b.id)),
    rand,
  ).slice(0, n);
const sample = [...pick(tasks[0], nDx), ...pick(tasks[1], nTests), ...pick(tasks[2], nDrugs)];
const rows = sample.map((i) => ({ id: i.id, task: taskOf(i), prompt: i.prompt.map((m) => m.content).join('\n'), label: labelOf(i) }));
writeFileSync(output, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (t: string) => rows.filter((r) => r.task === t).length;
console.log(`${rows.length} items (${tasks.map((t) => `${t} ${count(t)}`).join(', ')}) from ${items.length} kept ${source} items → ${output}`);
