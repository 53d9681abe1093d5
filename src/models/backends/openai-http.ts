// ChatBackend for any OpenAI-compatible server (vLLM, SGLang, Ollama, DashScope compatible-mode, llama-server).
// Plain fetch rather than the openai SDK: we need our own retry policy (never retry a half-sent stream),
// typed timeout/upstream errors, and a per-backend concurrency limit shared by chat() and complete().
import type { ChatBackend, ChatDelta, ChatRequest, ChatResult, FinishReason, TokenUsage } from '../backend.js';
import { isQuarkError } from '../../core/errors.js';
import { countTokens } from '../../core/tokens.js';
import { modelErrors } from '../errors.js';
import { createDeadline, mapFetchError, postJson } from '../http-client.js';
import { createLimiter, type Limiter } from '../limiter.js';
import { isRemoteURL } from '../loopback.js';
import { readSseData } from '../sse.js';
import { createThinkFilter, stripThinking } from '../think-filter.js';
import { withRetry } from '../retry.js';

export interface OpenAIBackendOptions {
  baseURL: string;
  model: string;
  spec: string;
  apiKey?: string;
  /** Per request (non-streaming) or per gap between streamed chunks. Default 120 s. */
  timeoutMs?: number;
  /** Extra attempts on 429/5xx/network errors. Default 3. */
  retries?: number;
  retryBaseDelayMs?: number;
  /** Requests in flight at once through this backend. Default 4. */
  concurrency?: number;
  /** The served model's context window in tokens, when known (spec `?ctx=`). */
  contextTokens?: number;
}

export const OPENAI_DEFAULTS = { timeoutMs: 120_000, retries: 3, retryBaseDelayMs: 500, concurrency: 4 } as const;

interface WireChoice {
  message?: { content?: string | null; reasoning_content?: string | null };
  delta?: { content?: string | null };
  finish_reason?: string | null;
}
interface WireUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
}
interface WireResponse {
  choices?: WireChoice[];
  usage?: WireUsage | null;
}

// Servers report stop/eos/tool_calls/content_filter; only "length" changes what callers do (answer truncated).
function finishReason(raw: string | null | undefined): FinishReason {
  return raw === 'length' ? 'length' : 'stop';
}

function toUsage(u: WireUsage | null | undefined): TokenUsage | undefined {
  if (!u) return undefined;
  return { promptTokens: u.prompt_tokens ?? 0, completionTokens: u.completion_tokens ?? 0 };
}

export class OpenAIHttpBackend implements ChatBackend {
  readonly name: string;
  readonly spec: string;
  readonly kind = 'openai' as const;
  readonly remote: boolean;
  readonly contextTokens: number | undefined;
  readonly limiter: Limiter;
  private readonly o: Required<Omit<OpenAIBackendOptions, 'apiKey' | 'contextTokens'>> & { apiKey?: string };
  private readonly url: string;
  /** Downgrades learned from this server's 400s (older vLLM/TGI, DashScope): sticky for the backend's life. */
  private readonly compat = {
    schema: 'json_schema' as 'json_schema' | 'json_object',
    streamOptions: true,
    maxTokensField: 'max_tokens' as 'max_tokens' | 'max_completion_tokens',
  };

  constructor(options: OpenAIBackendOptions) {
    this.o = { ...OPENAI_DEFAULTS, ...options };
    this.name = `openai:${options.model}`;
    this.spec = options.spec;
    this.remote = isRemoteURL(options.baseURL);
    this.contextTokens = options.contextTokens;
    this.url = `${options.baseURL.replace(/\/+$/, '')}/chat/completions`;
    this.limiter = createLimiter(this.o.concurrency);
  }

  private body(req: ChatRequest, stream: boolean): Record<string, unknown> {
    const body: Record<string, unknown> = { model: this.o.model, messages: req.messages, stream };
    if (req.temperature !== undefined) body.temperature = req.temperature;
    if (req.topP !== undefined) body.top_p = req.topP;
    if (req.maxTokens !== undefined) body[this.compat.maxTokensField] = req.maxTokens;
    if (req.stop?.length) body.stop = req.stop;
    if (req.seed !== undefined) body.seed = req.seed;
    if (req.jsonSchema && this.compat.schema === 'json_schema') {
      body.response_format = { type: 'json_schema', json_schema: { name: 'response', schema: req.jsonSchema, strict: true } };
    } else if (req.jsonSchema) {
      // JSON mode does not enforce the schema, so state it; callers validate the result either way.
      body.response_format = { type: 'json_object' };
      body.messages = [
        ...req.messages,
        { role: 'system', content: `Reply with one JSON object matching this JSON Schema, and nothing else:\n${JSON.stringify(req.jsonSchema)}` },
      ];
    }
    if (stream && this.compat.streamOptions) body.stream_options = { include_usage: true };
    return body;
  }

  /** If a 400/422 says the server does not know a field we sent, stop sending it and report true (retry once). */
  private downgrade(err: unknown, req: ChatRequest, stream: boolean): boolean {
    if (!isQuarkError(err) || err.code !== 'MODEL_UPSTREAM_ERROR') return false;
    const status = Number(err.details?.upstreamStatus);
    if (status !== 400 && status !== 422) return false;
    const msg = err.message.toLowerCase();
    if (stream && this.compat.streamOptions && msg.includes('stream_options')) {
      this.compat.streamOptions = false;
      return true;
    }
    // OpenAI's reasoning models refuse max_tokens and name its replacement.
    if (req.maxTokens !== undefined && this.compat.maxTokensField === 'max_tokens' && msg.includes('max_completion_tokens')) {
      this.compat.maxTokensField = 'max_completion_tokens';
      return true;
    }
    if (req.jsonSchema && this.compat.schema === 'json_schema' && /response_format|json_schema|schema/.test(msg)) {
      this.compat.schema = 'json_object';
      return true;
    }
    return false;
  }

