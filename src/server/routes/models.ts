// GET /v1/models — the configured backends by alias, in the OpenAI list shape.
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';

export async function modelsRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const created = Math.floor(ctx.startedAt.getTime() / 1000);
  app.get('/v1/models', { config: { access: 'user' } }, async function listModels() {
    return {
      object: 'list',
      data: ctx.services.models.list().map((m) => ({
        id: m.id,
        object: 'model',
        created,
        owned_by: 'quarkmed',
        quarkmed: { backend: m.backend, default: m.isDefault, mode: m.kind === 'none' ? 'evidence' : 'generated' },
      })),
    };
  });
}
