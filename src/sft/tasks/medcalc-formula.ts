// Calculator use: a patient note and a MedCalc question → the ground-truth explanation (formula and the values
// put into it), then the answer; the calc verifier spec checks the final number against MedCalc's limits.
import { benchItemText, specForGold } from '../../rl/data/sources/bench.js';
import { variantsOf, type SftTask } from './types.js';

const T = [
  'Patient note:\n{note}\n\nTask: {question}\nShow the formula and the values you use, then give the answer.',
  '{note}\n\n{question} Explain the calculation step by step.',
  'Read the case and compute the requested value.\n\nCase: {note}\nQuestion: {question}',
];

export const medcalcFormula: SftTask = {
  name: 'medcalc-formula',
  ability: 'reasoning',
  langs: ['en'],
  summary: 'clinical calculator use: note + question → formula, substituted values and the answer (MedCalc)',
  sources: ['medcalc'],
  async *build(ctx) {
    for (const it of await ctx.sources.get('medcalc')) {
      const explanation = String(it.metadata.explanation ?? '').trim();
      const g = specForGold(it);
      if (!explanation || !('spec' in g)) continue;
      const gt = g.gt as { answer: string };
      yield* variantsOf(ctx, {
        task: medcalcFormula,
        key: it.id,
        lang: 'en',
        source: 'medcalc-bench',
        provenance: { id: it.id, calculator: it.groups.calculator, answer: gt.answer },
        templates: T,
        vars: { note: it.stem ?? '', question: it.question },
        answer: `${explanation}\nAnswer: ${gt.answer.replace(',', ' weeks, ') + (gt.answer.includes(',') ? ' days' : '')}`,
        reward: { task: 'calc', gt: g.gt },
        sourceText: benchItemText(it),
      });
    }
  },
};
