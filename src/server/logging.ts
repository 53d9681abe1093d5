// Structured logs (pino via Fastify) that never carry what a user typed: requests are logged by method,
// route pattern and path without the query string; client addresses are hashed (an IP is a HIPAA
// identifier); error messages pass through the safety module's redactForLog.
import { createHash } from 'node:crypto';
import type { FastifyError, FastifyServerOptions } from 'fastify';
import type { AppOptions } from './options.js';

interface RawRequestLike {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
  keyId?: string;
  id?: string;
}

const LISTENING = /^Server listening at https?:\/\/[^\s]+$/;

/**
 * The path as a reader sees it: percent-decoding applied (up to twice, for double-encoded input), so the redactor
 * reads "My name is … @example.com" and not "My%20name%20is%20…%40example.com". Undecodable input stays as is.
 */
export function decodePath(path: string): string {
  let out = path;
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(out); i++) {
    try {
      out = decodeURIComponent(out.replace(/\+/g, ' '));
    } catch {
      break;
    }
  }
  return out;
}

/** Redacted, decoded path without its query string: what every log line may carry of a URL. */
export function loggablePath(url: string | undefined, redact: (value: unknown) => unknown): string {
  return String(redact(decodePath((url ?? '').split('?')[0])));
}

export function hashAddress(ip: string | undefined): string {
  return ip ? `a_${createHash('sha256').update(`quarkmed:${ip}`).digest('hex').slice(0, 10)}` : 'unknown';
}

/**
 * The redactor with a bounded memo for short strings: every request logs the same messages ("incoming request",
 * "request completed") and mostly the same few paths, and running the identifier detector on each of them again cost
 * the event loop about a millisecond per request under load (bench/server.bench.ts chat-load profile). The redactor is
 * pure, so a remembered result is the result; only redacted text is kept, at most `max` entries.
 */
export function memoRedact(redact: (value: unknown) => unknown, max = 512): (value: unknown) => unknown {
  const memo = new Map<string, unknown>();
  return (value) => {
    if (typeof value !== 'string' || value.length > 256) return redact(value);
    const hit = memo.get(value);
    if (hit !== undefined) return hit;
    const out = redact(value);
    if (memo.size >= max) memo.delete(memo.keys().next().value as string);
    memo.set(value, out);
    return out;
  };
}

export function loggerOptions(setting: AppOptions['logger'], rawRedact: (value: unknown) => unknown): FastifyServerOptions['logger'] {
  if (setting === false) return false;
  const redact = memoRedact(rawRedact);
  const level = (typeof setting === 'object' && setting.level) || process.env.QUARKMED_LOG_LEVEL || 'info';
  const stream = typeof setting === 'object' ? setting.stream : undefined;
  return {
    level,
    ...(stream ? { stream } : {}),
    // Belt and braces: every structured field of every line passes through the redactor too.
    formatters: {
      // Runs before the serializers, so req/res/err are left to them (they pick safe fields themselves).
      log(object: Record<string, unknown>) {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(object)) out[k] = k === 'req' || k === 'res' || k === 'err' ? v : redact(typeof v === 'string' ? decodePath(v) : v);
        return out;
      },
    },
    hooks: {
      logMethod(args: unknown[], method: (...a: unknown[]) => void) {
        // Fastify's own "Server listening at http://…" names this server's address, not anything a user typed:
        // redacting it to "[URL]" would hide where the server is.
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' && !LISTENING.test(a) ? redact(a) : a)),
        );
      },
    },
    serializers: {
      req(req: RawRequestLike) {
        return {
          method: req.method,
          path: loggablePath(req.url, redact),
          route: req.routeOptions?.url,
          client: hashAddress(req.ip),
        };
      },
      res(res: { statusCode?: number }) {
        return { statusCode: res.statusCode };
      },
      err(err: FastifyError) {
        return {
          type: err.name,
          code: err.code,
          // Messages can quote the URL (404s): decode before redacting, like the path.
          message: String(redact(decodePath(err.message))),
          stack: err.stack ? String(redact(decodePath(err.stack))) : '',
        };
      },
    },
  };
}
