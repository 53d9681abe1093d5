// Length filter: non-space characters (and units, which count Han characters and Latin words alike).
import { z } from 'zod';
import { defineFilter, type Step } from '../step.js';
import { textUnits } from './units.js';

export const lengthOptions = z
  .object({
    minChars: z.number().int().nonnegative().default(20),
    maxChars: z.number().int().positive().default(100_000),
    minUnits: z.number().int().nonnegative().default(10),
    /** Dialogues: a question with a terse factual answer ("…的并发症是什么？ / 低血钾") is content; judged on
     *  this many characters and an answer of at least one unit. */
    minDialogueChars: z.number().int().nonnegative().default(8),
  })
  .strict();

export function createLengthFilter(o: z.output<typeof lengthOptions>): Step {
  return defineFilter({
    name: 'length',
    check(r) {
      const chars = r.text.replace(/\s+/g, '').length;
      if (r.messages?.length) {
        if (chars < o.minDialogueChars || !r.messages.some((m) => m.role === 'assistant' && textUnits(m.content).length > 0)) return { drop: 'too_short' };
        if (chars > o.maxChars) return { drop: 'too_long' };
        return true;
      }
      if (chars < o.minChars) return { drop: 'too_short' };
      if (chars > o.maxChars) return { drop: 'too_long' };
      if (textUnits(r.text).length < o.minUnits) return { drop: 'too_few_units' };
      return true;
    },
  });
}
