// POST /openrlhf (alias /get_reward): OpenRLHF's --remote_rm_url contract. Request {query, prompts, labels}
// (query = prompt + response, labels = our compact reward specs); response {rewards, scores, extra_logs}:
// `rewards` drive the advantage, `scores` (0/1 correctness) drive dynamic filtering, `extra_logs` go to wandb.
// Since OpenRLHF 0.9.1 each request carries one sample, and with several URLs every URL but the first gets
// empty lists: an empty request is answered with empty lists. Every number is a JSON float (Python reads 1 as
// int and OpenRLHF would build int64 reward tensors).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder } from '../../reward/spec.js';
import type { RewardInput, RewardResult } from '../../reward/engine.js';
import { floatList, floatListObject } from '../float-json.js';
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
    const results = inputs.length ? await deps.scoreBatch(inputs) : [];
    if (results.length) deps.logger?.log('openrlhf', results);
    return openrlhfBody(results);
  };
  // The body is written by hand (floats, see float-json.ts), so the reply is a ready JSON string.
  const send = async (req: FastifyRequest, reply: FastifyReply) => reply.type('application/json').send(await handler(req.body));
  app.post('/openrlhf', send);
  app.post('/get_reward', send);
}

/** The response body: `rewards`, `scores` and `extra_logs`, every number a Python float. */
export function openrlhfBody(results: readonly RewardResult[]): string {
  const n = results.length;
  const rewards = new Array<number>(n);
  const scores = new Array<number>(n);
  const formatOk = new Array<number>(n);
  const formatOnly = new Array<number>(n);
  const chars = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = results[i];
    rewards[i] = r.reward;
    scores[i] = r.acc ? 1 : 0;
    formatOk[i] = r.formatOk ? 1 : 0;
    formatOnly[i] = r.formatOk && !r.acc ? 1 : 0;
    chars[i] = r.responseChars;
  }
  const logs = floatListObject({ qm_acc: scores, qm_format_ok: formatOk, qm_format_only: formatOnly, qm_response_chars: chars });
  return `{"rewards":${floatList(rewards)},"scores":${floatList(scores)},"extra_logs":${logs}}`;
}