  async complete(req: ChatRequest, signal?: AbortSignal): Promise<ChatResult> {
    const attempt = async (): Promise<ChatResult> => {
      const release = await this.limiter.acquire(signal);
      const deadline = createDeadline(this.o.timeoutMs, signal);
      const ctx = { backend: this.name, url: this.url, timeoutMs: this.o.timeoutMs, deadline, phase: 'completion' };
      try {
        const send = () => postJson({ ...ctx, body: this.body(req, false), apiKey: this.o.apiKey });
        const res = await send().catch((err: unknown) => {
          if (this.downgrade(err, req, false)) return send();
          throw err;
        });
        let json: WireResponse;
        try {
          json = (await res.json()) as WireResponse;
        } catch (err) {
          if (deadline.signal.aborted) throw mapFetchError(err, ctx);
          throw modelErrors.MODEL_BAD_RESPONSE({ backend: this.name, reason: 'body is not JSON' }, { cause: err });
        }
        const choice = json.choices?.[0];
        if (!choice?.message) throw modelErrors.MODEL_BAD_RESPONSE({ backend: this.name, reason: 'no choices[0].message' });
        const text = stripThinking(choice.message.content ?? '');
        return { text, usage: toUsage(json.usage) ?? this.estimateUsage(req, text), finishReason: finishReason(choice.finish_reason) };
      } finally {
        deadline.dispose();
        release();
      }
    };
    try {
      return await withRetry(attempt, { retries: this.o.retries, baseDelayMs: this.o.retryBaseDelayMs, signal });
    } catch (err) {
      // Aborting is the caller's decision, not a failure: report it as a finish reason.
      if (signal?.aborted) return { text: '', usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'abort' };
      throw err;
    }
  }

  /** A server that reports no usage: the Qwen3 tokenizer's count of what was sent and received. */
  private estimateUsage(req: ChatRequest, text: string): TokenUsage {
    return { promptTokens: countTokens(req.messages.map((m) => m.content).join('\n')), completionTokens: countTokens(text) };
  }

  async *chat(req: ChatRequest, signal?: AbortSignal): AsyncGenerator<ChatDelta> {
    let release: () => void;
    try {
      release = await this.limiter.acquire(signal);
    } catch {
      yield { text: '', done: true, usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'abort' };
      return;
    }
    let deadline = createDeadline(this.o.timeoutMs, signal);
    const ctx = () => ({ backend: this.name, url: this.url, timeoutMs: this.o.timeoutMs, deadline, phase: 'streaming' });
    let text = '';
    const think = createThinkFilter();
    let usage: TokenUsage | undefined;
    let finish: FinishReason | undefined;
    try {
      try {
        // Retries happen only before the first byte of the answer: a half-streamed answer cannot be replayed.
        const res = await withRetry(
          async (n) => {
            if (n > 0) {
              deadline.dispose();
              deadline = createDeadline(this.o.timeoutMs, signal);
            }
            const send = () => postJson({ ...ctx(), phase: 'waiting for first byte', body: this.body(req, true), apiKey: this.o.apiKey });
            return send().catch((err: unknown) => {
              if (this.downgrade(err, req, true)) return send();
              throw err;
            });
          },
          { retries: this.o.retries, baseDelayMs: this.o.retryBaseDelayMs, signal },
        );
        if (!res.body) throw modelErrors.MODEL_BAD_RESPONSE({ backend: this.name, reason: 'empty streaming body' });
        for await (const data of readSseData(res.body)) {
          deadline.touch();
          if (data === '[DONE]') break;
          const chunk = this.parseChunk(data);
          usage = toUsage(chunk.usage) ?? usage;
          const choice = chunk.choices?.[0];
          if (choice?.finish_reason) finish = finishReason(choice.finish_reason);
          const piece = choice?.delta?.content ? think.push(choice.delta.content) : '';
          if (piece) {
            text += piece;
            yield { text: piece };
          }
        }
      } catch (err) {
        if (!signal?.aborted) throw mapFetchError(err, ctx());
        finish = 'abort';
      }
      const rest = think.flush();
      if (rest) {
        text += rest;
        yield { text: rest };
      }
      yield { text: '', done: true, finishReason: finish ?? 'stop', usage: usage ?? this.estimateUsage(req, text) };
    } finally {
      deadline.dispose();
      release();
    }
  }

  private parseChunk(data: string): WireResponse {
    let chunk: WireResponse & { error?: unknown };
    try {
      chunk = JSON.parse(data) as WireResponse & { error?: unknown };
    } catch {
      throw modelErrors.MODEL_BAD_RESPONSE({ backend: this.name, reason: `stream event is not JSON: ${data.slice(0, 80)}` });
    }
    // vLLM/SGLang report mid-stream failures as an {error} event.
    if (chunk.error) {
      const e = chunk.error as { message?: string; code?: number };
      throw modelErrors.MODEL_UPSTREAM_ERROR(
        { backend: this.name, upstreamStatus: Number(e.code) || 500, upstreamMessage: e.message ?? JSON.stringify(e).slice(0, 300) },
        { details: { upstreamStatus: Number(e.code) || 500 } },
      );
    }
    return chunk;
  }

  async close(): Promise<void> {
    // Stateless HTTP: nothing to release.
  }
}
