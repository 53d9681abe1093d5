// CMMLU medical subsets (Li et al., 2023): nine Chinese medical subjects, 4 options.
import { choicePrompt } from '../prompts.js';
import type { Benchmark } from '../types.js';
import { choiceFromRecord, parseSingleChoice, scoreChoice } from './choice-scoring.js';
import { CMMLU_MEDICAL, loadSubjectSet } from './subject-sets.js';

export const cmmluMedical: Benchmark = {
  id: 'cmmlu-medical',
  title: 'CMMLU medical subsets (9 subjects)',
  lang: 'zh',
  groupKeys: ['subject'],
  source: {
    homepage: 'https://github.com/haonan-li/CMMLU',
    license: 'CC BY-NC-SA 4.0',
    files: CMMLU_MEDICAL.map((s) => ({ url: `https://raw.githubusercontent.com/haonan-li/CMMLU/master/data/test/${s}.csv`, name: `${s}.csv` })),
    defaultFile: '.',
  },
  load: (path) => loadSubjectSet(path, 'cmmlu-medical', 'zh', CMMLU_MEDICAL),
  prompt: choicePrompt,
  parse: parseSingleChoice,
  score: scoreChoice,
  fromRecord: choiceFromRecord,
};
