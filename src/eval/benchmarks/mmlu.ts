// MMLU medical subsets (Hendrycks et al., 2021): the six clinical/biomedical subjects medical papers report.
import { choicePrompt } from '../prompts.js';
import type { Benchmark } from '../types.js';
import { choiceFromRecord, parseSingleChoice, scoreChoice } from './choice-scoring.js';
import { MMLU_MEDICAL, loadSubjectSet } from './subject-sets.js';

export const mmluMedical: Benchmark = {
  id: 'mmlu-medical',
  title: 'MMLU medical subsets (6 subjects)',
  lang: 'en',
  groupKeys: ['subject'],
  source: {
    homepage: 'https://huggingface.co/datasets/cais/mmlu',
    license: 'MIT',
    files: MMLU_MEDICAL.map((s) => ({ url: `https://huggingface.co/datasets/cais/mmlu/resolve/main/${s}/test-00000-of-00001.parquet`, name: `${s}.parquet` })),
    defaultFile: '.',
  },
  load: (path) => loadSubjectSet(path, 'mmlu-medical', 'en', MMLU_MEDICAL),
  prompt: choicePrompt,
  parse: parseSingleChoice,
  score: scoreChoice,
  fromRecord: choiceFromRecord,
};
