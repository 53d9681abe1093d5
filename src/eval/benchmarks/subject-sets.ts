// MMLU and CMMLU medical subsets: one CSV per subject (a folder), or one file; the subject is a breakdown group.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../../core/encoding.js';
import { evalErrors } from '../errors.js';
import type { BenchItem } from '../types.js';
import { readParquet } from './read-records.js';

export const MMLU_MEDICAL = ['anatomy', 'clinical_knowledge', 'college_biology', 'college_medicine', 'medical_genetics', 'professional_medicine'] as const;
export const CMMLU_MEDICAL = [
  'anatomy',
  'clinical_knowledge',
  'college_medical_statistics',
  'college_medicine',
  'genetics',
  'nutrition',
  'professional_medicine',
  'traditional_chinese_medicine',
  'virology',
] as const;

/** The subject name from a file name: "anatomy.csv", "anatomy_test.csv", "anatomy/test-00000-of-00001.parquet". */
export function subjectOf(file: string): string {
  return basename(file)
    .replace(/\.(csv|parquet)$/, '')
    .replace(/_(test|dev|val)$/, '');
}

/** Files to read: the folder's medical-subject CSV/parquet files, or the single file given. */
export async function subjectFiles(path: string, subjects: readonly string[]): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw evalErrors.EVAL_DATA_UNREADABLE({ file: path, reason: 'no such file or folder' });
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => /\.(csv|parquet)$/.test(n)).sort();
  const picked = names.filter((n) => subjects.includes(subjectOf(n)));
  if (picked.length === 0) throw evalErrors.EVAL_DATA_UNREADABLE({ file: path, reason: `no medical subject files (${subjects.join(', ')})` });
  return picked.map((n) => join(path, n));
}

interface Row {
  line: number;
  question: string;
  options: Record<string, string>;
  answer: string;
}

/** CSV with header (CMMLU: ",Question,A,B,C,D,Answer") or without (MMLU: question,A,B,C,D,answer); or HF parquet. */
async function rowsOf(file: string): Promise<Row[]> {
  if (file.endsWith('.parquet')) {
    return (await readParquet(file)).map((r) => {
      const choices = Array.isArray(r.value.choices) ? r.value.choices.map(String) : [];
      return {
        line: r.line,
        question: String(r.value.question ?? ''),
        options: Object.fromEntries(choices.map((c, i) => ['ABCD'[i], c])),
        answer: 'ABCD'[Number(r.value.answer)] ?? '',
      };
    });
  }
  const text = decodeText(await readFile(file)).text;
  const rows: string[][] = parseCsv(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  const header = rows[0]?.map((h) => h.trim());
  const hasHeader = header?.includes('Question') && header.includes('Answer');
  const body = hasHeader ? rows.slice(1) : rows;
  const col = (name: string, fallback: number) => (hasHeader ? header!.indexOf(name) : fallback);
  const [q, a, b, c, d, ans] = [col('Question', 0), col('A', 1), col('B', 2), col('C', 3), col('D', 4), col('Answer', 5)];
  return body.map((r, i) => ({
    line: i + (hasHeader ? 2 : 1),
    question: r[q] ?? '',
    options: { A: r[a] ?? '', B: r[b] ?? '', C: r[c] ?? '', D: r[d] ?? '' },
    answer: (r[ans] ?? '').trim().toUpperCase(),
  }));
}

export async function loadSubjectSet(path: string, bench: string, lang: 'zh' | 'en', subjects: readonly string[]): Promise<BenchItem[]> {
  const items: BenchItem[] = [];
  for (const file of await subjectFiles(path, subjects)) {
    const subject = subjectOf(file);
    for (const row of await rowsOf(file)) {
      if (!/^[ABCD]$/.test(row.answer)) {
        throw evalErrors.EVAL_DATA_INVALID({ file, line: row.line, field: 'Answer', reason: `is "${row.answer}", expected A–D` });
      }
      items.push({
        id: `${bench}-${subject}-${row.line}`,
        bench,
        lang,
        question: row.question,
        options: row.options,
        gold: { kind: 'choice', letters: row.answer },
        groups: { subject },
        metadata: { file: basename(file) },
      });
    }
  }
  return items;
}
