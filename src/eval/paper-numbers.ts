// Published numbers shown beside ours in reports. Only figures actually read in the source are here;
// anything not published stays absent (reports show a blank), never estimated.

export interface PaperFigure {
  bench: string;
  /** Absent: the benchmark's overall accuracy; else one group of the breakdown. */
  group?: { key: string; name: string };
  model: string;
  rag: boolean;
  /** Fraction (0..1). */
  accuracy: number;
}

export const PAPER_SOURCE =
  'QuarkMed README (github.com/Quark-Medical/QuarkMed, "Key Results": External Benchmark Performance table and Internal Benchmark Performance (CPQExam) table), summarising the QuarkMed Medical Foundation Model Technical Report (2025)';

const cpq = (name: string, key: 'level' | 'type', values: [number, number, number, number, number, number]): PaperFigure[] => {
  const models: [string, boolean][] = [
    ['Gemini-2.5-pro', false],
    ['gpt-4o', false],
    ['DeepSeek-R1', false],
    ['Qwen3-32B', false],
    ['QuarkMed', false],
    ['QuarkMed', true],
  ];
  return models.map(([model, rag], i) => ({ bench: 'cpqexam', group: { key, name }, model, rag, accuracy: values[i] / 100 }));
};

export const PAPER_FIGURES: readonly PaperFigure[] = [
  // External benchmarks (vs close-size models)
  { bench: 'medqa-us', model: 'QuarkMed', rag: false, accuracy: 0.8602 },
  { bench: 'medqa-us', model: 'Qwen3-32B', rag: false, accuracy: 0.8719 },
  { bench: 'medqa-us', model: 'o3-mini', rag: false, accuracy: 0.7446 },
  { bench: 'cmexam', model: 'QuarkMed', rag: false, accuracy: 0.886 },
  { bench: 'cmexam', model: 'Qwen3-32B', rag: false, accuracy: 0.858 },
  { bench: 'cmexam', model: 'o3-mini', rag: false, accuracy: 0.7074 },
  // CPQExam by level (Primary 初级, Intermediate 中级, Assoc. Senior 副高, Senior 高级) and the case-analysis type.
  ...cpq('初级', 'level', [80.5, 71.67, 81.42, 78.76, 81.5, 83.3]),
  ...cpq('中级', 'level', [79.87, 64.15, 82.58, 72.42, 75.08, 85.4]),
  ...cpq('副高', 'level', [65.29, 43.92, 72.33, 56.16, 66.67, 75.3]),
  ...cpq('高级', 'level', [33.6, 12.4, 38.7, 30.34, 51.7, 67.7]),
  ...cpq('案例分析题', 'type', [43.05, 23.74, 48.75, 37.69, 49.85, 58.5]),
];

export function paperFiguresFor(bench: string): PaperFigure[] {
  return PAPER_FIGURES.filter((f) => f.bench === bench);
}

/** "QuarkMed (RAG)" style label. */
export function figureLabel(f: PaperFigure): string {
  return f.rag ? `${f.model} (RAG)` : f.model;
}
