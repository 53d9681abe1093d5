// Options of the two dedup barriers as they appear in a pipeline file.
import { z } from 'zod';

export const exactDedupOptions = z.object({}).strict();

export const nearDedupOptions = z
  .object({
    bands: z.number().int().positive().default(20),
    rows: z.number().int().positive().default(5),
    charN: z.number().int().positive().default(5),
    wordN: z.number().int().positive().default(5),
    /** LSH candidates are confirmed when the signatures' estimated Jaccard reaches this (0 = no check). */
    verifyThreshold: z.number().min(0).max(1).default(0.7),
    /** Never merge texts whose numbers (with units) or drug names differ (facts.ts). */
    sameFacts: z.boolean().default(true),
    /** Terminology folder for drug names (entity-dict-zh/drug.txt, NMPA list); default: the built-in drug aliases. */
    terms: z.string().optional(),
  })
  .strict();

export type NearDedupOptions = z.output<typeof nearDedupOptions>;

export type DedupConfig = { mode: 'exact' } | ({ mode: 'near' } & NearDedupOptions);
