// The reward service: a Fastify app with one plugin per trainer contract (OpenRLHF, verl, native /score).
// Errors map from stable codes to HTTP statuses; bodies are parsed with plain JSON.parse (batches of 8k
// rollouts are tens of MB) and validated once per batch with zod.
import Fastify, { type FastifyInstance } from 'fastify';
import { isQuarkError } from '../../core/errors.js';
import type { RewardEngine, RewardInput, RewardResult } from '../reward/engine.js';
import { VERIFIER_NAMES } from '../verifiers/index.js';
import type { RewardLogger } from './reward-log.js';
import { openrlhfRoutes } from './routes/openrlhf.js';
import { scoreRoutes } from './routes/score.js';
import { verlRoutes } from './routes/verl.js';

export interface RewardServiceDeps {
  scoreBatch(inputs: RewardInput[]): Promise<RewardResult[]>;
  logger?: RewardLogger;
}

export interface RewardAppOptions {
  engine: RewardEngine;
  logger?: RewardLogger;
  /** Largest request body in bytes (default 1 GiB). */
  bodyLimit?: number;
  /** Names of the configured model endpoints, for GET /health. */
  models?: Record<string, string | undefined>;
}

export function createRewardApp(options: RewardAppOptions): FastifyInstance {
  const app = Fastify({ bodyLimit: options.bodyLimit ?? 1024 ** 3, logger: false });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      const e = err as Error & { statusCode?: number };
      e.statusCode = 400;
      done(e, undefined);
    }
  });
  app.setErrorHandler((err, _req, reply) => {
    if (isQuarkError(err)) return reply.status(err.status).send({ error: { code: err.code, message: err.message } });
    const e = err as { statusCode?: number; message?: string; code?: string };
    const status = e.statusCode && e.statusCode >= 400 ? e.statusCode : 500;
    return reply.status(status).send({ error: { code: e.code ?? (status === 400 ? 'RL_BATCH_INVALID' : 'RL_INTERNAL'), message: e.message ?? String(err) } });
  });
  const deps: RewardServiceDeps = {
    scoreBatch: (inputs) => options.engine.score(inputs),
    logger: options.logger,
  };
  // cpuMicros lets operators (and bench/reward.bench.ts) compute verifications per CPU-second of the service.
  app.get('/health', async () => {
    const cpu = process.cpuUsage();
    return { ok: true, verifiers: VERIFIER_NAMES, models: options.models ?? {}, cpuMicros: cpu.user + cpu.system };
  });
  void app.register(async (a) => openrlhfRoutes(a, deps));
  void app.register(async (a) => verlRoutes(a, deps));
  void app.register(async (a) => scoreRoutes(a, deps));
  return app;
}
