// Log redaction: the server's logger runs every logged value through `redactForLog`, so nothing a user types
// reaches a log unredacted. Strings get typed PHI placeholders plus a catch-all for long digit runs (an
// unlabelled ID or phone number is still an identifier); secrets in well-known keys are dropped outright.
import { redactPhi } from './phi/index.js';

const SECRET_KEY = /^(?:authorization|cookie|set-cookie|password|passwd|secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|x-api-key|apikey)$/i;
const LONG_DIGITS = /(?<![\d.])\d(?:[\s-]?\d){6,}(?![\d.])/g;
const MAX_DEPTH = 8;
const MAX_STRING = 4000;

export interface LogRedactionOptions {
  /** Keys whose values are replaced entirely (default: auth headers, passwords, tokens, API keys). */
  secretKey?: RegExp;
  maxDepth?: number;
}

/** Redact one string for a log line. */
export function redactLogString(value: string): string {
  const clipped = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…[${value.length - MAX_STRING} more chars]` : value;
  return redactPhi(clipped).text.replace(LONG_DIGITS, '[NUMBER]');
}

/**
 * Deep-redact any value for logging: strings anywhere in objects/arrays/errors/maps are redacted, secret keys
 * are replaced, cycles and excessive depth are cut. Returns a new value; the input is never mutated.
 */
export function redactForLog(value: unknown, options: LogRedactionOptions = {}): unknown {
  const secretKey = options.secretKey ?? SECRET_KEY;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redactLogString(v);
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? '[Function]' : v;
    if (seen.has(v)) return '[Circular]';
    if (depth >= maxDepth) return '[MaxDepth]';
    seen.add(v);
    if (v instanceof Error) {
      const out: Record<string, unknown> = { type: v.name, message: redactLogString(v.message) };
      if (v.stack) out.stack = redactLogString(v.stack);
      for (const [k, val] of Object.entries(v)) out[k] = secretKey.test(k) ? '[REDACTED]' : walk(val, depth + 1);
      return out;
    }
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v instanceof Map) return Object.fromEntries([...v].map(([k, val]) => [String(k), secretKey.test(String(k)) ? '[REDACTED]' : walk(val, depth + 1)]));
    if (v instanceof Set) return [...v].map((x) => walk(x, depth + 1));
    if (ArrayBuffer.isView(v)) return `[${v.constructor.name} ${v.byteLength} bytes]`;
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) out[k] = secretKey.test(k) ? '[REDACTED]' : walk(val, depth + 1);
    return out;
  };
  return walk(value, 0);
}

/**
 * Pino-style serializers for a Fastify logger: `Fastify({ logger: { serializers: logSerializers } })`.
 * Requests log method, redacted URL (query strings carry user text) and id; never bodies or headers.
 */
export const logSerializers = {
  req(req: { method?: string; url?: string; id?: unknown }): Record<string, unknown> {
    return { method: req.method, url: req.url === undefined ? undefined : redactLogString(req.url), id: req.id };
  },
  res(res: { statusCode?: number }): Record<string, unknown> {
    return { statusCode: res.statusCode };
  },
  err(err: unknown): unknown {
    return redactForLog(err);
  },
};
