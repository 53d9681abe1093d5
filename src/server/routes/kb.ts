// Knowledge-base admin: POST /api/kb/ingest (admin key; a server-side path under --ingest-root, or uploaded
// JSONL documents as application/x-ndjson) and GET /api/kb/stats.
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';
import { serverErrors } from '../errors.js';
import { checkIngestPath, IngestPathBody, parseJsonlDocs } from '../ingest-input.js';
import { parseInput } from '../validate.js';
import { recordFlaggedPassages } from '../metrics.js';

export async function kbRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const kb = () => {
    if (!ctx.services.kb) throw serverErrors.KB_UNAVAILABLE({ reason: 'this server was started without a writable knowledge base' });
    return ctx.services.kb;
  };

  // Server file paths are not shown to API users; every stats read refreshes the flagged-passage gauges.
  const publicStats = async () => {
    const { dbPath: _path, ...rest } = await kb().stats();
    recordFlaggedPassages(ctx.metrics, rest);
    return rest;
  };
  if (ctx.services.kb) recordFlaggedPassages(ctx.metrics, await ctx.services.kb.stats());

  app.get('/api/kb/stats', { config: { access: 'user' } }, async function kbStats() {
    return publicStats();
  });

  app.post('/api/kb/ingest', { config: { access: 'admin' }, bodyLimit: ctx.options.ingestBodyLimit }, async function kbIngest(request) {
    // A large upload is segmented, screened and written for minutes on a busy machine: the socket must not idle out
    // (connectionTimeout) while the worker thread ingests and this request has nothing to send yet.
    const socket = request.raw.socket as { setTimeout?: (ms: number) => unknown } | undefined;
    if (typeof socket?.setTimeout === 'function') socket.setTimeout(30 * 60_000);
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const base = kb();
    let summary;
    if (type === 'application/json') {
      const body = parseInput(IngestPathBody, request.body, 'ingest request');
      const real = checkIngestPath(body.path, ctx.options.ingestRoots);
      request.log.info({ source: body.source }, 'admin ingest from a server-side path');
      summary = await base.ingestPath(real, { source: body.source, authority: body.authority, lang: body.lang });
    } else if (typeof request.body === 'string') {
      // Parsed, validated and written in another process when the knowledge base offers it (bootstrap does).
      summary = base.ingestJsonl ? await base.ingestJsonl(request.body) : await base.ingestDocs(parseJsonlDocs(request.body));
    } else {
      throw serverErrors.UNSUPPORTED_MEDIA_TYPE({ got: type || 'none', expected: 'application/json {"path": …} or application/x-ndjson documents' });
    }
    ctx.metrics.ingested.inc({}, summary.documents);
    return { ok: true, ...summary, stats: await publicStats() };
  });
}
