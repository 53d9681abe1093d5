// POST /score: the native endpoint with full detail (per-verifier scores and reasons) for debugging, reward
// inspection and `quarkmed reward score`. Items: {prompt?, response, label | spec}.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder } from '../../reward/spec.js';
import type { RewardServiceDeps } from '../app.js';

const bodySchema = z.object({
  items: z.array(
    z.object({
      prompt: z.string().optional(),
      response: z.string(),
      label: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
      spec: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

export async function scoreRoutes(app: FastifyInstance, deps: RewardServiceDeps): Promise<void> {
  app.post('/score', async (req) => {
    const parsed = bodySchema.safeParse(req.body);
    if (!parsed.success)
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /score', reason: `${parsed.error.issues[0].message} at ${parsed.error.issues[0].path.join('.')}` });
    const decode = createSpecDecoder();
    const inputs = parsed.data.items.map((it, i) => {
      const label = it.spec ?? it.label;
      if (label === undefined) throw rlErrors.RL_LABEL_INVALID({ index: i, reason: 'item has neither label nor spec' });
      return { prompt: it.prompt ?? '', response: it.response, spec: decode(label, i) };
    });
    const results = await deps.scoreBatch(inputs);
    deps.logger?.log('score', results);
    return { results };
  });
}
