// Quick precision check of the shipped detector on untouched corpus text: characters kept, non-date replacements
// (written to the file given as the first argument for review) and CPU seconds. Faster than bench/deid.bench.ts.
//   npx tsx bench/deid-untouched.ts /tmp/replacements.txt
import { writeFileSync } from 'node:fs';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import { untouchedCorpora } from './corpus-texts.js';
const corpora = untouchedCorpora();
const redactor = await loadPhiRedactor({ termsDir: sharedPath('terms'), rulesOnly: process.argv.includes('--rules-only') });
const lines: string[] = [];
let chars = 0,
  red = 0;
const by: Record<string, number> = {};
const t0 = process.cpuUsage();
for (const { tag: f, texts } of corpora) {
  for (const t of texts) {
    chars += t.length;
    for (const s of redactor.detect(t)) {
      red += s.end - s.start;
      by[s.type] = (by[s.type] ?? 0) + 1;
      if (s.type !== 'DATE') lines.push(`${f} ${s.type} ${JSON.stringify(s.text)} …${JSON.stringify(t.slice(Math.max(0, s.start - 12), s.end + 8))}`);
    }
  }
}
const cpu = process.cpuUsage(t0);
writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(
  JSON.stringify({
    chars,
    kept: 1 - red / chars,
    nonDate: lines.length,
    by,
    cpuS: (cpu.user + cpu.system) / 1e6,
    MBps: (chars * 2.2) / 1e6 / ((cpu.user + cpu.system) / 1e6),
  }),
);
