// MedQA (Jin et al., 2020): licensing-exam questions from mainland China (MCMLE), the US (USMLE) and Taiwan.
// One loader, three registered variants; files are the original data_clean/questions/*/*.jsonl.
import { choicePrompt } from '../prompts.js';
import type { BenchItem, Benchmark } from '../types.js';
import { choiceFromRecord, goldLetters, parseSingleChoice, scoreChoice } from './choice-scoring.js';
import { evalErrors } from '../errors.js';
import { readJsonl, str } from './read-records.js';

const DRIVE = 'https://drive.google.com/file/d/1ImYUSLk9JbgHXOemfvyiDiirluZHPeQw/view';

function makeLoader(bench: string, lang: 'zh' | 'en') {
  return async (file: string): Promise<BenchItem[]> => {
    const records = await readJsonl(file);
    return records.map((rec): BenchItem => {
      const opts = rec.value.options;
      if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) {
        throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'options', reason: 'is not an object of letter → text' });
      }
      const options = Object.fromEntries(Object.entries(opts as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
      const letters = goldLetters(str(rec, 'answer_idx', file));
      if (!letters || !(letters in options)) {
        throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'answer_idx', reason: 'is not one of the option letters' });
      }
      const meta = str(rec, 'meta_info', file, true);
      return {
        id: typeof rec.value.id === 'string' ? rec.value.id : `${bench}-${rec.line}`,
        bench,
        lang,
        question: str(rec, 'question', file),
        options,
        gold: { kind: 'choice', letters },
        groups: meta ? { subject: meta } : {},
        metadata: { answerText: str(rec, 'answer', file, true), metaInfo: meta },
      };
    });
  };
}

function variant(id: string, title: string, lang: 'zh' | 'en', folder: string): Benchmark {
  return {
    id,
    title,
    lang,
    groupKeys: ['subject'],
    source: {
      homepage: 'https://github.com/jind11/MedQA',
      license: 'MIT',
      // The authors distribute one Google Drive archive (data_clean.zip); Drive needs a browser confirmation,
      // so pull fetches this URL only when the user mirrors the file (--url) and otherwise says where to get it.
      files: [{ url: `${DRIVE}#data_clean/questions/${folder}`, name: `${id}.jsonl` }],
      defaultFile: `${id}.jsonl`,
      manual: `download data_clean.zip from ${DRIVE} and pass questions/${folder}/test.jsonl (or dev.jsonl) with --data, or mirror it and use pull --url`,
    },
    load: makeLoader(id, lang),
    prompt: choicePrompt,
    parse: parseSingleChoice,
    score: scoreChoice,
    fromRecord: choiceFromRecord,
  };
}

export const medqaMcmle = variant('medqa-mcmle', 'MedQA (mainland China, MCMLE, 5 options)', 'zh', 'Mainland');
export const medqaUs = variant('medqa-us', 'MedQA (USMLE, 4 options)', 'en', 'US/4_options');
export const medqaTaiwan = variant('medqa-taiwan', 'MedQA (Taiwan TWMLE, 4 options)', 'zh', 'Taiwan');
