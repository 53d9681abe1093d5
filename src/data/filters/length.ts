// Length filter: non-space characters (and units, which count Han characters and Latin words alike).
import { z } from 'zod';
import { defineFilter, type Step } from '../step.js';
import { textUnits } from './units.js';

export const lengthOptions = z
  .object({
    minChars: z.number().int().nonnegative().default(20),
    maxChars: z.number().int().positive().default(100_000),
    minUnits: z.number().int().nonnegative().default(10),
  })
  .strict();

export function createLengthFilter(o: z.output<typeof lengthOptions>): Step {
  return defineFilter({
    name: 'length',
    check(r) {
      const chars = r.text.replace(/\s+/g, '').length;
      if (chars < o.minChars) return { drop: 'too_short' };
      if (chars > o.maxChars) return { drop: 'too_long' };
      if (textUnits(r.text).length < o.minUnits) return { drop: 'too_few_units' };
      return true;
    },
  });
}
