// The relevance filter: the trained classifier's score in metadata.relevance; below the threshold → dropped.
import { z } from 'zod';
import type { Step } from '../step.js';
import { type RelevanceModel, scoreRelevance } from './model.js';

export const relevanceOptions = z
  .object({
    model: z.string(),
    threshold: z.number().min(0).max(1).default(0.5),
  })
  .strict();

export function createRelevanceStep(o: z.output<typeof relevanceOptions>, model: RelevanceModel): Step {
  return {
    name: 'relevance',
    kind: 'filter',
    async *run(records, ctx) {
      const st = ctx.stats('relevance');
      for await (const r of records) {
        st.seen++;
        const score = scoreRelevance(model, r.text);
        if (score < o.threshold) {
          st.dropped.low_relevance = (st.dropped.low_relevance ?? 0) + 1;
          continue;
        }
        st.kept++;
        yield { ...r, metadata: { ...r.metadata, relevance: +score.toFixed(4) } };
      }
    },
  };
}
