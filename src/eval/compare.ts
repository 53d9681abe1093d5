// `eval compare DIR...`: runs side by side (overall and per group), from their report.json files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evalErrors } from './errors.js';
import type { RunReport } from './report/types.js';

export interface ComparisonRow {
  group: string;
  name: string;
  /** Accuracy per run (fraction), null when that run has no such group. */
  values: (number | null)[];
  totals: (number | null)[];
}

export interface Comparison {
  runs: { dir: string; bench: string; model: string; rag: boolean; items: number }[];
  rows: ComparisonRow[];
}

export async function loadReport(dir: string): Promise<RunReport> {
  let text: string;
  try {
    text = await readFile(join(dir, 'report.json'), 'utf8');
  } catch {
    throw evalErrors.EVAL_RUN_MISMATCH({ dir, reason: 'no report.json (run `quarkmed eval run --out DIR` first)' });
  }
  const r = JSON.parse(text) as RunReport;
  if (r.version !== 1) throw evalErrors.EVAL_RUN_MISMATCH({ dir, reason: `report version ${String(r.version)} is not 1` });
  return r;
}

export function compareReports(dirs: string[], reports: RunReport[]): Comparison {
  const rows: ComparisonRow[] = [
    { group: 'overall', name: 'accuracy', values: reports.map((r) => r.summary.overall.accuracy), totals: reports.map((r) => r.summary.overall.total) },
    {
      group: 'overall',
      name: 'invalid',
      values: reports.map((r) => (r.summary.overall.total ? r.summary.invalid / r.summary.overall.total : 0)),
      totals: reports.map((r) => r.summary.invalid),
    },
  ];
  const keys = [...new Set(reports.flatMap((r) => r.groupKeys))];
  for (const key of keys) {
    const names = [...new Set(reports.flatMap((r) => Object.keys(r.summary.groups[key] ?? {})))];
    for (const name of names) {
      rows.push({
        group: key,
        name,
        values: reports.map((r) => r.summary.groups[key]?.[name]?.accuracy ?? null),
        totals: reports.map((r) => r.summary.groups[key]?.[name]?.total ?? null),
      });
    }
  }
  return { runs: reports.map((r, i) => ({ dir: dirs[i], bench: r.bench, model: r.model, rag: r.rag, items: r.items })), rows };
}

export function renderComparison(c: Comparison): string {
  const head = c.runs.map((r, i) => `#${i + 1} ${r.model}${r.rag ? '+RAG' : ''}`);
  const lines = c.runs.map((r, i) => `#${i + 1}: ${r.dir} (${r.bench}, ${r.items} items)`);
  lines.push('', `| group | name | ${head.join(' | ')} |`, `| --- | --- |${head.map(() => ' ---: |').join('')}`);
  for (const row of c.rows) {
    const cells = row.values.map((v, i) => (v === null ? '' : row.name === 'invalid' ? String(row.totals[i]) : `${(v * 100).toFixed(1)}%`));
    lines.push(`| ${row.group} | ${row.name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
