// Tally a blind clinician's verdicts on a label sample (bench/rl-label-sample.ts): per task, the share of labels
// judged correct, ambiguous and wrong. With the sample file, checks that every sampled item has one verdict.
//
//   npx tsx bench/rl-label-verdicts.ts VERDICTS.jsonl [SAMPLE.jsonl] [--json]
import { readFileSync } from 'node:fs';

type Verdict = 'correct' | 'ambiguous' | 'wrong';
interface Row {
  id: string;
  task: string;
  verdict: Verdict;
}

const args = process.argv.slice(2);
const [verdictsPath, samplePath] = args.filter((a) => !a.startsWith('--'));
if (!verdictsPath) {
  console.error('usage: npx tsx bench/rl-label-verdicts.ts VERDICTS.jsonl [SAMPLE.jsonl] [--json]');
  process.exit(2);
}
const lines = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const rows: Row[] = lines(verdictsPath).map((l, i) => {
  const r = JSON.parse(l) as Row;
  if (!['correct', 'ambiguous', 'wrong'].includes(r.verdict))
    throw new Error(`${verdictsPath}:${i + 1}: verdict "${r.verdict}" is not correct, ambiguous or wrong`);
  return r;
});
if (samplePath) {
  const ids = lines(samplePath).map((l) => (JSON.parse(l) as { id: string }).id);
  const judged = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !judged.has(id));
  if (missing.length || rows.length !== ids.length)
    throw new Error(`verdicts do not match the sample: ${missing.length} sampled items without a verdict, ${rows.length} verdicts for ${ids.length} items`);
}
const tally = (list: Row[]) => {
  const n = list.length;
  const share = (v: Verdict) => (n ? list.filter((r) => r.verdict === v).length / n : Number.NaN);
  return { n, correct: share('correct'), ambiguous: share('ambiguous'), wrong: share('wrong') };
};
const tasks = [...new Set(rows.map((r) => r.task))];
const table: Record<string, ReturnType<typeof tally>> = Object.fromEntries([
  ...tasks.map((t) => [t, tally(rows.filter((r) => r.task === t))] as const),
  ['all', tally(rows)] as const,
]);
if (args.includes('--json')) console.log(JSON.stringify({ verdicts: verdictsPath, ...table }, null, 2));
else {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log('| task | n | correct | ambiguous | wrong |\n| --- | --- | --- | --- | --- |');
  for (const [t, v] of Object.entries(table)) console.log(`| ${t} | ${v.n} | ${pct(v.correct)} | ${pct(v.ambiguous)} | ${pct(v.wrong)} |`);
}
