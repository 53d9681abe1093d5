// Exam reasoning: a licensing-exam question → the explanation CMExam carries, then the answer letters.
// Items without an explanation are skipped. CMExam's val split is also an evaluation set: with --eval-dir
// pointing at it, decontamination removes these samples (train on CMExam's train split via --source cmexam=…).
import { benchItemText, specForGold } from '../../rl/data/sources/bench.js';
import type { RewardSpec } from '../../rl/reward/spec.js';
import { variantsOf, type SftTask } from './types.js';

const T = [
  '{question}\n{options}\n请逐步分析后给出答案。',
  '以下是一道医学考试题，请先分析再作答。\n{question}\n{options}',
  '{question}\n{options}\n请说明解题思路，并给出正确选项。',
];

export const examReasoning: SftTask = {
  name: 'exam-reasoning',
  ability: 'reasoning',
  langs: ['zh'],
  summary: 'exam question → reasoning from the CMExam explanation, then the answer (exam verifier spec)',
  sources: ['cmexam'],
  async *build(ctx) {
    for (const it of await ctx.sources.get('cmexam')) {
      const explanation = String(it.metadata.explanation ?? '').trim();
      if (explanation.length < 10 || it.gold.kind !== 'choice') continue;
      const g = specForGold(it);
      const reward: RewardSpec | undefined = 'spec' in g ? { task: g.spec.task, gt: g.spec.gt, opt: g.spec.opt } : undefined;
      const options = Object.keys(it.options)
        .sort()
        .map((k) => `${k}. ${it.options[k]}`)
        .join('\n');
      yield* variantsOf(ctx, {
        task: examReasoning,
        key: it.id,
        lang: 'zh',
        source: 'cmexam',
        provenance: { id: it.id, gold: it.gold.letters },
        templates: T,
        vars: { question: it.question, options },
        answer: `分析：${explanation.replace(/\s+$/, '')}\n答案：${it.gold.letters}`,
        reward,
        sourceText: benchItemText(it),
      });
    }
  },
};
