// The unified RL item: what every source produces and every exporter writes.
// {id, task, prompt (chat messages), ground_truth, reward_spec, source, authority, meta}
import { z } from 'zod';
import type { Authority } from '../../core/types.js';
import type { ChatMessage } from '../../models/backend.js';
import { rewardSpecSchema, type RewardSpec } from '../reward/spec.js';
import type { Task } from '../verifiers/types.js';

export const RL_ITEM_VERSION = 1;

export interface RlItem {
  id: string;
  task: Task;
  prompt: ChatMessage[];
  ground_truth: unknown;
  reward_spec: RewardSpec;
  /** Dataset the item came from ("cpqexam", "medcalc", "huatuo-o1", "disease-kg-zh"). */
  source: string;
  authority: Authority;
  meta: Record<string, unknown>;
}

export const rlItemSchema = z.object({
  id: z.string().min(1),
  task: z.enum(['exam', 'diagnosis', 'drug', 'test_order', 'calc', 'open', 'general']),
  prompt: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(1),
  ground_truth: z.unknown(),
  reward_spec: rewardSpecSchema,
  source: z.string(),
  authority: z.enum(['A', 'B', 'C', 'D', 'E']),
  meta: z.record(z.string(), z.unknown()),
});

/** The text decontamination and dedup look at: every prompt message joined. */
export function itemText(item: Pick<RlItem, 'prompt'>): string {
  return item.prompt.map((m) => m.content).join('\n');
}

/** Stratification label: the answer letter for exams, the calculator for MedCalc, the ICD chapter for diagnoses. */
export function stratumOf(item: RlItem): string {
  const gt = item.ground_truth;
  if (item.task === 'exam') return `exam:${typeof gt === 'string' ? (gt.length > 1 ? 'multi' : gt) : 'other'}`;
  if (item.task === 'calc') return `calc:${String(item.meta.calculator ?? item.meta.outputType ?? 'calc')}`;
  if (item.task === 'diagnosis') {
    const code = (gt as { code?: string } | null)?.code ?? '';
    return `diagnosis:${code.slice(0, 1) || '?'}`;
  }
  return item.task;
}
