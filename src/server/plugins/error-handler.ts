// One error handler: every failure becomes the OpenAI error shape {error:{message,type,code,param}},
// with the status from the QuarkError catalog (or Fastify's own codes mapped to ours). 5xx are logged.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isQuarkError, QuarkError } from '../../core/errors.js';
import { serverErrors } from '../errors.js';

export interface ErrorBody {
  error: { message: string; type: string; code: string; param: string | null };
}

function typeFor(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 408 || status === 504) return 'timeout_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

export function errorBody(err: QuarkError): ErrorBody {
  const param = typeof err.details?.param === 'string' ? err.details.param : null;
  return { error: { message: err.message, type: typeFor(err.status), code: err.code, param } };
}

/** Map anything thrown to a QuarkError with a stable code. */
export function toQuarkError(err: unknown, bodyLimit: number): QuarkError {
  if (isQuarkError(err)) return err;
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return serverErrors.BODY_TOO_LARGE({ limit: bodyLimit });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return serverErrors.UNSUPPORTED_MEDIA_TYPE({ got: 'this content-type', expected: 'application/json' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return serverErrors.INVALID_JSON({ reason: 'the body is empty' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return serverErrors.BAD_REQUEST({ where: 'request', reason: 'content-length does not match the body' });
    default:
      break;
  }
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new QuarkError(fe.code ?? 'BAD_REQUEST', fe.message ?? 'bad request', { status });
  }
  return new QuarkError('INTERNAL', 'internal server error; the details are in the server log', { status: 500, cause: err });
}

export function sendError(reply: FastifyReply, err: QuarkError): FastifyReply {
  // A saturated worker pool (WORKERS_BUSY) says when to come back.
  const retryAfter = err.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply.code(err.status).type('application/json; charset=utf-8').send(errorBody(err));
}

/** Model errors whose message carries what the upstream server said (its body can echo parts of the prompt). */
const UPSTREAM_DETAIL = new Set(['MODEL_UPSTREAM_ERROR', 'MODEL_BAD_RESPONSE', 'MODEL_UNREACHABLE', 'MODEL_LOAD_FAILED', 'MODEL_CONTEXT_OVERFLOW']);

/** The client gets the code and the request id; the detail stays in the server log. */
export function publicError(q: QuarkError, requestId: string): QuarkError {
  if (!UPSTREAM_DETAIL.has(q.code)) return q;
  return new QuarkError(q.code, `the model backend failed (${q.code}); request id ${requestId} (details are in the server log)`, { status: q.status });
}

export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err, request, reply) => {
    const detailed = toQuarkError(err, reply.routeOptions.bodyLimit ?? bodyLimit);
    if (UPSTREAM_DETAIL.has(detailed.code)) request.log.warn({ code: detailed.code, detail: detailed.message }, 'model backend error');
    const q = publicError(detailed, request.id);
    if (q.status >= 500) request.log.error({ err, code: q.code }, 'request failed');
    else request.log.info({ code: q.code, status: q.status }, 'request rejected');
    return sendError(reply, q);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return sendError(reply, serverErrors.NOT_FOUND({ method: request.method, url: path }));
  });
}
