// CMExam (Liu et al., 2023): Chinese National Medical Licensing Examination, single and multiple answers.
// The released files write option lines separated by a literal backslash-n; both separators are accepted.
import { choicePrompt } from '../prompts.js';
import type { BenchItem, Benchmark, LoadOptions } from '../types.js';
import { choiceFromRecord, goldLetters, parseChoice, scoreChoice } from './choice-scoring.js';
import { evalErrors } from '../errors.js';
import { readCsv, readJsonl, str } from './read-records.js';

/** "A 原发病\\nB 出血部位" → { A: '原发病', B: '出血部位' } */
export function splitCmexamOptions(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of raw.split(/\\n|\n/)) {
    const m = /^\s*([A-J])\s*[.．、:：]?\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

async function load(file: string, opts: LoadOptions = {}): Promise<BenchItem[]> {
  const records = file.endsWith('.csv') ? await readCsv(file) : await readJsonl(file);
  const items: BenchItem[] = [];
  for (const rec of records) {
    const options = splitCmexamOptions(str(rec, 'Options', file));
    const rawAnswer = str(rec, 'Answer', file, true).trim();
    // A handful of released rows carry "nan" (a pandas export of a missing answer): unscorable, so skipped.
    if (!rawAnswer || rawAnswer.toLowerCase() === 'nan') {
      opts.onSkip?.({ file, line: rec.line, reason: `no gold answer ("${rawAnswer}")` });
      continue;
    }
    const letters = goldLetters(rawAnswer);
    if (!letters || [...letters].some((l) => !(l in options))) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'Answer', reason: 'names a letter that is not among the options' });
    }
    const groups: Record<string, string> = { type: letters.length > 1 ? 'multi' : 'single' };
    for (const [field, key] of [
      ['Disease Group', 'disease'],
      ['Clinical Department', 'department'],
      ['Medical Discipline', 'discipline'],
    ] as const) {
      const v = rec.value[field];
      if (typeof v === 'string' && v) groups[key] = v;
    }
    items.push({
      id: `cmexam-${rec.line}`,
      bench: 'cmexam',
      lang: 'zh',
      question: str(rec, 'Question', file),
      options,
      gold: { kind: 'choice', letters },
      groups,
      metadata: { explanation: str(rec, 'Explanation', file, true) },
    });
  }
  return items;
}

export const cmexam: Benchmark = {
  id: 'cmexam',
  title: 'CMExam (Chinese National Medical Licensing Examination)',
  lang: 'zh',
  groupKeys: ['type', 'department', 'discipline', 'disease'],
  source: {
    homepage: 'https://github.com/williamliujl/CMExam',
    license: 'Apache-2.0',
    files: [{ url: 'https://raw.githubusercontent.com/williamliujl/CMExam/main/data/test_with_annotations.csv', name: 'cmexam-test.csv' }],
    defaultFile: 'cmexam-test.csv',
  },
  load,
  prompt: choicePrompt,
  parse: parseChoice,
  score: scoreChoice,
  fromRecord: choiceFromRecord,
};
