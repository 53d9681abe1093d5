import { defineErrors } from '../core/errors.js';

/** The main routes with their methods, for the 404 message (server-api tests check each one is registered). */
export const API_ROUTE_HINT =
  'GET /healthz, GET /v1/models, POST /v1/chat/completions, GET /api/search?q=…, POST /api/report/interpret {"text"}, GET /api/kb/stats, POST /api/kb/ingest (admin)';

// The server's own error catalog. Errors from other subsystems (QuarkError) keep their code and status;
// the error handler (plugins/error-handler.ts) renders every error in the OpenAI error shape.
export const serverErrors = defineErrors({
  BAD_REQUEST: {
    status: 400,
    message: (a: { where: string; reason: string }) => `invalid ${a.where}: ${a.reason}`,
  },
  REQUEST_TIMEOUT: {
    status: 408,
    message: (_a: Record<string, never>) => 'the request did not arrive in time',
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    message: (_a: Record<string, never>) => 'the request headers exceed the size limit',
  },
  INVALID_JSON: {
    status: 400,
    message: (a: { reason: string }) => `request body is not valid JSON: ${a.reason}`,
  },
  INVALID_UTF8: {
    status: 400,
    message: (a: { at: number }) => `request body is not valid UTF-8 (first bad byte near offset ${a.at}); send UTF-8 text`,
  },
  BODY_TOO_LARGE: {
    status: 413,
    message: (a: { limit: number }) => `request body exceeds the ${a.limit}-byte limit for this endpoint`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: (a: { got: string; expected: string }) => `content-type "${a.got}" is not accepted here; send ${a.expected}`,
  },
  UNAUTHORIZED: {
    status: 401,
    message: (a: { reason: string }) => `${a.reason}; send "Authorization: Bearer <key>" (keys are set with --api-key or QUARKMED_API_KEYS)`,
  },
  ADMIN_UNAUTHORIZED: {
    status: 401,
    message: (a: { route: string }) => `${a.route} needs the admin key; send "Authorization: Bearer <admin key>" (set with --admin-key or QUARKMED_ADMIN_KEY)`,
  },
  AUTH_RATE_LIMITED: {
    status: 429,
    message: (a: { failures: number; window: string; after: number }) =>
      `too many failed authentications from this address (${a.failures} in ${a.window}); retry in ${a.after} s`,
  },
  ADMIN_DISABLED: {
    status: 403,
    message: (a: { route: string }) =>
      `${a.route} is an admin endpoint and no admin key is configured; start the server with --admin-key <key> or set QUARKMED_ADMIN_KEY`,
  },
  ADMIN_FORBIDDEN: {
    status: 403,
    message: (a: { route: string }) => `${a.route} needs the admin key ("Authorization: Bearer <admin key>", set with --admin-key or QUARKMED_ADMIN_KEY)`,
  },
  RATE_LIMITED: {
    status: 429,
    message: (a: { max: number; window: string; after: string }) => `rate limit of ${a.max} requests per ${a.window} exceeded; retry in ${a.after}`,
  },
  NOT_FOUND: {
    status: 404,
    message: (a: { method: string; url: string }) => `no route ${a.method} ${a.url}; the API: ${API_ROUTE_HINT} (all of it: GET /openapi.json, GET /docs)`,
  },
  MODEL_NOT_FOUND: {
    status: 404,
    message: (a: { model: string; known: string[] }) => `model "${a.model}" is not configured; available: ${a.known.join(', ')}`,
  },
  NO_USER_MESSAGE: {
    status: 400,
    message: (_a: Record<string, never>) => 'messages must end with a user message holding the question',
  },
  INGEST_PATH_FORBIDDEN: {
    status: 403,
    message: (a: { path: string; roots: string[] }) =>
      a.roots.length === 0
        ? `server-side ingest of ${a.path} refused: no ingest roots are configured (start with --ingest-root <dir>), or upload JSONL documents instead`
        : `server-side ingest of ${a.path} refused: it is not under an allowed root (${a.roots.join(', ')})`,
  },
  INGEST_PATH_MISSING: {
    status: 404,
    message: (a: { path: string }) => `nothing to ingest at ${a.path} under the allowed ingest roots`,
  },
  INGEST_LINE_INVALID: {
    status: 400,
    message: (a: { line: number; reason: string }) => `JSONL document on line ${a.line} is invalid: ${a.reason}`,
  },
  KB_UNAVAILABLE: {
    status: 503,
    message: (a: { reason: string }) => `the knowledge base is not available: ${a.reason}`,
  },
  SHUTTING_DOWN: {
    status: 503,
    message: (_a: Record<string, never>) => 'the server is shutting down; retry on another instance',
  },
});

export type ServerErrorCode = keyof typeof serverErrors;
