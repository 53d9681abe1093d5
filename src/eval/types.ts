// The normalised shapes every benchmark loader produces and the harness, scorers and the RL builder consume.
import type { ChatMessage } from '../models/backend.js';

/** What counts as the right answer, in one of four forms (the scorer picks its comparison from `kind`). */
export type Gold =
  /** Option letters, upper case and sorted ("B", "ACD"); multi-answer items compare as sets. */
  | { kind: 'choice'; letters: string }
  /** A closed label such as PubMedQA's yes / no / maybe. */
  | { kind: 'label'; label: string; labels: readonly string[] }
  /** MedCalc-Bench: integer answers must round to `value`; decimals must fall within [lower, upper]. */
  | { kind: 'numeric'; value: number; lower: number; upper: number; outputType: 'decimal' | 'integer' }
  /** MedCalc-Bench gestational age, compared exactly as (weeks, days). */
  | { kind: 'weeks-days'; weeks: number; days: number }
  /** MedCalc-Bench dates (MM/DD/YYYY), compared as calendar dates. */
  | { kind: 'date'; date: string }
  /** Open answer graded by a judge model against a reference and a written rubric. */
  | { kind: 'open'; reference: string; rubric?: string };

export type GoldKind = Gold['kind'];

/** One benchmark question in the shape shared by eval and RL. */
export interface BenchItem {
  /** Stable id: the dataset's own id when it has one, else `<bench>-<line>`. */
  id: string;
  bench: string;
  lang: 'zh' | 'en';
  /** Shared stem, case text, patient note or abstract context; goes before the question. */
  stem?: string;
  question: string;
  /** Option letter → text; empty for label, numeric and open items. */
  options: Record<string, string>;
  gold: Gold;
  /** Breakdown keys for reports (level, department, type, subject …). */
  groups: Record<string, string>;
  /** Source fields kept for provenance and for writing official prediction formats. */
  metadata: Record<string, unknown>;
}

/** What a scorer may know of an item besides its gold: the question asked and the options offered. */
export type ParseContext = Pick<BenchItem, 'question' | 'options'>;

/** The answer pulled out of a model's text (null when nothing usable was found). */
export interface ParsedAnswer {
  value: string | null;
  /** How it was found ("json", "regex", "letters" …) or why not ("empty", "no-json" …). */
  how: string;
}

export interface ItemScore {
  correct: boolean;
  /** 0..1; equals Number(correct) except for judge-graded items (grade 1–4 mapped to 0..1). */
  score: number;
  /** The normalised prediction compared against the gold answer ('' when invalid). */
  prediction: string;
  invalid: boolean;
  reason: string;
}

export interface PromptContext {
  /** Numbered, cited evidence to put before the question (--rag). */
  evidence?: string;
}

/** Where `quarkmed eval pull NAME` fetches a benchmark from, and what the user must know. */
export interface BenchSource {
  homepage: string;
  license: string;
  /** Files to download: url → file name under the benchmark's data folder. */
  files: { url: string; name: string }[];
  /** Which downloaded file `eval run` loads by default. */
  defaultFile: string;
  note?: string;
  /** Set when the files cannot be fetched unattended (e.g. behind a Google Drive confirmation): what to do instead. */
  manual?: string;
}

export interface JudgeSpec {
  /** Messages asking the judge model to grade `answer` for `item`. */
  prompt(item: BenchItem, answer: string): ChatMessage[];
  /** Grade from the judge's reply (1–4), or null when unreadable. */
  parseGrade(text: string): number | null;
  maxGrade: number;
}

/** A record the loader left out because the source itself is defective (e.g. CMExam's "nan" answers). */
export interface SkippedRecord {
  file: string;
  line: number;
  reason: string;
}

export interface LoadOptions {
  /** Called for each record skipped; reports show the count so nothing disappears silently. */
  onSkip?: (skipped: SkippedRecord) => void;
  /** Called for records kept as they are but worth knowing about (e.g. a gold answer no reply can match). */
  onWarning?: (warning: SkippedRecord) => void;
}

/**
 * One benchmark: load the files, build the prompt, parse the model's reply and score it.
 * The harness only ever sees this interface; it names no dataset.
 */
export interface Benchmark {
  id: string;
  title: string;
  lang: 'zh' | 'en';
  source: BenchSource;
  /** Group keys this benchmark reports breakdowns for, in display order. */
  groupKeys: readonly string[];
  load(path: string, options?: LoadOptions): Promise<BenchItem[]>;
  prompt(item: BenchItem, context?: PromptContext): ChatMessage[];
  /**
   * `item`: what the reply answers (its question and options, never its gold), so a letter benchmark reads the reply
   * as the RL verifier does — option texts named in prose, the question's polarity for the rejection floor.
   */
  parse(text: string, gold: Gold, item?: ParseContext): ParsedAnswer;
  score(parsed: ParsedAnswer, gold: Gold): ItemScore;
  /** Rebuild gold and groups from a predictions-file record (so `eval score` needs no data file). */
  fromRecord?(record: Record<string, unknown>): { gold: Gold; groups: Record<string, string> } | null;
  /** Extra top-level fields for predictions.jsonl so an official scorer reads our file unchanged. */
  recordFields?(item: BenchItem): Record<string, string>;
  /** Present for judge-graded benchmarks (CMB-Clin). */
  judge?: JudgeSpec;
}
