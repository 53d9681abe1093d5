// Symbol and digit ratios (Gopher: symbol-to-word ratio; here per non-space character so Chinese is treated fairly).
import { z } from 'zod';
import { defineFilter, type Step } from '../step.js';
import { countSymbols } from './units.js';

export const symbolRatioOptions = z
  .object({
    maxSymbolRatio: z.number().min(0).max(1).default(0.3),
    maxDigitRatio: z.number().min(0).max(1).default(0.3),
    /** Lines starting with a bullet (Gopher: max 90 %). */
    maxBulletLines: z.number().min(0).max(1).default(0.9),
    /** Lines ending with an ellipsis (Gopher: max 30 %). */
    maxEllipsisLines: z.number().min(0).max(1).default(0.3),
  })
  .strict();

export function createSymbolRatioFilter(o: z.output<typeof symbolRatioOptions>): Step {
  return defineFilter({
    name: 'symbol_ratio',
    check(r) {
      const { symbols, digits, chars } = countSymbols(r.text);
      if (chars === 0) return { drop: 'empty' };
      if (symbols / chars > o.maxSymbolRatio) return { drop: 'symbol_ratio' };
      if (digits / chars > o.maxDigitRatio) return { drop: 'digit_ratio' };
      const lines = r.text.split('\n').filter((l) => l.trim());
      if (lines.length >= 3) {
        const bullets = lines.filter((l) => /^\s*[•·●▪\-*]/u.test(l)).length;
        if (bullets / lines.length > o.maxBulletLines) return { drop: 'bullet_lines' };
        const ell = lines.filter((l) => /(\.\.\.|…)\s*$/u.test(l)).length;
        if (ell / lines.length > o.maxEllipsisLines) return { drop: 'ellipsis_lines' };
      }
      return true;
    },
  });
}
