// createApp(options): the Fastify instance with every plugin and route group; tests drive it with inject(),
// startServer (start.ts) makes it listen. Order matters: metrics and auth run first on every request.
import Fastify, { type FastifyInstance } from 'fastify';
import type { RouteContext } from './context.js';
import { loggerOptions } from './logging.js';
import { createServerMetrics } from './metrics.js';
import { resolveOptions, type AppOptions } from './options.js';
import { installAuth } from './plugins/auth.js';
import { installBodyParsers } from './plugins/body-parsers.js';
import { clientErrorHandler } from './plugins/client-error.js';
import { installCors } from './plugins/cors.js';
import { installErrorHandler, sendError } from './plugins/error-handler.js';
import { answerAdmission } from './answer-task.js';
import { serverRedFlags } from './consult-turn.js';
import { kbErrors } from '../knowledge/errors.js';
import { installRateLimit } from './plugins/rate-limit.js';
import { installRequestMetrics } from './plugins/request-metrics.js';
import { installSecurityHeaders } from './plugins/security-headers.js';
import { chatCompletionsRoutes } from './routes/chat-completions.js';
import { healthRoutes } from './routes/health.js';
import { kbRoutes } from './routes/kb.js';
import { modelsRoutes } from './routes/models.js';
import { openApiRoutes, type RegisteredRoute } from './routes/openapi.js';
import { reportRoutes } from './routes/report.js';
import { searchRoutes } from './routes/search.js';
import { webRoutes } from './routes/web.js';

export async function createApp(appOptions: AppOptions): Promise<FastifyInstance> {
  const options = resolveOptions(appOptions);
  const app = Fastify({
    logger: loggerOptions(options.logger, options.services.redactForLog),
    bodyLimit: options.bodyLimit,
    requestTimeout: options.requestTimeoutMs,
    // Slow clients: headers must arrive within headersTimeout and the whole request within requestTimeout;
    // Node checks both every connectionsCheckingInterval (its 30 s default would let trickling clients linger).
    http: {
      headersTimeout: Math.min(options.requestTimeoutMs, 15_000),
      connectionsCheckingInterval: Math.max(250, Math.min(2_000, Math.floor(options.requestTimeoutMs / 4))),
    },
    connectionTimeout: options.connectionTimeoutMs,
    keepAliveTimeout: options.keepAliveTimeoutMs,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Request ids in logs and the x-request-id header (never derived from user input).
    requestIdHeader: false,
    clientErrorHandler,
  });
  const ctx: RouteContext = { services: options.services, metrics: createServerMetrics(), options, startedAt: new Date() };
  // Red flags from the knowledge base's disease pages ($QUARKMED_RED_FLAGS_KB): built here, not inside the first
  // consultation (≈ 3 s), and a wrong folder stops start-up with its error instead of failing every chat request.
  serverRedFlags();

  installRequestMetrics(app, ctx.metrics);
  installErrorHandler(app, options.bodyLimit);
  installBodyParsers(app);
  installAuth(app, { apiKeys: options.apiKeys, adminKey: options.adminKey });
  await installRateLimit(app, options.rateLimit);
  installSecurityHeaders(app);
  installCors(app, options.corsOrigins ?? []);
  app.addHook('onRequest', async function requestIdHeader(request, reply) {
    reply.header('x-request-id', request.id);
  });
  // Evidence-mode chat runs in the search workers; when their queue is full a chat request is refused here, before
  // its body is parsed or the consultation step runs, so a flood costs the event loop next to nothing.
  const admission = answerAdmission(options.services);
  if (admission) {
    app.addHook('onRequest', async function answerAdmissionCheck(request, reply) {
      if (request.method !== 'POST' || !request.url.startsWith('/v1/chat/completions')) return;
      const full = admission.saturated();
      if (full) return sendError(reply, kbErrors.WORKERS_BUSY({ ...full, retryAfter: 1 }, { details: { retryAfterSeconds: 1 } }));
    });
  }

  // Every route as it registers, for the generated API description (/openapi.json, /docs).
  const registeredRoutes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RegisteredRoute['access'] } | undefined)?.access;
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url, access });
  });
  await app.register(healthRoutes, ctx);
  await app.register(modelsRoutes, ctx);
  await app.register(chatCompletionsRoutes, ctx);
  await app.register(searchRoutes, ctx);
  await app.register(reportRoutes, ctx);
  await app.register(kbRoutes, ctx);
  await app.register(openApiRoutes, { ...ctx, registeredRoutes });
  await app.register(webRoutes, ctx);

  app.addHook('onClose', async () => {
    await options.services.close?.();
  });
  return app;
}
