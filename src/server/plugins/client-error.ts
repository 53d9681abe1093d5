// Requests Node's HTTP parser refuses never reach a route. Fastify's default answer to a malformed one is a bare
// "Client Error"; a URL with raw (not percent-encoded) UTF-8 — `curl '…/api/search?q=高血压'` — is the common case, so
// say what to send instead. Timeouts (408) and oversized headers (431) keep Fastify's statuses. The server's own
// error catalog and error shape, written straight to the socket.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { QuarkError } from '../../core/errors.js';
import { serverErrors } from '../errors.js';
import { errorBody } from './error-handler.js';

type ClientError = Error & { code?: string };

function toQuarkError(err: ClientError): QuarkError {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return serverErrors.REQUEST_TIMEOUT({});
  if (err.code === 'HPE_HEADER_OVERFLOW') return serverErrors.HEADERS_TOO_LARGE({});
  if (err.code === 'HPE_INVALID_URL')
    return serverErrors.BAD_REQUEST({
      where: 'URL',
      reason:
        'it holds characters that must be percent-encoded as UTF-8 (q=%E9%AB%98%E8%A1%80%E5%8E%8B for q=高血压; with curl: curl -G --data-urlencode "q=高血压" URL)',
    });
  return serverErrors.BAD_REQUEST({ where: 'request', reason: `the HTTP request could not be parsed (${err.code ?? 'parse error'})` });
}

/** The raw HTTP response written to the socket. */
export function clientErrorResponse(err: ClientError): string {
  const e = toQuarkError(err);
  const body = JSON.stringify(errorBody(e));
  return `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

export function clientErrorHandler(err: ClientError, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(err));
  socket.destroy();
}
