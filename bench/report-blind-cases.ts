// One reader for a blind lab-report batch (bench/blind/report-texts-*.jsonl): every line validated, each report turned
// into the IntakeCase the intake scorers take. report-blind.ts, report-text-all.ts and report-photo-cached.ts share it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { IntakeCase } from './report-intake.js';

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

/** The batch's reports as intake cases; a bad line throws naming the file, the line and the field. */
export function readBlindReports(file: string): IntakeCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => l.trim())
    .map(({ l, n }) => {
      const r = Row.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file}:${n}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
      return {
        id: r.data.id,
        text: r.data.text,
        expected: r.data.expected.map((e) => ({
          name: e.name,
          code: e.abbr ?? null,
          value: e.value,
          unit: e.unit ?? null,
          flag: e.expectedFlag,
          critical: e.critical ?? e.expectedFlag.startsWith('critical'),
        })),
      };
    });
}
