// Shared writer for benchmark figures: one JSON and one Markdown file per bench under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

export interface BenchSection {
  title: string;
  /** Column headers and rows of a Markdown table. */
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

export function machineInfo(): Record<string, string | number> {
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30) };
}

/** Write bench/results/<name>.json (figures) and <name>.md (tables), and echo the tables. */
export function writeBenchResults(name: string, figures: Record<string, unknown>, sections: BenchSection[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const at = new Date().toISOString();
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify({ name, at, machine: machineInfo(), figures }, null, 2)}\n`);
  const md = [`# ${name}`, '', `Run ${at} on ${JSON.stringify(machineInfo())}`, ''];
  for (const s of sections) {
    md.push(`## ${s.title}`, '', `| ${s.columns.join(' | ')} |`, `| ${s.columns.map(() => '---').join(' | ')} |`);
    for (const r of s.rows) md.push(`| ${r.join(' | ')} |`);
    if (s.note) md.push('', s.note);
    md.push('');
  }
  const text = md.join('\n');
  writeFileSync(join(RESULTS_DIR, `${name}.md`), text);
  console.log(text);
}

/** Percentile of a sorted-or-not sample (nearest-rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
