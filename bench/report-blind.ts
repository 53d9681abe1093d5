// Score a sealed batch of lab-report texts (written blind, /work/coord/requests.md "report") end to end:
// pasted text, PDF with a text layer, and phone-like photo, each read by the product's own reader.
//   npx tsx bench/report-blind.ts bench/blind/report-texts-1.jsonl [--modes text,pdf,photo] [--label first-sight]
// Writes bench/results/report-blind-<batch>.md/.json. The first run on a batch is its first-sight figure.
import { basename } from 'node:path';
import { measureIntake, TALLY_COLUMNS, tallyRows, type IntakeCase, type IntakeMode } from './report-intake.js';
import { writeBenchResults } from './report.js';
import { readBlindReports } from './report-blind-cases.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: tsx bench/report-blind.ts <batch.jsonl> [--modes text,pdf,photo] [--label first-sight|in-sample]');
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const modes = (opt('--modes') ?? 'text,pdf,photo').split(',') as IntakeMode[];
const label = opt('--label') ?? 'first-sight';
const cases: IntakeCase[] = readBlindReports(file);
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
