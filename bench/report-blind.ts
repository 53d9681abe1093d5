// Score a sealed batch of lab-report texts (written blind, /work/coord/requests.md "report") end to end:
// pasted text, PDF with a text layer, and phone-like photo, each read by the product's own reader.
//   npx tsx bench/report-blind.ts bench/blind/report-texts-1.jsonl [--modes text,pdf,photo] [--label first-sight]
// Writes bench/results/report-blind-<batch>.md/.json. The first run on a batch is its first-sight figure.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { measureIntake, TALLY_COLUMNS, tallyRows, type IntakeCase, type IntakeMode } from './report-intake.js';
import { writeBenchResults } from './report.js';

const Row = z.object({
  id: z.string(),
  lang: z.string().optional(),
  layout: z.string().optional(),
  text: z.string(),
  expected: z.array(
    z.object({
      name: z.string(),
      abbr: z.string().nullable().optional(),
      value: z.union([z.string(), z.number()]).transform(String),
      unit: z.string().nullable().optional(),
      range: z.string().nullable().optional(),
      printedFlag: z.string().nullable().optional(),
      expectedFlag: z.string(),
      critical: z.boolean().optional(),
    }),
  ),
});

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: tsx bench/report-blind.ts <batch.jsonl> [--modes text,pdf,photo] [--label first-sight|in-sample]');
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const modes = (opt('--modes') ?? 'text,pdf,photo').split(',') as IntakeMode[];
const label = opt('--label') ?? 'first-sight';
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const r = Row.safeParse(JSON.parse(l));
    if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
    return r.data;
  });
const cases: IntakeCase[] = rows.map((r) => ({
  id: r.id,
  text: r.text,
  expected: r.expected.map((e) => ({
    name: e.name,
    code: e.abbr ?? null,
    value: e.value,
    unit: e.unit ?? null,
    flag: e.expectedFlag,
    critical: e.critical ?? e.expectedFlag.startsWith('critical'),
  })),
}));
const res = await measureIntake(cases, modes);
const batch = basename(file).replace(/\.jsonl$/, '');
writeBenchResults(`report-blind-${batch}${label === 'first-sight' ? '' : `-${label}`}`, { batch, label, reports: cases.length, results: res }, [
  {
    title: `${batch} (${label})`,
    columns: TALLY_COLUMNS,
    rows: tallyRows(`${batch} ${label}`, res),
    note: 'Columns as in report-parse.md. Misses are listed in the .json (results.<mode>.misses).',
  },
]);
