// `data deid` over a JSONL file: the same records out with one field de-identified, or (dry run) a report of
// what would change: counts by type and the spans found, with offsets, placeholder and surrounding text. A plain-text
// or Markdown file (.txt, .md) is one document: read whole, so a name found anywhere in it is redacted everywhere.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AtomicStream, openAtomicStream } from '../../core/atomic-write.js';
import { dataErrors } from '../errors.js';
import { readJsonlRows } from '../readers/jsonl.js';
import { readAllText } from '../readers/open-input.js';
import type { PhiRedactor } from './redactor.js';

export interface DeidExample {
  line: number;
  type: string;
  start: number;
  end: number;
  text: string;
  context: string;
  placeholder: string;
}

export interface DeidReport {
  records: number;
  recordsChanged: number;
  spans: number;
  byType: Record<string, number>;
  /** Characters of the field read, and replaced by placeholders. */
  chars: number;
  charsRedacted: number;
  examples: DeidExample[];
  dryRun: boolean;
}

export interface DeidFileOptions {
  field: string;
  dryRun: boolean;
  /** Spans listed in the report (default 20; the dry run's listing). */
  maxExamples?: number;
}

export async function deidJsonlFile(input: string, output: string | undefined, redactor: PhiRedactor, o: DeidFileOptions): Promise<DeidReport> {
  const report: DeidReport = { records: 0, recordsChanged: 0, spans: 0, byType: {}, chars: 0, charsRedacted: 0, examples: [], dryRun: o.dryRun };
  const max = o.maxExamples ?? 20;
  // De-identification cannot be undone: writing over the input would leave no copy of the original to check against.
  if (!o.dryRun && output && sameFile(input, output))
    throw dataErrors.DATA_STEP_OPTIONS({ step: 'deid', issues: `<out> ${output} is the input file; write to another path (the original is the only copy)` });
  const out: AtomicStream | undefined = !o.dryRun && output ? openAtomicStream(output) : undefined;
  try {
    const hint = `(data deid reads JSONL, one {"${o.field}": …} object a line; a plain-text or Markdown document is read whole when its name ends in .txt or .md)`;
    for await (const { line, row: parsed } of readJsonlRows(input, { hint })) {
      const row = parsed as Record<string, unknown>;
      const value = row[o.field];
      if (typeof value !== 'string') throw dataErrors.DATA_FIELD_MISSING({ file: input, line, field: o.field });
      report.records++;
      report.chars += value.length;
      const found = redactor.redact(value);
      const { text: redacted, spans } = found;
      tally(report, value, line, found, max);
      await out?.write(`${JSON.stringify(spans.length ? { ...row, [o.field]: redacted } : row)}\n`);
    }
  } catch (err) {
    // Bad input leaves nothing half-written.
    await out?.discard();
    throw err;
  }
  await out?.commit();
  return report;
}

/** A plain-text or Markdown document by its name (before a compression suffix): read whole, not as JSONL. */
export function isTextDocument(file: string): boolean {
  return /\.(?:txt|text|md|markdown)(?:\.(?:gz|zst))?$/i.test(file);
}

/** `data deid` over one plain-text or Markdown document: the whole text is one record (the report's line is 1). */
export async function deidTextFile(input: string, output: string | undefined, redactor: PhiRedactor, o: Omit<DeidFileOptions, 'field'>): Promise<DeidReport> {
  if (!o.dryRun && output && sameFile(input, output))
    throw dataErrors.DATA_STEP_OPTIONS({ step: 'deid', issues: `<out> ${output} is the input file; write to another path (the original is the only copy)` });
  const value = await readAllText(input);
  const report: DeidReport = { records: 1, recordsChanged: 0, spans: 0, byType: {}, chars: value.length, charsRedacted: 0, examples: [], dryRun: o.dryRun };
  const max = o.maxExamples ?? 20;
  const found = redactor.redact(value);
  const redacted = found.text;
  tally(report, value, 1, found, max);
  if (!o.dryRun && output) {
    const out = openAtomicStream(output);
    try {
      await out.write(redacted);
    } catch (err) {
      await out.discard();
      throw err;
    }
    await out.commit();
  }
  return report;
}

/** Counts one record's spans into the report and keeps the first `max` as examples with their context. */
function tally(report: DeidReport, value: string, line: number, found: ReturnType<PhiRedactor['redact']>, max: number): void {
  if (found.spans.length) report.recordsChanged++;
  found.spans.forEach((s, i) => {
    report.spans++;
    report.charsRedacted += s.end - s.start;
    report.byType[s.type] = (report.byType[s.type] ?? 0) + 1;
    if (report.examples.length < max) {
      const context = value.slice(Math.max(0, s.start - 12), Math.min(value.length, s.end + 12));
      report.examples.push({ line, type: s.type, start: s.start, end: s.end, text: s.text, context, placeholder: found.placeholders[i] });
    }
  });
}

/** Do two paths name one file (through links and relative parts)? A path that does not exist yet is no file. */
function sameFile(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}
