// Per-type recall pooled over every study batch, with one redactor (the `data deid` defaults), and the kept share:
//   npx tsx bench/deid-pooled.ts [--safe-harbor] [--dump out.jsonl] [--rules-only] [batch.jsonl …]
// Without batch paths it reads every bench/blind/deid-*.jsonl. IN-SAMPLE figures only: these batches are studied.
// --dump writes each record's detected spans ({batch, id, spans}), so two designs can be compared span by span.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { readBatch } from './deid-batch.js';
import { type Detected, type LabelledRecord, pct, recallRows, type Score, scoreRecords } from '../test/helpers/deid-score.js';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const named = args.filter((a, i) => !a.startsWith('--') && i !== dumpAt + 1);
const dir = new URL('./blind/', import.meta.url).pathname;
const batches = named.length
  ? named
  : readdirSync(dir)
      .filter((f) => /^deid-\d+\.jsonl$/.test(f))
      .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
      .map((f) => join(dir, f));

const redactor = await loadPhiRedactor({ rulesOnly: args.includes('--rules-only') });
const dump: string[] = [];
const pooled: Score = { recall: {}, nonSpanChars: 0, nonSpanRedacted: 0, chars: 0, detections: {}, misses: [], overRedacted: [] };
const perBatch: string[] = [];
let cpu = 0;
let bytes = 0;
for (const path of batches) {
  const records: LabelledRecord[] = readBatch(path, { safeHarbor: args.includes('--safe-harbor') });
  const name = path.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  const detect = (text: string): Detected[] => {
    const t0 = process.cpuUsage();
    const found = redactor.detect(text);
    const d = process.cpuUsage(t0);
    cpu += (d.user + d.system) / 1e6;
    bytes += Buffer.byteLength(text);
    return found;
  };
  const score = scoreRecords(
    records.map((r) => ({ ...r })),
    (text) => {
      const found = detect(text);
      const rec = records.find((r) => r.text === text);
      if (dumpAt >= 0) dump.push(JSON.stringify({ batch: name, id: rec?.id, spans: found.map((s) => [s.type, s.start, s.end, s.text]) }));
      return found;
    },
    0,
  );
  const all = score.recall.ALL?.ALL ?? { labelled: 0, caught: 0, typed: 0 };
  perBatch.push(
    `| ${name} | ${all.caught}/${all.labelled} | ${pct(all.caught, all.labelled)} | ${pct(score.nonSpanChars - score.nonSpanRedacted, score.nonSpanChars)} |`,
  );
  for (const [lang, types] of Object.entries(score.recall)) {
    for (const [type, t] of Object.entries(types)) {
      const row = ((pooled.recall[lang] ??= {})[type] ??= { labelled: 0, caught: 0, typed: 0 });
      row.labelled += t.labelled;
      row.caught += t.caught;
      row.typed += t.typed;
    }
  }
  pooled.nonSpanChars += score.nonSpanChars;
  pooled.nonSpanRedacted += score.nonSpanRedacted;
}
if (dumpAt >= 0) writeFileSync(args[dumpAt + 1], `${dump.join('\n')}\n`);
const all = pooled.recall.ALL?.ALL ?? { labelled: 0, caught: 0, typed: 0 };
const lines = [
  `${batches.length} batches${args.includes('--safe-harbor') ? ' (Safe Harbor gold)' : ''}: recall ${all.caught}/${all.labelled} ${pct(all.caught, all.labelled)}; kept ${pooled.nonSpanChars - pooled.nonSpanRedacted}/${pooled.nonSpanChars} ${((100 * (pooled.nonSpanChars - pooled.nonSpanRedacted)) / Math.max(1, pooled.nonSpanChars)).toFixed(3)}%; detect CPU ${cpu.toFixed(1)} s for ${(bytes / 1e6).toFixed(2)} MB`,
  '',
  '| lang | type | labelled | caught | recall | right type |',
  '| --- | --- | --- | --- | --- | --- |',
  ...recallRows(pooled).map((r) => `| ${r.join(' | ')} |`),
  '',
  '| batch | caught | recall | kept |',
  '| --- | --- | --- | --- |',
  ...perBatch,
];
process.stdout.write(`${lines.join('\n')}\n`);
