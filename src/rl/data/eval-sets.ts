// The evaluation sets to decontaminate against, loaded with the evaluation harness's own loaders:
// `name=path` pairs, or a folder whose files are matched to benchmark names by prefix
// (cpqexam-dev.jsonl → cpqexam, medqa-mcmle-dev.jsonl → medqa-mcmle, cmmlu-dev/ → cmmlu-medical, …).
// Files no loader claims are read as raw text (every string field of JSON/JSONL records).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { benchmarks } from '../../eval/benchmarks/index.js';
import { benchItemText } from './sources/bench.js';
import type { EvalText } from './decontam.js';

export interface EvalSetReport {
  set: string;
  path: string;
  items: number;
  loader: 'benchmark' | 'raw';
}

/** Benchmark name for a file name, or null. Longest matching name wins (medqa-mcmle before medqa). */
export function benchmarkForFile(file: string): string | null {
  const base = basename(file).toLowerCase();
  const names = benchmarks.names().sort((a, b) => b.length - a.length);
  for (const n of names) {
    const stem = n.replace(/-medical$/, '');
    if (base === n || base.startsWith(`${n}-`) || base.startsWith(`${n}.`) || base.startsWith(`${stem}-`) || base.startsWith(`${stem}.`)) return n;
  }
  return null;
}

function stringsOf(v: unknown, out: string[]): void {
  if (typeof v === 'string') {
    if (v.length >= 8) out.push(v);
  } else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => stringsOf(x, out));
}

/** Raw fallback: one eval text per JSONL record / JSON array element / JSON object entry (question-like fields first). */
export function rawEvalTexts(path: string, set: string): EvalText[] {
  const text = readFileSync(path, 'utf8');
  let records: unknown[];
  try {
    const v = JSON.parse(text) as unknown;
    records = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.entries(v as object).map(([k, x]) => ({ _id: k, ...(x as object) })) : [];
  } catch {
    records = text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        try {
          return JSON.parse(l) as unknown;
        } catch {
          return l;
        }
      });
  }
  return records.map((r, i) => {
    const rec = r && typeof r === 'object' ? (r as Record<string, unknown>) : { text: r };
    const q = ['Question', 'question', 'QUESTION', 'Open-ended Verifiable Question', 'Patient Note']
      .map((k) => rec[k])
      .filter((x): x is string => typeof x === 'string');
    const parts: string[] = [];
    if (q.length) parts.push(...q);
    else stringsOf(rec, parts);
    return { set, id: String(rec._id ?? rec.id ?? i + 1), text: parts.join('\n') };
  });
}

export async function loadEvalSet(name: string | null, path: string): Promise<{ texts: EvalText[]; report: EvalSetReport }> {
  if (name && benchmarks.has(name)) {
    const items = await benchmarks.get(name).load(path);
    return {
      texts: items.map((it) => ({ set: name, id: it.id, text: benchItemText(it) })),
      report: { set: name, path, items: items.length, loader: 'benchmark' },
    };
  }
  const set = name ?? basename(path).replace(/\.(jsonl?|csv)$/, '');
  const texts = statSync(path).isDirectory() ? [] : rawEvalTexts(path, set);
  return { texts, report: { set, path, items: texts.length, loader: 'raw' } };
}

/** Every file or folder in `dir`, each loaded with its benchmark's loader when one claims it. */
export async function loadEvalDir(dir: string): Promise<{ texts: EvalText[]; reports: EvalSetReport[] }> {
  const texts: EvalText[] = [];
  const reports: EvalSetReport[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    const { texts: t, report } = await loadEvalSet(benchmarkForFile(f), p);
    texts.push(...t);
    reports.push(report);
  }
  return { texts, reports };
}
