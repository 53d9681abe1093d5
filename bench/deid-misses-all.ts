// Every miss and every redaction outside the gold, over all study batches (bench/blind/deid-*.jsonl), one line
// each, so misses can be grouped by class and two designs compared line by line (IN-SAMPLE: these are studied):
//   npx tsx bench/deid-misses-all.ts [--safe-harbor] > out.txt
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { readBatch } from './deid-batch.js';
import { pct, scoreRecords } from '../test/helpers/deid-score.js';

const safeHarbor = process.argv.includes('--safe-harbor');
const dir = new URL('./blind/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => /^deid-\d+\.jsonl$/.test(f))
  .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
const redactor = await loadPhiRedactor({});
let labelled = 0;
let caught = 0;
let nonSpan = 0;
let redacted = 0;
const out: string[] = [];
for (const f of files) {
  const records = readBatch(join(dir, f), { safeHarbor });
  const s = scoreRecords(records, (t) => redactor.detect(t), 1e6);
  const all = s.recall.ALL?.ALL ?? { labelled: 0, caught: 0, typed: 0 };
  labelled += all.labelled;
  caught += all.caught;
  nonSpan += s.nonSpanChars;
  redacted += s.nonSpanRedacted;
  for (const m of s.misses) out.push(`MISS\t${m.id}\t${m.lang}\t${m.type}\t${JSON.stringify(m.text)}\t${JSON.stringify(m.context)}\t${m.got}`);
  for (const o of s.overRedacted) out.push(`OVER\t${o.id}\t${o.type}\t${JSON.stringify(o.text)}`);
}
out.push(`TOTAL\trecall ${caught}/${labelled} ${pct(caught, labelled)}\tkept ${nonSpan - redacted}/${nonSpan} ${pct(nonSpan - redacted, nonSpan)}`);
process.stdout.write(`${out.join('\n')}\n`);
