// Claims s24 probe runner: each probe {id, q, s, expect: 'hold' | 'release'} is one uploaded page (authority A) holding
// the sentence s, asked q, read by the advice gate as the product reads it: evidence path (holdSourceAdvice) and the
// model's own sentence citing the page (judge(s [1])). A probe is right when both paths do what `expect` says.
//   npx tsx bench/claims-gate-probe.ts <probes.jsonl> [--show]
import { readJsonLines } from './json-lines.js';
import { holdSourceAdvice } from '../src/rag/advice-gate.js';
import { gateForQuestion, upload } from '../src/rag/uploaded-page.fixture.js';

interface Probe {
  id: string;
  q: string;
  s: string;
  expect: 'hold' | 'release';
  kind?: string;
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npx tsx bench/claims-gate-probe.ts <probes.jsonl> [--show]\n');
  process.exit(2);
}
const probes: Probe[] = readJsonLines<Probe>(file);
let right = 0;
const byExpect: Record<string, [number, number]> = {};
for (const p of probes) {
  const src = upload(p.s);
  const evidence = holdSourceAdvice(gateForQuestion(p.q, [src]), [src]).length > 0;
  const model = gateForQuestion(p.q, [src]).judge(`${p.s} [1]`) !== undefined;
  const ok = p.expect === 'hold' ? evidence && model : !evidence && !model;
  if (ok) right++;
  const b = (byExpect[p.expect] ??= [0, 0]);
  b[0] += ok ? 1 : 0;
  b[1]++;
  if (!ok || args.includes('--show'))
    process.stdout.write(
      `${ok ? 'ok  ' : 'MISS'} ${p.id} want ${p.expect} evidence=${evidence ? 'hold' : 'release'} model=${model ? 'hold' : 'release'} | ${p.s}\n`,
    );
}
process.stdout.write(
  `right ${right}/${probes.length}; ${Object.entries(byExpect)
    .map(([k, [a, b]]) => `${k} ${a}/${b}`)
    .join(', ')}\n`,
);
