// MedXpertQA Text (Zuo et al., 2025): expert-level questions with 10 options (A–J).
import { choicePrompt } from '../prompts.js';
import type { BenchItem, Benchmark } from '../types.js';
import { choiceFromRecord, goldLetters, parseSingleChoice, scoreChoice } from './choice-scoring.js';
import { evalErrors } from '../errors.js';
import { readJsonl, str } from './read-records.js';

async function load(file: string): Promise<BenchItem[]> {
  return (await readJsonl(file)).map((rec) => {
    const opts = rec.value.options;
    if (opts === null || typeof opts !== 'object') throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'options', reason: 'is missing' });
    const options = Object.fromEntries(Object.entries(opts as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const letters = goldLetters(str(rec, 'label', file));
    if (!letters || !(letters in options)) throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'label', reason: 'is not an option letter' });
    // The released question text already ends with "Answer Choices: (A) … (J) …"; the prompt lists them again.
    const question = str(rec, 'question', file).replace(/\s*Answer Choices:[\s\S]*$/, '');
    const groups: Record<string, string> = {};
    for (const [field, key] of [
      ['medical_task', 'task'],
      ['body_system', 'system'],
      ['question_type', 'type'],
    ] as const) {
      const v = rec.value[field];
      if (typeof v === 'string' && v) groups[key] = v;
    }
    return {
      id: str(rec, 'id', file, true) || `medxpertqa-${rec.line}`,
      bench: 'medxpertqa',
      lang: 'en',
      question,
      options,
      gold: { kind: 'choice', letters },
      groups,
      metadata: {},
    };
  });
}

export const medxpertqa: Benchmark = {
  id: 'medxpertqa',
  title: 'MedXpertQA Text (10 options)',
  lang: 'en',
  groupKeys: ['task', 'system', 'type'],
  source: {
    homepage: 'https://github.com/TsinghuaC3I/MedXpertQA',
    license: 'MIT',
    files: [{ url: 'https://huggingface.co/datasets/TsinghuaC3I/MedXpertQA/resolve/main/Text/test.jsonl', name: 'medxpertqa-text-test.jsonl' }],
    defaultFile: 'medxpertqa-text-test.jsonl',
  },
  load,
  prompt: choicePrompt,
  parse: parseSingleChoice,
  score: scoreChoice,
  fromRecord: choiceFromRecord,
};
