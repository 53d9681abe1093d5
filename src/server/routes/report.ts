// POST /api/report/interpret {text, model?} — parse a lab report, flag values against ranges, explain with
// cited evidence (or evidence only without a model).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteContext } from '../context.js';
import { createDeadline } from '../deadline.js';
import { parseInput, requestLocale } from '../validate.js';

const InterpretBody = z.object({
  text: z.string().trim().min(1, 'text (the report, pasted) is required').max(50_000, 'text is limited to 50,000 characters'),
  model: z.string().max(200).optional(),
  locale: z.string().max(20).optional(),
});

export async function reportRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.post('/api/report/interpret', { config: { access: 'user' } }, async function interpretReport(request, reply) {
    const body = parseInput(InterpretBody, request.body, 'report request');
    const backend = await ctx.services.models.get(body.model);
    const clientGone = new AbortController();
    reply.raw.on('close', () => { if (!reply.raw.writableEnded) clientGone.abort(); });
    const deadline = createDeadline(ctx.options.modelTimeoutMs, backend?.name ?? 'evidence', clientGone.signal);
    try {
      const out = await deadline.run(
        ctx.services.interpretReport(body.text, {
          retriever: ctx.services.retriever,
          backend,
          signal: deadline.signal,
          locale: body.locale ?? requestLocale(request.headers['accept-language']),
          modelHint: ctx.services.models.addModelHint,
        }),
      );
      ctx.metrics.answers.inc({ mode: out.answer.mode, triage: out.answer.triage.level });
      return out;
    } finally {
      deadline.dispose();
    }
  });
}
