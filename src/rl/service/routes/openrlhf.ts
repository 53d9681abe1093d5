// POST /openrlhf (alias /get_reward): OpenRLHF's --remote_rm_url contract. Request {query, prompts, labels}
// (query = prompt + response, labels = our compact reward specs); response {rewards, scores, extra_logs}:
// `rewards` drive the advantage, `scores` (0/1 correctness) drive dynamic filtering, `extra_logs` go to wandb.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder } from '../../reward/spec.js';
import type { RewardInput } from '../../reward/engine.js';
import { splitQuery } from '../query-split.js';
import type { RewardServiceDeps } from '../app.js';

const bodySchema = z.object({
  query: z.array(z.string()),
  prompts: z.array(z.string()).optional(),
  labels: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).optional(),
});

export async function openrlhfRoutes(app: FastifyInstance, deps: RewardServiceDeps): Promise<void> {
  const handler = async (body: unknown) => {
    const rawLabels = (body as { labels?: unknown } | null)?.labels;
    if (Array.isArray(rawLabels) && rawLabels.some((l) => l === null || l === undefined || l === '')) {
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: 'labels are empty: launch OpenRLHF with --label_key label on data from `quarkmed rl build --format openrlhf`' });
    }
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success) throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: parsed.error.issues[0].message + ` at ${parsed.error.issues[0].path.join('.')}` });
    const { query, prompts, labels } = parsed.data;
    if (!labels || labels.length !== query.length) {
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: `labels must be a list as long as query (${query.length}); launch OpenRLHF with --label_key label` });
    }
    if (prompts && prompts.length !== query.length) throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: 'prompts and query differ in length' });
    const decode = createSpecDecoder();
    const inputs: RewardInput[] = new Array(query.length);
    for (let i = 0; i < query.length; i++) {
      const prompt = prompts?.[i] ?? '';
      inputs[i] = { prompt, response: splitQuery(query[i], prompts?.[i]), spec: decode(labels[i], i) };
    }
    const results = await deps.scoreBatch(inputs);
    deps.logger?.log('openrlhf', results);
    const n = results.length;
    const rewards = new Array<number>(n);
    const scores = new Array<number>(n);
    const acc = new Array<number>(n);
    const formatOk = new Array<number>(n);
    const formatOnly = new Array<number>(n);
    const chars = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const r = results[i];
      rewards[i] = r.reward;
      scores[i] = r.acc ? 1 : 0;
      acc[i] = scores[i];
      formatOk[i] = r.formatOk ? 1 : 0;
      formatOnly[i] = r.formatOk && !r.acc ? 1 : 0;
      chars[i] = r.responseChars;
    }
    return { rewards, scores, extra_logs: { qm_acc: acc, qm_format_ok: formatOk, qm_format_only: formatOnly, qm_response_chars: chars } };
  };
  app.post('/openrlhf', async (req) => handler(req.body));
  app.post('/get_reward', async (req) => handler(req.body));
}
