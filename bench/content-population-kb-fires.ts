// Where the population-use reader fires on the trusted shared corpora (MedQuAD, disease KG, ChatDoctor): each
// passage's sentences read with its title as context; every fire printed for reading. Measurement only.
//   npx tsx bench/content-population-kb-fires.ts [dataDir]
import { resolve } from 'node:path';
import { populationUseClaims } from '../src/safety/screening/population-use.js';
import { normalise, sentences } from '../src/safety/screening/text.js';
import { sharedKbPassages } from './shared-kb-passages.js';

const DATA = process.argv[2] ?? process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
let passages = 0;
let fires = 0;
for await (const p of sharedKbPassages(DATA)) {
  passages++;
  const norm = normalise(p.text);
  const title = norm.split('\n')[0] ?? '';
  for (const s of sentences(norm)) {
    for (const f of populationUseClaims(s, title)) {
      fires++;
      process.stdout.write(`${p.id}\t${f.reason.slice(0, 70)}\t${f.span}\n`);
    }
  }
}
process.stdout.write(`passages ${passages}, fires ${fires}\n`);
