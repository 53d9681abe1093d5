// One line per record of the extract batches (id, gold, reading) for a before/after diff.
//   npx tsx bench/extract-dump.ts bench/blind/extract-a.jsonl … > out.tsv
import { readBlindCorpus, scoreBlind } from './extract-blind.js';

for (const file of process.argv.slice(2))
  for (const r of scoreBlind(readBlindCorpus(file), 'new', 'item', 'reader'))
    console.log(`${file.replace(/.*\//, '')}\t${r.rec.id}\t${r.gold}\t${r.pred}\t${r.agree ? 1 : 0}`);
