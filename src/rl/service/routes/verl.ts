// POST /verl: what integrations/verl/quarkmed_reward.py sends for compute_score (one item) and
// compute_score_batch (many). ground_truth is our compact reward spec; plain ground truths from datasets built
// elsewhere are read by data_source (exam letters, MedCalc numbers, …). Each score is a dict with the same
// keys for every item, as verl's reward managers require for reward_extra_info.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder, decodeSpec, type RewardSpec } from '../../reward/spec.js';
import type { RewardInput } from '../../reward/engine.js';
import type { Task } from '../../verifiers/types.js';
import type { RewardServiceDeps } from '../app.js';

const bodySchema = z.object({
  data_sources: z.array(z.string()),
  solution_strs: z.array(z.string()),
  ground_truths: z.array(z.unknown()),
  extra_infos: z.array(z.unknown()).optional(),
});

const SOURCE_TASKS: [RegExp, Task][] = [
  [/medcalc|calc/i, 'calc'],
  [/diag|icd/i, 'diagnosis'],
  [/drug|medication/i, 'drug'],
  [/test[-_]?order|exam[-_]?order/i, 'test_order'],
  [/huatuo|open/i, 'open'],
  [/cpq|exam|medqa|mcq|mmlu|cmmlu|medmcqa|choice/i, 'exam'],
];

/** The spec for one verl item: our JSON spec, extra_info.reward_spec, or inferred from data_source. */
export function verlSpec(dataSource: string, groundTruth: unknown, extraInfo: unknown, index: number): RewardSpec {
  if (typeof groundTruth === 'string' && groundTruth.startsWith('{') && groundTruth.includes('"task"')) return decodeSpec(groundTruth, index);
  if (groundTruth && typeof groundTruth === 'object' && 'task' in groundTruth) return decodeSpec(groundTruth, index);
  const extra = extraInfo && typeof extraInfo === 'object' ? (extraInfo as Record<string, unknown>) : {};
  if (extra.reward_spec !== undefined) return decodeSpec(extra.reward_spec, index);
  const task = SOURCE_TASKS.find(([re]) => re.test(dataSource))?.[1];
  if (!task) {
    throw rlErrors.RL_LABEL_INVALID({ index, reason: `ground_truth is not a QuarkMed reward spec and data_source "${dataSource}" names no known task` });
  }
  return decodeSpec({ task, gt: groundTruth }, index);
}

export async function verlRoutes(app: FastifyInstance, deps: RewardServiceDeps): Promise<void> {
  app.post('/verl', async (req) => {
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success) throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /verl', reason: `${parsed.error.issues[0].message} at ${parsed.error.issues[0].path.join('.')}` });
    const { data_sources, solution_strs, ground_truths, extra_infos } = parsed.data;
    if (data_sources.length !== solution_strs.length || ground_truths.length !== solution_strs.length) {
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /verl', reason: 'data_sources, solution_strs and ground_truths must have the same length' });
    }
    const decode = createSpecDecoder();
    const inputs: RewardInput[] = solution_strs.map((response, i) => {
      const gt = ground_truths[i];
      const spec = typeof gt === 'string' && gt.startsWith('{') && gt.includes('"task"') ? decode(gt, i) : verlSpec(data_sources[i], gt, extra_infos?.[i], i);
      const extra = extra_infos?.[i] as Record<string, unknown> | null | undefined;
      return { prompt: typeof extra?.prompt === 'string' ? extra.prompt : '', response, spec };
    });
    const results = await deps.scoreBatch(inputs);
    deps.logger?.log('verl', results, data_sources);
    return {
      scores: results.map((r) => ({ score: r.reward, acc: r.acc ? 1 : 0, format_ok: r.formatOk ? 1 : 0, response_chars: r.responseChars })),
    };
  });
}
