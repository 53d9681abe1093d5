// The SFT sample: what every task builder produces and every exporter reads.
// {id, task, ability, group?, lang, source, provenance, messages, reward?} — one JSON object per line.
import { z } from 'zod';
import { rewardSpecSchema, type RewardSpec } from '../rl/reward/spec.js';

export const SFT_SAMPLE_VERSION = 1;

export const ABILITIES = ['comprehension', 'generation', 'knowledge', 'reasoning'] as const;
export type Ability = (typeof ABILITIES)[number];

export type SampleLang = 'zh' | 'en';

export interface SftMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface SftSample {
  id: string;
  task: string;
  ability: Ability;
  /** Task group for mixture sampling (`sft export --mixture`, `sft mix`); the ability when the task names none. */
  group: string;
  lang: SampleLang;
  /** Dataset the facts came from ("disease-kg-zh", "medquad", "cmexam" …). */
  source: string;
  /** Where exactly: file, record key, the source triple or field, the template used. */
  provenance: Record<string, unknown>;
  messages: SftMessage[];
  /** A reward spec when the answer is checkable by a rule verifier (Best-of-N scores candidates with it). */
  reward?: RewardSpec;
}

export const sftSampleSchema = z.object({
  id: z.string().min(1),
  task: z.string().min(1),
  ability: z.enum(ABILITIES),
  group: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  source: z.string(),
  provenance: z.record(z.string(), z.unknown()),
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(1),
  reward: rewardSpecSchema.optional(),
});

/** Every user turn (the questions the model is shown). */
export function promptText(s: Pick<SftSample, 'messages'>): string {
  return s.messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n');
}

// The source text a templated sample was filled from (a question and its options, without our instruction
// wording): what decontamination compares, since our template words both dilute real overlaps and make false
// ones ("What are the common symptoms of …" shares its n-grams with many exam stems). Kept beside the sample,
// not in it, so the written JSONL stays the documented shape.
const rawTexts = new WeakMap<SftSample, string>();

export function setSourceText(s: SftSample, text: string): SftSample {
  rawTexts.set(s, text);
  return s;
}

/** Texts decontamination checks for a sample: its source text when templated, else its user turns. */
export function checkTexts(s: SftSample): string[] {
  const raw = rawTexts.get(s);
  return [raw ?? promptText(s)];
}

/** The conversation without its final assistant turn (the prompt Best-of-N answers). */
export function promptMessages(s: Pick<SftSample, 'messages'>): SftMessage[] {
  const last = s.messages.length - 1;
  return s.messages[last]?.role === 'assistant' ? s.messages.slice(0, last) : [...s.messages];
}
