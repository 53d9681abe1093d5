// The `inputs:` entries of a pipeline file.
import { z } from 'zod';

export const INPUT_TYPES = ['jsonl', 'json', 'csv', 'tsv', 'parquet', 'text', 'medquad', 'disease-kg'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

const fieldList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** Dialogue inputs: where the turns are. The record keeps `messages` (roles, in order); `text` is then ignored. */
export const dialogueSpecSchema = z
  .object({
    /** A field holding the turns: ShareGPT [{from, value}], [{role, content}], [[q, a], …], alternating strings,
     *  or speaker-prefixed text ("患者：… 医生：…"). */
    turns: z.string().optional(),
    /** Earlier exchanges as [[question, answer], …] (CMtMedQA, Alpaca-with-history); come before user/assistant. */
    history: z.string().optional(),
    /** Fields of the last user turn (joined by a line break), e.g. [title, ask] or [instruction, input]. */
    user: fieldList.optional(),
    /** Fields of the last assistant turn. */
    assistant: fieldList.optional(),
    system: fieldList.optional(),
  })
  .strict()
  .refine((d) => d.turns || d.history || d.user || d.assistant, { message: 'dialogue needs turns, history, user or assistant' });

export type DialogueSpec = z.output<typeof dialogueSpecSchema>;

export const inputSpecSchema = z
  .object({
    type: z.enum(INPUT_TYPES),
    /** A file, a directory (files taken in sorted order) or a list of them. */
    path: z.union([z.string(), z.array(z.string()).min(1)]),
    /** Fields whose text makes up the record (dotted paths; arrays flattened). */
    text: z
      .union([z.string(), z.array(z.string())])
      .default(['text'])
      .transform((v) => (Array.isArray(v) ? v : [v])),
    /** Keep multi-turn structure (messages with roles) instead of joining fields into one text. */
    dialogue: dialogueSpecSchema.optional(),
    id: z.string().optional(),
    source: z.string().optional(),
    /** Authority A–E for every record of this input (tagging fills it by source rules otherwise). */
    authority: z.enum(['A', 'B', 'C', 'D', 'E']).optional(),
    metadata: z.array(z.string()).default([]),
    encoding: z.enum(['utf-8', 'gb18030', 'utf-16le']).optional(),
    /** Rows with none of the text fields: fail (default, naming file and line) or skip. */
    onMissing: z.enum(['error', 'skip']).default('error'),
    /** CSV: delimiter override (tsv uses a tab). */
    delimiter: z.string().optional(),
    /** Only files whose name matches (directories). */
    match: z.string().optional(),
  })
  .strict();

export type InputSpec = z.output<typeof inputSpecSchema>;
