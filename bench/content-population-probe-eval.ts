// Session 27 probes of the population-contraindication claim (bench/content-s27-population-probes.jsonl): a "hit" must
// be flagged as a permitted contraindicated use by screenAnswer(a, q) or screenPassage(a); a "near" must not be.
// Run: npx tsx bench/content-population-probe-eval.ts [probes.jsonl] [--dump out.jsonl] — with --dump, every reading of
// every row is written for a before → after diff.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenAnswer, screenPassage } from '../src/safety/screening/screen.js';
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  q: string;
  a: string;
  note?: string;
}
const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? args.splice(dumpAt, 2)[1] : undefined;
const file = args[0] ?? join(import.meta.dirname, 'content-s27-population-probes.jsonl');
const rows = readJsonLines<Probe>(file);
const permitted = (fs: { code: string; reason: string }[]) => fs.some((f) => f.code === 'unsafe-combination' && /: permitted$/.test(f.reason));
let right = { hit: 0, near: 0 };
const total = { hit: 0, near: 0 };
const out: string[] = [];
for (const p of rows) {
  const answer = screenAnswer(p.a, p.q);
  const passage = screenPassage(p.a);
  const flagged = permitted(answer) || permitted(passage);
  total[p.kind]++;
  const ok = p.kind === 'hit' ? flagged : !flagged;
  if (ok) right = { ...right, [p.kind]: right[p.kind] + 1 };
  else console.log(`WRONG ${p.kind} ${p.id}: ${p.a}`);
  out.push(JSON.stringify({ id: p.id, answer: answer.map((f) => `${f.code}:${f.reason}`), passage: passage.map((f) => `${f.code}:${f.reason}`) }));
}
console.log(`hits flagged ${right.hit}/${total.hit}; near-misses unflagged ${right.near}/${total.near}`);
if (dump) writeFileSync(dump, `${out.join('\n')}\n`);
