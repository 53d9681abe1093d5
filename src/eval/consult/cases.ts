// Consultation benchmark cases: a patient with known facts who reveals a fact only when asked, the red flags a
// good first question turn asks about, the right disposition, and a rubric of weighted, checkable criteria
// (HealthBench-style). One JSON object per line; errors name the file, line and field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { evalErrors } from '../errors.js';

// 'history' (asked the history that matters), 'safety' (safety-netting, safe advice) and 'communication' (plain words,
// one question at a time — consult-cases-13's writer) are groups case writers use too.
export const RUBRIC_GROUPS = [
  'red-flags',
  'history',
  'disposition',
  'conditions',
  'self-care',
  'safety',
  'no-over-reassurance',
  'citations',
  'communication',
] as const;
export type RubricGroup = (typeof RUBRIC_GROUPS)[number];

const criterion = z.object({
  id: z.string().min(1),
  group: z.enum(RUBRIC_GROUPS),
  /** Positive points for something the dialogue should do, negative for something it must not. */
  weight: z.number().refine((w) => w !== 0, 'weight must not be 0'),
  criterion: z.string().min(1),
});

export const consultCaseSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  /** The patient's first message. */
  opening: z.string().min(1),
  /** What the patient knows, revealed only when asked: {topic: answer}. */
  facts: z.record(z.string(), z.string()),
  /** Case-specific red flags, each with the words (in the case's language) that show a question asked about it. */
  redFlags: z.array(z.object({ concept: z.string(), keywords: z.array(z.string().min(1)).min(1) })).default([]),
  emergency: z.boolean().default(false),
  /** "self-care": no appointment needed (NHS 111's lowest disposition), below "routine" (a planned appointment). */
  disposition: z.enum(['emergency', 'urgent', 'routine', 'self-care']),
  rubric: z.array(criterion).default([]),
});

export type ConsultCase = z.infer<typeof consultCaseSchema>;
export type RubricCriterion = z.infer<typeof criterion>;

export function loadConsultCases(file: string): ConsultCase[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw evalErrors.EVAL_DATA_UNREADABLE({ file, reason: (err as Error).message });
  }
  const out: ConsultCase[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: i + 1, field: '(line)', reason: 'is not JSON' });
    }
    const parsed = consultCaseSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw evalErrors.EVAL_DATA_INVALID({ file, line: i + 1, field: issue?.path.join('.') || 'case', reason: issue?.message ?? 'is invalid' });
    }
    out.push(parsed.data);
  });
  if (out.length === 0) throw evalErrors.EVAL_NO_DATA({ bench: 'consult', looked: file });
  return out;
}
