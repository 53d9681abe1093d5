// CMB-Clin (Wang et al., 2023): 74 real clinical cases with several open questions each, graded by a judge
// model on a written 1–4 rubric against the reference solution.
import type { ChatMessage } from '../../models/backend.js';
import { openPrompt } from '../prompts.js';
import type { BenchItem, Benchmark, Gold, ItemScore, JudgeSpec, ParsedAnswer } from '../types.js';
import { evalErrors } from '../errors.js';
import { unanswered } from './exact-score.js';
import { readRecords, str } from './read-records.js';

export const CMB_CLIN_RUBRIC = [
  '4 分：结论与参考答案一致，关键要点（诊断、依据、检查、治疗原则）完整，无错误或有害建议。',
  '3 分：主要结论正确，遗漏个别次要要点，或表述欠精确，但不影响临床决策。',
  '2 分：部分正确，遗漏或错误涉及重要要点（如主要诊断依据、关键检查或治疗），需要医生纠正。',
  '1 分：结论错误、答非所问、空白，或包含可能造成伤害的建议。',
].join('\n');

async function load(file: string): Promise<BenchItem[]> {
  const items: BenchItem[] = [];
  for (const rec of await readRecords(file)) {
    const pairs = rec.value.QA_pairs;
    if (!Array.isArray(pairs)) throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'QA_pairs', reason: 'is not a list' });
    const caseId = str(rec, 'id', file, true) || String(rec.line);
    pairs.forEach((p: Record<string, unknown>, j) => {
      items.push({
        id: `cmb-clin-${caseId}-${j + 1}`,
        bench: 'cmb-clin',
        lang: 'zh',
        stem: `${str(rec, 'title', file, true)}\n${str(rec, 'description', file)}`.trim(),
        question: String(p.question ?? ''),
        options: {},
        gold: { kind: 'open', reference: String(p.solution ?? ''), rubric: CMB_CLIN_RUBRIC },
        groups: { question: `Q${j + 1}` },
        metadata: { caseId },
      });
    });
  }
  return items;
}

export const cmbClinJudge: JudgeSpec = {
  maxGrade: 4,
  prompt(item: BenchItem, answer: string): ChatMessage[] {
    const ref = item.gold.kind === 'open' ? item.gold.reference : '';
    const content = [
      '你是临床医学考官。请依据评分标准，对照参考答案，为考生回答打分（1–4 的整数）。',
      `评分标准：\n${CMB_CLIN_RUBRIC}`,
      `病例：\n${item.stem ?? ''}`,
      `问题：\n${item.question}`,
      `参考答案：\n${ref}`,
      `考生回答：\n${answer || '（空白）'}`,
      '只返回 JSON，不要其它内容：{"grade": 1-4, "reason": "一句话理由"}',
    ].join('\n\n');
    return [{ role: 'user', content }];
  },
  parseGrade(text: string): number | null {
    const json = /"grade"\s*[:：]\s*"?([1-4])/.exec(text);
    const bare = json ?? /(?:^|\D)([1-4])\s*分/.exec(text);
    return bare ? Number(bare[1]) : null;
  },
};

/** The grade travels in the parsed value ("grade:3") after the harness asked the judge. */
function parse(text: string): ParsedAnswer {
  const m = /^grade:([1-4])$/.exec(text);
  if (m) return { value: m[1], how: 'judge' };
  return { value: null, how: text ? 'ungraded' : 'empty' };
}

function score(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (gold.kind !== 'open') throw new Error(`judge scorer given ${gold.kind} gold`);
  if (!parsed.value) return unanswered(parsed);
  const grade = Number(parsed.value);
  return { correct: grade >= 3, score: (grade - 1) / 3, prediction: parsed.value, invalid: false, reason: `grade ${grade}/4` };
}

export const cmbClin: Benchmark = {
  id: 'cmb-clin',
  title: 'CMB-Clin (open clinical case questions, judge-graded 1–4)',
  lang: 'zh',
  groupKeys: ['question'],
  source: {
    homepage: 'https://github.com/FreedomIntelligence/CMB',
    license: 'see the CMB repository',
    files: [{ url: 'https://huggingface.co/datasets/FreedomIntelligence/CMB/resolve/main/CMB-Clin/CMB-Clin-qa.json', name: 'cmb-clin.json' }],
    defaultFile: 'cmb-clin.json',
    note: 'the authors also ship it inside data/CMB.zip in the GitHub repository',
  },
  load,
  prompt: openPrompt,
  parse,
  score,
  judge: cmbClinJudge,
  fromRecord(record) {
    const gold = record.gold as Gold | undefined;
    return gold && gold.kind === 'open' ? { gold, groups: (record.groups ?? {}) as Record<string, string> } : null;
  },
};
