// `eval score`: re-extract and re-score a predictions file from its pred_str (never trusting stored verdicts).
import { readPredictions, recordParseContext } from './predictions.js';
import { evalErrors } from './errors.js';
import { choiceFromRecord } from './benchmarks/choice-scoring.js';
import { summarize, type ScoreSummary, type ScoredRow } from './score/summarize.js';
import type { Benchmark } from './types.js';

export interface ScoredFile {
  summary: ScoreSummary;
  rows: (ScoredRow & { uid: string; predStr: string })[];
}

export function scoreRecords(bench: Benchmark, records: Record<string, unknown>[], file: string): ScoredFile {
  const rows = records.map((rec, i) => {
    const rebuilt = (bench.fromRecord ?? choiceFromRecord)(rec);
    if (!rebuilt) throw evalErrors.EVAL_PREDICTIONS_INVALID({ file, line: i + 1, reason: `no usable gold answer for ${bench.id} (field "answer" or "gold")` });
    const predStr = String(rec.pred_str);
    // Judge-graded items keep their grade in the record; the text alone cannot be re-graded offline.
    const judged = rec.judge as { grade?: number | null } | undefined;
    const text = bench.judge ? (judged?.grade ? `grade:${judged.grade}` : '') : predStr;
    const score = bench.score(bench.parse(text, rebuilt.gold, recordParseContext(rec)), rebuilt.gold);
    return { uid: String(rec.uid), predStr, groups: rebuilt.groups, score };
  });
  return { summary: summarize(rows, bench.groupKeys), rows };
}

export async function scoreFile(bench: Benchmark, file: string): Promise<ScoredFile> {
  return scoreRecords(bench, await readPredictions(file), file);
}
