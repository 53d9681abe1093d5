// POST /verl: what integrations/verl/quarkmed_reward.py sends for compute_score (one item) and
// compute_score_batch (many). ground_truth is our compact reward spec; plain ground truths from datasets built
// elsewhere are routed by the dataset-name table in data-sources.ts (exam letters, MedCalc numbers, …). Each score is a dict with the same
// keys for every item, as verl's reward managers require for reward_extra_info.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder, decodeSpec, type RewardSpec } from '../../reward/spec.js';
import type { RewardInput, RewardResult } from '../../reward/engine.js';
import { pyFloat } from '../float-json.js';
import type { RewardServiceDeps } from '../app.js';
import { explicitTask, KNOWN_DATASETS, routeDataSource } from '../data-sources.js';

const bodySchema = z.object({
  data_sources: z.array(z.string()),
  solution_strs: z.array(z.string()),
  ground_truths: z.array(z.unknown()),
  extra_infos: z.array(z.unknown()).optional(),
});

/**
 * The spec for one verl item, explicit first: a QuarkMed spec in ground_truth, extra_info.reward_spec, a task
 * named in extra_info.task, then the dataset-name table (never a substring of data_source).
 */
export function verlSpec(dataSource: string, groundTruth: unknown, extraInfo: unknown, index: number): RewardSpec {
  if (typeof groundTruth === 'string' && groundTruth.startsWith('{') && groundTruth.includes('"task"')) return decodeSpec(groundTruth, index);
  if (groundTruth && typeof groundTruth === 'object' && !Array.isArray(groundTruth) && 'task' in groundTruth) return decodeSpec(groundTruth, index);
  const extra = extraInfo && typeof extraInfo === 'object' ? (extraInfo as Record<string, unknown>) : {};
  if (extra.reward_spec !== undefined && extra.reward_spec !== null) return decodeSpec(extra.reward_spec, index);
  const task = explicitTask(extra) ?? routeDataSource(dataSource)?.task;
  if (!task) {
    throw rlErrors.RL_LABEL_INVALID({
      index,
      reason: `ground_truth is not a QuarkMed reward spec and data_source "${dataSource}" is not a known dataset (${Object.keys(KNOWN_DATASETS)
        .filter((k) => !k.includes('/'))
        .join(', ')}); write specs with \`quarkmed rl build --format verl\` or set extra_info.task`,
    });
  }
  return decodeSpec({ task, gt: groundTruth, ...(task === 'exam' ? examOpt(extra) : {}) }, index);
}

/**
 * Pure: an exam item's question and option texts from extra_info when the dataset carries them (`question`, `options`
 * as letter → text), so the exam verifier reads the response with them as `eval run` and `rl build` items do.
 */
export function examOpt(extra: Record<string, unknown>): { opt?: Record<string, unknown> } {
  const opt: Record<string, unknown> = {};
  if (typeof extra.question === 'string' && extra.question.trim()) opt.question = extra.question.slice(0, 2000);
  const o = extra.options;
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    const entries = Object.entries(o as Record<string, unknown>);
    if (entries.length && entries.every(([k, v]) => /^[A-Ja-j]$/.test(k) && typeof v === 'string'))
      opt.optionTexts = Object.fromEntries(entries.map(([k, v]) => [k.toUpperCase(), v]));
  }
  return Object.keys(opt).length ? { opt } : {};
}

export async function verlRoutes(app: FastifyInstance, deps: RewardServiceDeps): Promise<void> {
  app.post('/verl', async (req, reply) => {
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success)
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /verl', reason: `${parsed.error.issues[0].message} at ${parsed.error.issues[0].path.join('.')}` });
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
    const results = inputs.length ? await deps.scoreBatch(inputs) : [];
    if (results.length) deps.logger?.log('verl', results, data_sources);
    return reply.type('application/json').send(verlBody(results));
  });
}

/** `{"scores": [{score, acc, format_ok, response_chars}, …]}` with Python floats (response_chars stays an int). */
export function verlBody(results: readonly RewardResult[]): string {
  const parts = new Array<string>(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    parts[i] = `{"score":${pyFloat(r.reward)},"acc":${r.acc ? '1.0' : '0.0'},"format_ok":${r.formatOk ? '1.0' : '0.0'},"response_chars":${r.responseChars}}`;
  }
  return `{"scores":[${parts.join(',')}]}`;
}
