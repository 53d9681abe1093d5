// Every extract-* blind batch (bench/blind) and every bench/extract-s2* probe file in one process: one line per row
// (file, id, gold, prediction), so a before/after diff shows each row that moved in either direction.
//
//   npx tsx bench/extract-batches.ts > before.tsv   (then after the change: diff before.tsv after.tsv)
import { existsSync, readdirSync } from 'node:fs';
import { readBlindCorpus, scoreBlind } from './extract-blind.js';

const readdirOr = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);
const files = [
  ...readdirSync('bench/blind')
    .filter((f) => /^extract-[a-z]+\.jsonl$/.test(f))
    .map((f) => `bench/blind/${f}`),
  ...readdirSync('bench')
    .filter((f) => /^extract-s2\d-.*\.jsonl$/.test(f))
    .map((f) => `bench/${f}`),
  // The coordinator's review probe files of this area, read where they are when present.
  ...[
    '/work/coord/reviews-s24/rl-probes.jsonl',
    ...readdirOr('/work/coord/reviews-s25/extract-probes').map((f) => `/work/coord/reviews-s25/extract-probes/${f}`),
  ].filter((f) => f.endsWith('.jsonl') && existsSync(f)),
];
for (const file of files) {
  let rows: ReturnType<typeof scoreBlind>;
  try {
    rows = scoreBlind(readBlindCorpus(file));
  } catch (e) {
    console.log(`${file}\tSKIP\t${(e as Error).message.slice(0, 80)}`);
    continue;
  }
  const agree = rows.filter((r) => r.agree).length;
  console.log(`${file}\tTOTAL\t${agree}/${rows.length}`);
  for (const r of rows) console.log(`${file}\t${r.rec.id}\t${r.gold}\t${r.pred}\t${r.agree ? 'ok' : 'MISS'}\t${r.rec.style}`);
}
