// Per key+address rate limits (@fastify/rate-limit, in memory). Public routes (health, static files) are exempt,
// so a load balancer's probes never eat a client's budget.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { serverErrors } from '../errors.js';
import type { RateLimitSettings } from '../options.js';
import { bearerToken, keyIdOf } from './auth.js';

export async function installRateLimit(app: FastifyInstance, settings: RateLimitSettings | false): Promise<void> {
  if (!settings) return;
  const window = `${Math.round(settings.timeWindowMs / 1000)} s`;
  await app.register(rateLimit, {
    global: true,
    max: settings.max,
    timeWindow: settings.timeWindowMs,
    keyGenerator: (request) => `${keyIdOf(bearerToken(request))}|${request.ip}`,
    allowList: (request) => (request.routeOptions.config?.access ?? 'user') === 'public',
    errorResponseBuilder: (_request, context) => serverErrors.RATE_LIMITED({ max: settings.max, window, after: context.after }),
  });
}
