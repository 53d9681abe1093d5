// Quick precision check of the shipped detector on untouched corpus text: characters kept, non-date replacements
// (written to the file given as the first argument for review) and CPU seconds. Faster than bench/deid.bench.ts.
//   npx tsx bench/deid-untouched.ts /tmp/replacements.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../src/core/encoding.js';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { sharedPath } from '../test/helpers/shared-data.js';
const toyCsv = decodeText(readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'))).text;
const toy = (parseCsv(toyCsv, { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[]).map(
  (x) => `${x.title ?? ''}\n${x.ask ?? ''}\n${x.answer ?? ''}`,
);
const huatuo = (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[]; output: string[] }[]).map(
  (x) => `${x.instruction.join('')}\n${x.output.join('')}`,
);
const cmt = (
  JSON.parse(readFileSync(sharedPath('corpus', 'cmtmedqa-test.json'), 'utf8')) as { instruction: string; output: string; history?: string[][] }[]
).map((x) => `${(x.history ?? []).flat().join('\n')}\n${x.instruction}\n${x.output}`);
const mgpt = readFileSync(sharedPath('corpus', 'medicalgpt-sft-1k.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { conversations?: { value: string }[] }).conversations?.map((c) => c.value).join('\n') ?? '');
const cd = (JSON.parse(readFileSync(sharedPath('corpus', 'chatdoctor5k.json'), 'utf8')) as { input: string; output: string }[]).map(
  (x) => `${x.input}\n${x.output}`,
);
const redactor = await loadPhiRedactor({ termsDir: sharedPath('terms'), rulesOnly: process.argv.includes('--rules-only') });
const lines: string[] = [];
let chars = 0,
  red = 0;
const by: Record<string, number> = {};
const t0 = process.cpuUsage();
for (const [f, texts] of [
  ['toy', toy],
  ['huatuo', huatuo],
  ['cmt', cmt],
  ['mgpt', mgpt],
  ['cd', cd],
] as const) {
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
