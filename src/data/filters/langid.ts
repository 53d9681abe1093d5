// Language identification (zh/en/other) and script statistics, recorded in metadata; optional language filter.
import { z } from 'zod';
import { detectLang, scriptStats } from '../../core/lang.js';
import { defineFilter, defineMap, type Step } from '../step.js';

export const langidOptions = z
  .object({
    /** Keep only these languages (drop reason `lang_<code>`); omit to annotate only. */
    keep: z.array(z.enum(['zh', 'en', 'other'])).optional(),
  })
  .strict();

export function createLangidSteps(o: z.output<typeof langidOptions>): Step[] {
  const annotate = defineMap('langid', 'annotate', (r) => {
    const s = scriptStats(r.text);
    const total = s.total || 1;
    const lang = detectLang(r.text);
    return {
      ...r,
      metadata: {
        ...r.metadata,
        lang,
        script: {
          han: +(s.han / total).toFixed(4),
          latin: +(s.latin / total).toFixed(4),
          digits: +(s.digits / total).toFixed(4),
          other: +(s.other / total).toFixed(4),
        },
      },
    };
  });
  if (!o.keep) return [annotate];
  const keep = new Set(o.keep);
  const filter = defineFilter({
    name: 'lang_filter',
    check: (r) => (keep.has(r.metadata.lang as 'zh') ? true : { drop: `lang_${String(r.metadata.lang)}` }),
  });
  return [annotate, filter];
}
