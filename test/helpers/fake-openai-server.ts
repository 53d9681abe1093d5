// A real HTTP server speaking the OpenAI protocol subset QuarkMed uses, for tests only (binds 127.0.0.1).
// /v1/chat/completions (JSON and SSE streaming, usage, stop, max_tokens), /v1/models, /v1/embeddings.
// Scripted failures (status codes, delays) let tests exercise retries, timeouts and concurrency limits.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeChatBody {
  model?: string;
  messages?: Array<{ role: string; content: string }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  stop?: string | string[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: Record<string, unknown> } };
  [key: string]: unknown;
}

export interface FakeReply {
  text: string;
  /** Wait this long before sending headers (timeout tests). */
  delayMs?: number;
  /** Wait this long between streamed chunks. */
  chunkDelayMs?: number;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  error?: string;
  /** Extra response headers (e.g. retry-after). */
  headers?: Record<string, string>;
}

export interface FakeRequestRecord {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: FakeChatBody & { input?: string | string[] };
}

export interface FakeOpenAIOptions {
  reply?: (req: FakeChatBody, index: number) => string | FakeReply | Promise<string | FakeReply>;
  /** Embedding vectors: default is a deterministic hash of the text, `embeddingDim` long, L2-normalised. */
  embed?: (input: string[]) => number[][] | FakeReply;
  embeddingDim?: number;
  models?: string[];
}

export interface FakeOpenAI {
  url: string;
  /** url + '/v1' — what an `openai:` spec points at. */
  baseURL: string;
  requests: FakeRequestRecord[];
  /** Highest number of requests in flight at once (concurrency-limit tests). */
  readonly maxInFlight: number;
  readonly inFlight: number;
  close(): Promise<void>;
}

/** Whitespace-delimited pieces keep their leading space, so streamed chunks re-join into the exact text. */
export function fakeTokens(text: string): string[] {
  return text.match(/\s*\S+/g) ?? (text ? [text] : []);
}

function hashVector(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    v[(c * 31 + i) % dim] += ((c % 7) + 1) / 7;
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function applyLimits(text: string, body: FakeChatBody): { pieces: string[]; finish: 'stop' | 'length' } {
  let t = text;
  const stops = body.stop === undefined ? [] : Array.isArray(body.stop) ? body.stop : [body.stop];
  for (const s of stops) {
    const at = s ? t.indexOf(s) : -1;
    if (at >= 0) t = t.slice(0, at);
  }
  const pieces = fakeTokens(t);
  const max = body.max_completion_tokens ?? body.max_tokens;
  if (max !== undefined && pieces.length > max) return { pieces: pieces.slice(0, max), finish: 'length' };
  return { pieces, finish: 'stop' };
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: FakeRequestRecord[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let chatIndex = 0;
  const models = options.models ?? ['fake-model'];
  const dim = options.embeddingDim ?? 8;

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let closed = false;
    res.on('close', () => {
      closed = true;
      inFlight--;
    });
    void handle(req, res, () => closed).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(err) } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, isClosed: () => boolean): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: FakeRequestRecord['body'] = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as FakeRequestRecord['body'];
      } catch {
        sendJson(res, 400, { error: { message: 'invalid JSON body', type: 'invalid_request_error' } });
        return;
      }
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });

    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', owned_by: 'fake' })) });
      return;
    }
    if (req.method === 'POST' && path === '/v1/embeddings') {
      const input = body.input === undefined ? [] : Array.isArray(body.input) ? body.input : [body.input];
      const out = options.embed ? options.embed(input) : input.map((t) => hashVector(t, dim));
      if (!Array.isArray(out)) {
        if (out.delayMs) await sleep(out.delayMs);
        if (out.status) {
          sendJson(res, out.status, { error: { message: out.error ?? 'scripted error' } }, out.headers);
          return;
        }
        sendJson(res, 200, { object: 'list', data: [] });
        return;
      }
      sendJson(res, 200, {
        object: 'list',
        model: body.model,
        data: out.map((embedding, index) => ({ object: 'embedding', index, embedding })),
        usage: { prompt_tokens: input.join(' ').length, total_tokens: input.join(' ').length },
      });
      return;
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${path}` } });
      return;
    }

    const index = chatIndex++;
    const raw_reply = options.reply ? await options.reply(body, index) : 'This is a fake reply.';
    const reply: FakeReply = typeof raw_reply === 'string' ? { text: raw_reply } : raw_reply;
    if (reply.delayMs) await sleep(reply.delayMs);
    if (isClosed()) return;
    if (reply.status && reply.status >= 400) {
      sendJson(res, reply.status, { error: { message: reply.error ?? `scripted HTTP ${reply.status}`, type: 'fake_error' } }, reply.headers);
      return;
    }
    const { pieces, finish } = applyLimits(reply.text, body);
    const promptTokens = fakeTokens((body.messages ?? []).map((m) => m.content).join(' ')).length;
    const usage = { prompt_tokens: promptTokens, completion_tokens: pieces.length, total_tokens: promptTokens + pieces.length };
    const id = `chatcmpl-fake-${index}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? models[0];

    if (!body.stream) {
      sendJson(
        res,
        200,
        {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: pieces.join('') }, finish_reason: finish }],
          usage,
        },
        reply.headers,
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...reply.headers });
    const chunk = (delta: Record<string, unknown>, finish_reason: string | null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason }] })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }, null));
    for (const p of pieces) {
      if (isClosed()) return;
      if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      res.write(chunk({ content: p }, null));
    }
    res.write(chunk({}, finish));
    if (body.stream_options?.include_usage) {
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
    }
    res.end('data: [DONE]\n\n');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
