// Accuracy of parseLabReport on the hand-checked fixtures (src/report/fixtures/*.txt + *.expected.json), shared
// by the unit test and bench/report-parse.bench.ts. A result is correct when line, code, value text, unit and flag
// all match; missing and extra results are counted separately.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseLabReport } from './parse.js';

const Expected = z.object({
  lang: z.enum(['zh', 'en']),
  results: z.array(z.object({ line: z.number(), code: z.string().nullable(), valueText: z.string(), unit: z.string().nullable(), flag: z.string() })),
});
export type ExpectedReport = z.infer<typeof Expected>;

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface Fixture {
  name: string;
  text: string;
  expected: ExpectedReport;
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const expFile = `${dir}${f.replace(/\.txt$/, '.expected.json')}`;
      const parsed = Expected.safeParse(JSON.parse(readFileSync(expFile, 'utf8')));
      if (!parsed.success) throw new Error(`${expFile}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      return { name: f.replace(/\.txt$/, ''), text: readFileSync(`${dir}${f}`, 'utf8'), expected: parsed.data };
    });
}

export interface FixtureScore {
  name: string;
  expected: number;
  correct: number;
  missing: number;
  extra: number;
  flagCorrect: number;
  errors: string[];
}

export function scoreFixture(f: Fixture): FixtureScore {
  const got = parseLabReport(f.text).results;
  const s: FixtureScore = { name: f.name, expected: f.expected.results.length, correct: 0, missing: 0, extra: 0, flagCorrect: 0, errors: [] };
  const used = new Set<number>();
  for (const e of f.expected.results) {
    const i = got.findIndex((g, k) => !used.has(k) && g.line === e.line && (g.code ?? null) === e.code && g.valueText === e.valueText);
    if (i < 0) {
      s.missing++;
      s.errors.push(`line ${e.line}: missing ${e.code ?? '?'} ${e.valueText}`);
      continue;
    }
    used.add(i);
    const g = got[i];
    if (g.flag === e.flag) s.flagCorrect++;
    if ((g.unit ?? null) === e.unit && g.flag === e.flag) s.correct++;
    else s.errors.push(`line ${e.line}: ${e.code} got unit=${g.unit ?? null} flag=${g.flag}, expected unit=${e.unit} flag=${e.flag}`);
  }
  s.extra = got.length - used.size;
  if (s.extra) s.errors.push(`${s.extra} unexpected result(s)`);
  return s;
}
