// POST /api/report/interpret {text, model?} — parse a lab report, flag values against ranges, explain with
// cited evidence (or evidence only without a model).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteContext } from '../context.js';
import { createDeadline } from '../deadline.js';
import { recordAnswerWarnings } from '../metrics.js';
import { parseInput, requestLocale } from '../validate.js';

/** A report's own limit (a chat question's is 4,000 characters): one long lab printout fits, a whole record does not. */
export const REPORT_MAX_CHARS = 50_000;

export const InterpretBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'text (the report, pasted) is required')
    .max(
      REPORT_MAX_CHARS,
      `the report is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters; send one report at a time (split a long record into its reports)`,
    ),
  model: z.string().max(200).optional(),
  locale: z.string().max(20).optional(),
});

export async function reportRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.post('/api/report/interpret', { config: { access: 'user' } }, async function interpretReport(request, reply) {
    const body = parseInput(InterpretBody, request.body, 'report request');
    const backend = await ctx.services.models.get(body.model);
    const clientGone = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) clientGone.abort();
    });
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
      recordAnswerWarnings(ctx.metrics, out.answer.warnings);
      return out;
    } finally {
      deadline.dispose();
    }
  });
}
