// report.json: everything a run measured, enough to redraw report.md / report.html and to compare runs.
import type { ScoreSummary } from '../score/summarize.js';
import type { PaperFigure } from '../paper-numbers.js';

export interface RunReport {
  version: 1;
  bench: string;
  benchTitle: string;
  data: string;
  model: string;
  rag: boolean;
  temperature: number;
  maxTokens: number;
  seed?: number;
  items: number;
  skippedRecords: number;
  startedAt: string;
  finishedAt: string;
  wallMs: number;
  overheadMsPerItem: number;
  cachedItems: number;
  errors: number;
  tokens: { prompt: number; completion: number };
  /** How answers were found (json, regex-open, phrase …) or why not (no-json, empty, error …): item counts. */
  extraction: Record<string, number>;
  summary: ScoreSummary;
  groupKeys: string[];
  paper: { source: string; figures: PaperFigure[] };
  notes: string[];
}
