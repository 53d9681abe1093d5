// Self-probes of the population-use reader (session 37): each probe screened as a document sentence, or as an
// answer with its question; held = any flag. Usage: npx tsx bench/content-population-probes.ts [probes.jsonl]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenPassage } from '../src/safety/screening/screen.js';

interface Probe {
  id: string;
  set: string;
  expect: 'held' | 'kept';
  text: string;
  question?: string;
}
const file = process.argv[2] ?? resolve(import.meta.dirname, 'content-population-s37-self-probes.jsonl');
const probes = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Probe);
let right = 0;
for (const p of probes) {
  const flags = screenPassage(p.text, p.question ? { context: p.question, contextIsQuestion: true } : {});
  const held = flags.length > 0;
  if (held === (p.expect === 'held')) right++;
  process.stdout.write(`${p.id}\t${p.expect}\t${held ? 'HELD' : 'kept'}\t${flags.map((f) => `${f.code}:${f.reason.slice(0, 60)}`).join(' | ')}\n`);
}
process.stdout.write(`right ${right}/${probes.length}\n`);
