// GET /healthz (public liveness + readiness, with the default model's probed state), GET /metrics (Prometheus
// text), GET /api/status (web status page).
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';

export async function healthRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  let closing = false;
  app.addHook('onClose', async () => {
    closing = true;
  });

  app.get('/healthz', { config: { access: 'public' } }, async function healthz(_request, reply) {
    if (closing) return reply.code(503).send({ status: 'shutting-down' });
    // The process is live even when its model is down (answers fall back to cited evidence), so the status stays
    // 200 "ok" and the model's own state is reported beside it.
    const model = ctx.services.models.health?.();
    return { status: 'ok', uptimeSeconds: Math.round((Date.now() - ctx.startedAt.getTime()) / 1000), ...(model ? { model } : {}) };
  });

  app.get('/metrics', { config: { access: 'user' } }, async function metrics(_request, reply) {
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(ctx.metrics.registry.render());
  });

  app.get('/api/status', { config: { access: 'user' } }, async function status() {
    const models = ctx.services.models.list();
    const def = models.find((m) => m.isDefault) ?? models[0];
    let kb: Record<string, unknown> | { error: string } | null = null;
    if (ctx.services.kb) {
      try {
        const { dbPath: _path, ...rest } = await ctx.services.kb.stats();
        kb = rest;
      } catch (err) {
        kb = { error: (err as Error).message };
      }
    }
    return {
      version: '0.1.0',
      startedAt: ctx.startedAt.toISOString(),
      mode: !def || def.kind === 'none' ? 'evidence' : 'generated',
      model: def ? { id: def.id, backend: def.backend, health: ctx.services.models.health?.() ?? null } : null,
      models,
      addModelHint: ctx.services.models.addModelHint,
      kb,
      addKnowledgeHint: ['quarkmed kb pull medquad', 'quarkmed kb ingest <file-or-folder>'],
      auth: { apiKeys: ctx.options.apiKeys.length > 0, admin: Boolean(ctx.options.adminKey) },
    };
  });
}
