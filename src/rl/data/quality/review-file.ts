// Review files on disk: reading reviewers' decision sheets (JSONL or CSV, as `rl review export` wrote them) and
// the validated review records `rl review import` writes (JSONL), which `rl build --reviews` reads back.
import { readFileSync } from 'node:fs';
import { rlErrors } from '../../errors.js';
import { parseCsv, REVIEW_DECISIONS, reviewRecords, type ReviewRecord } from './review.js';

/** A reviewers' sheet: .csv by header, anything else one JSON object per line. */
export function readDecisionSheet(path: string): Record<string, unknown>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (path.toLowerCase().endsWith('.csv')) return parseCsv(text);
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      throw rlErrors.RL_DATA_INVALID({ file: path, line: i + 1, reason: 'not JSON' });
    }
  });
}

/** Validated review records from a sheet; errors name the file and row. */
export function importDecisions(path: string): { records: ReviewRecord[]; undecided: number } {
  try {
    return reviewRecords(readDecisionSheet(path), path);
  } catch (err) {
    if ((err as { code?: string }).code) throw err;
    throw rlErrors.RL_DATA_INVALID({ file: path, reason: (err as Error).message.replace(`${path} `, '') });
  }
}

/** Review records written by `rl review import` (one per line). */
export function readReviewRecords(path: string): ReviewRecord[] {
  return readDecisionSheet(path).map((r, i) => {
    if (typeof r.id !== 'string' || !(REVIEW_DECISIONS as readonly string[]).includes(String(r.decision)) || typeof r.reviewer !== 'string') {
      throw rlErrors.RL_DATA_INVALID({
        file: path,
        line: i + 1,
        reason: 'expected a review record {id, decision, reviewer, label?, note?, at}; create it with `quarkmed rl review import`',
      });
    }
    return r as unknown as ReviewRecord;
  });
}
