// MedMCQA (Pal et al., 2022): Indian AIIMS/NEET-PG entrance questions, 4 options, 21 subjects.
// Original JSONL or the Hugging Face parquet: question, opa..opd, cop (1-4, or 0-3 in the HF copy), subject_name.
import { choicePrompt } from '../prompts.js';
import type { BenchItem, Benchmark } from '../types.js';
import { choiceFromRecord, parseSingleChoice, scoreChoice } from './choice-scoring.js';
import { evalErrors } from '../errors.js';
import { readRecords, str } from './read-records.js';

async function load(file: string): Promise<BenchItem[]> {
  const records = await readRecords(file);
  // The original release numbers the correct option 1–4; the Hugging Face parquet numbers it 0–3.
  const zeroBased = file.endsWith('.parquet');
  return records.map((rec): BenchItem => {
    const cop = Number(rec.value.cop);
    const index = zeroBased ? cop : cop - 1;
    if (!Number.isInteger(index) || index < 0 || index > 3) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'cop', reason: `is ${String(rec.value.cop)}, expected ${zeroBased ? '0–3' : '1–4'}` });
    }
    const subject = str(rec, 'subject_name', file, true);
    return {
      id: str(rec, 'id', file, true) || `medmcqa-${rec.line}`,
      bench: 'medmcqa',
      lang: 'en',
      question: str(rec, 'question', file),
      options: { A: str(rec, 'opa', file), B: str(rec, 'opb', file), C: str(rec, 'opc', file), D: str(rec, 'opd', file) },
      gold: { kind: 'choice', letters: 'ABCD'[index] },
      groups: subject ? { subject } : {},
      metadata: { topic: str(rec, 'topic_name', file, true), explanation: str(rec, 'exp', file, true) },
    };
  });
}

export const medmcqa: Benchmark = {
  id: 'medmcqa',
  title: 'MedMCQA (AIIMS / NEET-PG, 4 options)',
  lang: 'en',
  groupKeys: ['subject'],
  source: {
    homepage: 'https://medmcqa.github.io',
    license: 'MIT',
    files: [
      {
        url: 'https://huggingface.co/datasets/openlifescienceai/medmcqa/resolve/main/data/validation-00000-of-00001.parquet',
        name: 'medmcqa-validation.parquet',
      },
    ],
    defaultFile: 'medmcqa-validation.parquet',
    note: 'the test split has no public answers; the validation split (4,183 items) is what papers report',
  },
  load,
  prompt: choicePrompt,
  parse: parseSingleChoice,
  score: scoreChoice,
  fromRecord: choiceFromRecord,
};
