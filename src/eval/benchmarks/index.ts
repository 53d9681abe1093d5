// The benchmark registry: the harness, the CLI and the RL data builder look benchmarks up here by name.
import { defineRegistry } from '../../core/registry.js';
import type { Benchmark } from '../types.js';
import { cmbClin } from './cmb-clin.js';
import { cmexam } from './cmexam.js';
import { cmmluMedical } from './cmmlu.js';
import { cpqexam } from './cpqexam.js';
import { medcalc } from './medcalc.js';
import { medmcqa } from './medmcqa.js';
import { medqaMcmle, medqaTaiwan, medqaUs } from './medqa.js';
import { medxpertqa } from './medxpertqa.js';
import { mmluMedical } from './mmlu.js';
import { pubmedqa } from './pubmedqa.js';
import { BENCH_NAMES, type BenchName } from './names.js';

export type { BenchName };

const BY_NAME = {
  cpqexam,
  cmexam,
  'medqa-mcmle': medqaMcmle,
  'medqa-us': medqaUs,
  'medqa-taiwan': medqaTaiwan,
  medmcqa,
  pubmedqa,
  'mmlu-medical': mmluMedical,
  'cmmlu-medical': cmmluMedical,
  medxpertqa,
  medcalc,
  'cmb-clin': cmbClin,
} satisfies Record<BenchName, Benchmark>;

/** Registered in BENCH_NAMES order, the order every list of benchmarks shows. */
export const benchmarks = defineRegistry<BenchName, Benchmark>(
  'benchmark',
  Object.fromEntries(BENCH_NAMES.map((name) => [name, BY_NAME[name]])) as Record<BenchName, Benchmark>,
);

/** Look a benchmark up by name; an unknown name throws UNKNOWN_NAME listing the valid ones. */
export function getBenchmark(name: string): Benchmark {
  return benchmarks.get(name);
}

/** Load a benchmark's items from a file or folder (the RL builder's entry point). */
export async function loadBenchmark(name: string, path: string) {
  return getBenchmark(name).load(path);
}

export type { Benchmark, BenchItem, Gold, ItemScore, ParsedAnswer } from '../types.js';
