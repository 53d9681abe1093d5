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
  /**
   * The service log (default: stderr). Every rejected request is written here with its reason, because trainers
   * log only the status (OpenRLHF: "400, message='Bad Request'") and the operator needs the body's reason.
   */
  serviceLog?: (line: string) => void;
}

const stderrLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

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
  const serviceLog = options.serviceLog ?? stderrLog;
  app.setErrorHandler((err, req, reply) => {
    let status: number;
    let code: string;
    let message: string;
    if (isQuarkError(err)) {
      status = err.status;
      code = err.code;
      message = err.message;
    } else {
      const e = err as { statusCode?: number; message?: string; code?: string };
      status = e.statusCode && e.statusCode >= 400 ? e.statusCode : 500;
      code = e.code ?? (status === 400 ? 'RL_BATCH_INVALID' : 'RL_INTERNAL');
      message = e.message ?? String(err);
    }
    serviceLog(`[quarkmed reward] ${new Date().toISOString()} ${req.method} ${req.url} → ${status} ${code}: ${message}`);
    return reply.status(status).send({ error: { code, message } });
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
