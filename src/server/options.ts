// Server settings with their defaults in one documented object; `quarkmed serve` and tests override fields.
import type { ServerServices } from './services.js';

export interface RateLimitSettings {
  /** Requests allowed per key+address in each window. */
  max: number;
  timeWindowMs: number;
}

export interface AppOptions {
  services: ServerServices;
  /** Bearer keys for every non-public endpoint; empty = open (bind to localhost). */
  apiKeys?: string[];
  /** Bearer key for /api/kb/ingest; without one, admin endpoints refuse with ADMIN_DISABLED. */
  adminKey?: string;
  /** Folders under which POST /api/kb/ingest may read server-side paths. */
  ingestRoots?: string[];
  rateLimit?: RateLimitSettings | false;
  /** Byte limit for JSON bodies. */
  bodyLimit?: number;
  /** Byte limit for uploaded JSONL documents (POST /api/kb/ingest). */
  ingestBodyLimit?: number;
  /** Time allowed to receive a whole request (slow clients trickling a body are cut off). */
  requestTimeoutMs?: number;
  /** Idle socket timeout. */
  connectionTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** Built web app (web/dist); null disables it; undefined = locate it next to the package. */
  webRoot?: string | null;
  /** Fastify/pino logger: false silences it; a stream captures it (tests check for PHI). */
  logger?: boolean | { level?: string; stream?: NodeJS.WritableStream };
  /** Longest a model may take before the request fails with 504 (the backend's own timeout applies too). */
  modelTimeoutMs?: number;
  /** Passages retrieved per question (default: the RAG pipeline's). */
  k?: number;
  /** Origins allowed to call the API from a browser ("*" = any); none by default. */
  corsOrigins?: string[];
  /** Trust X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
  /**
   * Replace identifiers in user turns before they reach the model (rag `redactPrompts`). Undefined = the pipeline's
   * default per request: on for a remote openai: model, off for llama and loopback servers. false = never.
   */
  redactPrompts?: boolean;
}

export const SERVER_DEFAULTS = {
  apiKeys: [] as string[],
  ingestRoots: [] as string[],
  rateLimit: { max: 120, timeWindowMs: 60_000 } as RateLimitSettings,
  bodyLimit: 1024 * 1024,
  ingestBodyLimit: 32 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  modelTimeoutMs: 180_000,
} as const;

export type ResolvedOptions = Omit<AppOptions, keyof typeof SERVER_DEFAULTS> & {
  [K in keyof typeof SERVER_DEFAULTS]: NonNullable<AppOptions[K]> | (K extends 'rateLimit' ? false : never);
};

export function resolveOptions(options: AppOptions): ResolvedOptions {
  const out = { ...options } as Record<string, unknown>;
  for (const [k, v] of Object.entries(SERVER_DEFAULTS)) if (out[k] === undefined) out[k] = v;
  return out as ResolvedOptions;
}
