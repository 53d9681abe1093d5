// The benchmark names, in the order the registry holds them and help texts list them; apart from the benchmarks
// themselves (loaders and scorers) so `quarkmed eval <command> --help` can list them without loading any.
export const BENCH_NAMES = [
  'cpqexam',
  'cmexam',
  'medqa-mcmle',
  'medqa-us',
  'medqa-taiwan',
  'medmcqa',
  'pubmedqa',
  'mmlu-medical',
  'cmmlu-medical',
  'medxpertqa',
  'medcalc',
  'cmb-clin',
] as const;

export type BenchName = (typeof BENCH_NAMES)[number];
