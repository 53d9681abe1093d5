// Conservative response headers: no sniffing, no framing, no referrer leakage of medical URLs, and a CSP
// that lets the web app load only its own scripts and talk only to its own origin.
import type { FastifyInstance } from 'fastify';

const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async function securityHeaders(_request, reply, payload) {
    for (const [k, v] of Object.entries(HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    return payload;
  });
}

export const SECURITY_HEADERS = HEADERS;
