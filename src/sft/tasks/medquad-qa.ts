// Consumer health QA from NIH sources (MedQuAD): the question → the NIH answer (long answers cut at a line break).
import { variantsOf, type SftTask } from './types.js';

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('. '));
  return (at > max / 2 ? cut.slice(0, at + 1) : cut).trim();
}

const T = ['{question}', 'Answer this health question: {question}', 'A patient asks: "{question}" Please answer in plain English.'];

export const medquadQa: SftTask = {
  name: 'medquad-qa',
  ability: 'knowledge',
  langs: ['en'],
  summary: 'consumer health question → the NIH answer (MedQuAD)',
  sources: ['medquad'],
  async *build(ctx) {
    for (const p of await ctx.sources.get('medquad')) {
      yield* variantsOf(ctx, {
        task: medquadQa,
        key: p.id,
        lang: 'en',
        source: 'medquad',
        provenance: { id: p.id, file: p.file, qtype: p.qtype, url: p.url },
        templates: T,
        vars: { question: p.question },
        answer: clip(p.answer, 1500),
      });
    }
  },
};
