// GET /api/search?q=&k=&lang=&minAuthority= — authority-ranked passages from the knowledge base.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUTHORITIES } from '../../core/types.js';
import { searchNoPage } from '../../rag/search-note.js';
import type { RouteContext } from '../context.js';
import { parseInput } from '../validate.js';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q (the search text) is required').max(1000, 'q is limited to 1000 characters'),
  k: z.coerce.number().int().min(1).max(50).default(10),
  lang: z.enum(['zh', 'en']).optional(),
  minAuthority: z.enum(AUTHORITIES as ['A', 'B', 'C', 'D', 'E']).optional(),
  source: z.string().max(100).optional(),
});

export async function searchRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get('/api/search', { config: { access: 'user' } }, async function search(request) {
    const query = parseInput(SearchQuery, request.query, 'search query');
    const started = performance.now();
    const hits = await ctx.services.retriever.search(query.q, {
      k: query.k,
      lang: query.lang,
      minAuthority: query.minAuthority,
      sources: query.source ? [query.source] : undefined,
      // A list of one subject: off-subject passages after the best hit read as if they applied (retrieval/one-subject.ts).
      oneSubject: true,
    });
    // The chat answer's "no page about X" gate, read for this list: the list says so rather than pass off passages that
    // only share the question's other words (rag/search-note.ts).
    const noPage = await searchNoPage(query.q, hits, ctx.services.retriever);
    ctx.metrics.searches.inc();
    return { query: query.q, k: query.k, tookMs: Math.round((performance.now() - started) * 10) / 10, hits, ...(noPage ? { noPage } : {}) };
  });
}
