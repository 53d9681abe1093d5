// Exam and calculator items through the evaluation harness's own loaders (one parser per dataset, reused).
import { benchmarks } from '../../eval/benchmarks/index.js';
import type { BenchItem } from '../../eval/types.js';

export async function readBench(name: 'cmexam' | 'medcalc', file: string): Promise<BenchItem[]> {
  return benchmarks.get(name).load(file);
}
