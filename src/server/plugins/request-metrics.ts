// Count and time every request by route pattern (never the raw URL: it may carry a question).
import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from '../metrics.js';

export function installRequestMetrics(app: FastifyInstance, metrics: ServerMetrics): void {
  let inFlight = 0;
  const started = Date.now();
  metrics.inFlight.set(() => inFlight);
  metrics.uptime.set(() => Math.round((Date.now() - started) / 1000));
  metrics.heap.set(() => process.memoryUsage().heapUsed);
  app.addHook('onRequest', async function countStart() {
    inFlight++;
  });
  app.addHook('onResponse', async function countEnd(request, reply) {
    inFlight--;
    const route = request.routeOptions.url ?? (reply.statusCode === 404 ? 'unmatched' : 'static');
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.duration.observe(reply.elapsedTime / 1000, { route });
  });
}
