// Requests Node's HTTP parser refuses never reach a route. Fastify's default answer to a malformed one is a bare
// "Client Error"; a URL with raw (not percent-encoded) UTF-8 — `curl '…/api/search?q=高血压'` — is the common case, so
// say what to send instead. Timeouts (408) and oversized headers (431) keep Fastify's statuses. Same OpenAI error
// shape as every other failure.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

type ClientError = Error & { code?: string };

const ENCODE_HINT =
  'invalid URL: it holds characters that must be percent-encoded as UTF-8 (q=%E9%AB%98%E8%A1%80%E5%8E%8B for q=高血压; with curl: curl -G --data-urlencode "q=高血压" URL)';

function describe(err: ClientError): { status: number; code: string; message: string } {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'REQUEST_TIMEOUT', message: 'the request did not arrive in time' };
  if (err.code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'HEADERS_TOO_LARGE', message: 'the request headers exceed the size limit' };
  if (err.code === 'HPE_INVALID_URL') return { status: 400, code: 'BAD_REQUEST', message: ENCODE_HINT };
  return { status: 400, code: 'BAD_REQUEST', message: `the HTTP request could not be parsed (${err.code ?? 'parse error'})` };
}

/** The raw HTTP response written to the socket. */
export function clientErrorResponse(err: ClientError): string {
  const { status, code, message } = describe(err);
  const body = JSON.stringify({ error: { message, type: status === 408 ? 'timeout_error' : 'invalid_request_error', code, param: null } });
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

export function clientErrorHandler(err: ClientError, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(err));
  socket.destroy();
}
