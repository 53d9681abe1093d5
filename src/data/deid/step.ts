// The deid step: the record's text de-identified with typed placeholders; span counts by type become counters.
import { z } from 'zod';
import { PHI_TYPES } from '../../core/phi-types.js';
import type { Step } from '../step.js';
import { bump } from '../stats.js';
import type { PhiRedactor } from './redactor.js';

export const deidOptions = z
  .object({
    /** Keep the spans found (type, offsets, no text) in metadata.phi. */
    recordSpans: z.boolean().default(true),
    /** Count what would be replaced (counters by type, metadata.phi) but leave the text unchanged. */
    dryRun: z.boolean().default(false),
    /** Identifier types to replace (default every Safe Harbor class, src/core/phi-types.ts). */
    types: z.array(z.enum(PHI_TYPES)).optional(),
    /** Same value → same numbered placeholder within a record ("[NAME_1]"), so who-did-what survives. */
    pseudonymize: z.boolean().default(false),
    /** Keep a redacted date's year in its placeholder ("[DATE:1985]"). */
    keepYear: z.boolean().default(true),
    /** Terms folder (entity-dict-zh) whose medical words are never names; default $QUARKMED_TERMS / $QUARKMED_HOME/terms. */
    termsDir: z.string().optional(),
    /** Rules without the learned tagger: about twice the throughput and fewer false redactions, lower recall of
     *  names, employers and addresses (bench/results/deid.md). */
    rulesOnly: z.boolean().default(false),
  })
  .strict();

export function createDeidStep(o: z.output<typeof deidOptions>, redactor: PhiRedactor): Step {
  return {
    name: 'deid',
    kind: 'transform',
    async *run(records, ctx) {
      const st = ctx.stats('deid');
      for await (const r of records) {
        st.seen++;
        st.kept++;
        const { text, spans } = redactor.redact(r.text);
        if (spans.length === 0) {
          yield r;
          continue;
        }
        if (!o.dryRun) st.changed++;
        for (const s of spans) bump(st, `phi_${s.type}`);
        const metadata = o.recordSpans || o.dryRun ? { ...r.metadata, phi: spans.map((s) => ({ type: s.type, start: s.start, end: s.end })) } : r.metadata;
        yield { ...r, text: o.dryRun ? r.text : text, metadata };
      }
    },
  };
}
