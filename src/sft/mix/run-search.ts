// `quarkmed sft mix`: propose → run the user's trial → record, until the budget is spent; resumable.
import { join } from 'node:path';
import { createRng } from '../../core/random.js';
import { runTrial } from './trial-runner.js';
import { appendTrial, readTrials, type TrialRecord } from './trials-file.js';
import { bestTrial, type MixSpace, proposeMixture, validateSpace } from './search.js';

export interface MixSearchOptions extends MixSpace {
  trialCommand: string;
  trials: number;
  stateDir: string;
  seed: number;
  timeoutMs: number;
  onTrial?: (r: TrialRecord) => void;
}

export async function runMixSearch(o: MixSearchOptions): Promise<{ trials: TrialRecord[]; best: TrialRecord | null; file: string }> {
  validateSpace(o);
  const file = join(o.stateDir, 'trials.jsonl');
  const trials = readTrials(file, o.groups);
  // Replaying the RNG by trial count keeps a resumed search on the same proposal sequence.
  const rng = createRng(o.seed + trials.length * 7919);
  while (trials.length < o.trials) {
    const mixture = proposeMixture(o, trials, rng);
    const r = await runTrial(o.trialCommand, mixture, { timeoutMs: o.timeoutMs });
    const rec: TrialRecord = {
      trial: trials.length + 1,
      groups: [...o.groups],
      mixture,
      score: r.score,
      error: r.error,
      seconds: +r.seconds.toFixed(2),
      at: new Date().toISOString(),
    };
    appendTrial(file, rec);
    trials.push(rec);
    o.onTrial?.(rec);
  }
  return { trials, best: bestTrial(trials), file };
}
