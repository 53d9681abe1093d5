// The search's memory: one JSON line per finished trial in <state>/trials.jsonl, appended as each trial ends, so
// an interrupted search resumes where it stopped (same groups required; a different space is refused).
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sftErrors } from '../errors.js';
import type { Mixture, ScoredTrial } from './search.js';

export interface TrialRecord extends ScoredTrial {
  trial: number;
  groups: string[];
  error?: string;
  seconds: number;
  at: string;
}

export function readTrials(file: string, groups: readonly string[]): TrialRecord[] {
  if (!existsSync(file)) return [];
  const out: TrialRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: TrialRecord;
      try {
        r = JSON.parse(line) as TrialRecord;
      } catch {
        throw sftErrors.SFT_DATA_INVALID({ file, line: i + 1, reason: 'not a JSON line (delete the line or the file to start over)' });
      }
      if (r.groups.join(',') !== groups.join(','))
        throw sftErrors.SFT_DATA_INVALID({
          file,
          reason: `holds trials over groups [${r.groups.join(', ')}], not [${groups.join(', ')}]: use another --state folder`,
        });
      out.push(r);
    });
  return out;
}

export function appendTrial(
  file: string,
  r: { trial: number; groups: readonly string[]; mixture: Mixture; score: number | null; error?: string; seconds: number },
): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ ...r, at: new Date().toISOString() })}\n`);
}
