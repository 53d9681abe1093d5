// Server-sent events on a hijacked Fastify reply: headers already set on the reply (rate limits, request id)
// are kept, a comment heartbeat keeps proxies from closing a quiet stream, and `signal` aborts when the
// client goes away so the model stops generating for nobody.
import type { FastifyReply } from 'fastify';

export interface SseStream {
  send(data: unknown): boolean;
  /** Write `data: [DONE]` (OpenAI's terminator) and end. */
  done(): void;
  end(): void;
  readonly signal: AbortSignal;
  readonly closed: boolean;
}

export function openSse(reply: FastifyReply, heartbeatMs = 15_000): SseStream {
  const controller = new AbortController();
  const res = reply.raw;
  reply.hijack();
  const headers: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = v as string | number | string[];
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  let closed = false;
  const beat = setInterval(() => {
    if (!closed) res.write(': keep-alive\n\n');
  }, heartbeatMs);
  beat.unref();
  res.on('close', () => {
    clearInterval(beat);
    if (!closed) {
      closed = true;
      controller.abort(new Error('client disconnected'));
    }
  });
  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(beat);
    res.end();
  };
  return {
    send(data) {
      if (closed) return false;
      return res.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    done() {
      if (closed) return;
      res.write('data: [DONE]\n\n');
      end();
    },
    end,
    signal: controller.signal,
    get closed() {
      return closed;
    },
  };
}
