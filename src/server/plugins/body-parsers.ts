// Body parsing at the edge: bytes are checked as UTF-8 before JSON.parse, so invalid bytes are a clear 400
// instead of silently becoming U+FFFD; JSONL uploads (application/x-ndjson) arrive as checked text.
import type { FastifyInstance } from 'fastify';
import { serverErrors } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode strict UTF-8 or throw INVALID_UTF8 naming the first bad offset. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return decoder.decode(bytes);
  } catch {
    let at = 0;
    // Narrow down the first bad byte for the message (bodies are bounded by the body limit).
    for (let step = 1 << 20; step >= 1; step >>= 1) {
      while (at + step <= bytes.length && isValid(bytes.subarray(0, at + step))) at += step;
    }
    throw serverErrors.INVALID_UTF8({ at });
  }
}

function isValid(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function installBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer);
      if (text.trim() === '') {
        done(serverErrors.INVALID_JSON({ reason: 'the body is empty' }));
        return;
      }
      done(null, JSON.parse(text) as unknown);
    } catch (err) {
      done(err instanceof SyntaxError ? serverErrors.INVALID_JSON({ reason: err.message }) : (err as Error));
    }
  });
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'text/plain'], { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, decodeUtf8(body as Buffer));
    } catch (err) {
      done(err as Error);
    }
  });
}
