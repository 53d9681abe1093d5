// Review s24 probes (fields gold/start/head) read with the current reader: each row that differs from START is named
// fixed (now gold, START not) or regression (START gold, now not) or moved.
//
//   npx tsx bench/extract-review-compare.ts [file.jsonl] [--all]
import { readJsonLines } from './json-lines.js';
import { readBlindCorpus, scoreBlind } from './extract-blind.js';

const file = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'bench/extract-s24-review-probes.jsonl';
const raw = readJsonLines<{ id: string; start?: string | null; head?: string | null }>(file);
const rows = scoreBlind(readBlindCorpus(file), 'new', 'item', 'reader');
const norm = (v: string | null | undefined) => v ?? null;
let agree = 0,
  fixed = 0,
  regr = 0,
  vsHeadRegr = 0;
for (const [i, r] of rows.entries()) {
  const start = norm(raw[i].start);
  const head = norm(raw[i].head);
  if (r.agree) agree++;
  const startOk = start === r.gold;
  const headOk = head === r.gold;
  const tag = r.agree && !startOk ? 'FIXED' : !r.agree && startOk ? 'REGRESSION' : r.pred !== start ? 'MOVED' : '';
  if (tag === 'FIXED') fixed++;
  if (tag === 'REGRESSION') regr++;
  if (headOk && !r.agree) vsHeadRegr++;
  if (tag || process.argv.includes('--all'))
    console.log(`${tag.padEnd(10)} ${r.rec.id} gold=${r.gold} start=${start} head=${head} now=${r.pred}  ${JSON.stringify(r.rec.output).slice(0, 110)}`);
}
console.log(`agree ${agree}/${rows.length}; vs START fixed ${fixed}, regressions ${regr}; HEAD-right now wrong ${vsHeadRegr}`);
