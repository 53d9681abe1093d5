// `data deid` over a JSONL file: the same records out with one field de-identified, or (dry run) a report of
// what would change: counts by type and examples with the surrounding text.
import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PhiSpan } from '../../safety/types.js';
import { dataErrors } from '../errors.js';
import { readLines } from '../readers/open-input.js';
import type { PhiRedactor } from './redactor.js';

export interface DeidReport {
  records: number;
  recordsChanged: number;
  spans: number;
  byType: Record<string, number>;
  examples: { line: number; type: string; text: string; context: string; placeholder: string }[];
  dryRun: boolean;
}

export interface DeidFileOptions {
  field: string;
  dryRun: boolean;
  maxExamples?: number;
}

/** The placeholder each span became in the redacted text (recovered from the unchanged text around it). */
export function placeholders(original: string, redacted: string, spans: PhiSpan[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let pos = 0;
  let prevEnd = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    pos += Math.max(0, s.start - prevEnd);
    const nextStart = i + 1 < sorted.length ? sorted[i + 1].start : original.length;
    const gap = original.slice(s.end, nextStart);
    const end = i + 1 === sorted.length ? redacted.length - gap.length : gap ? redacted.indexOf(gap, pos) : pos;
    out.push(redacted.slice(pos, end < pos ? pos : end));
    pos = end < pos ? pos : end;
    prevEnd = s.end;
  }
  return sorted.map((s) => out[sorted.indexOf(s)]).map((p, i) => p ?? `[${sorted[i].type}]`);
}

export async function deidJsonlFile(input: string, output: string | undefined, redactor: PhiRedactor, o: DeidFileOptions): Promise<DeidReport> {
  const report: DeidReport = { records: 0, recordsChanged: 0, spans: 0, byType: {}, examples: [], dryRun: o.dryRun };
  let out: ReturnType<typeof createWriteStream> | undefined;
  if (!o.dryRun && output) {
    mkdirSync(dirname(output), { recursive: true });
    out = createWriteStream(`${output}.partial`);
  }
  for await (const { line, text } of readLines(input)) {
    if (!text.trim()) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      throw dataErrors.DATA_RECORD_INVALID({ file: input, line, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
    const value = row[o.field];
    if (typeof value !== 'string') throw dataErrors.DATA_FIELD_MISSING({ file: input, line, field: o.field });
    report.records++;
    const { text: redacted, spans } = redactor.redact(value);
    if (spans.length) report.recordsChanged++;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const ph = placeholders(value, redacted, sorted);
    sorted.forEach((s, i) => {
      report.spans++;
      report.byType[s.type] = (report.byType[s.type] ?? 0) + 1;
      if (report.examples.length < (o.maxExamples ?? 20)) {
        const context = value.slice(Math.max(0, s.start - 12), Math.min(value.length, s.end + 12));
        report.examples.push({ line, type: s.type, text: s.text, context, placeholder: ph[i] });
      }
    });
    if (out && !out.write(`${JSON.stringify({ ...row, [o.field]: redacted })}\n`)) await new Promise<void>((res) => out!.once('drain', () => res()));
  }
  if (out) {
    await new Promise<void>((res, rej) => out!.end((err?: Error | null) => (err ? rej(err) : res())));
    const { renameSync } = await import('node:fs');
    renameSync(`${output}.partial`, output!);
  }
  return report;
}
