import type { ServerMetrics } from './metrics.js';
import type { ResolvedOptions } from './options.js';
import type { ServerServices } from './services.js';

/** What every route plugin receives. */
export interface RouteContext {
  services: ServerServices;
  metrics: ServerMetrics;
  options: ResolvedOptions;
  startedAt: Date;
}
