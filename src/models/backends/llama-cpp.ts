// In-process llama.cpp ChatBackend (node-llama-cpp). The GGUF's own chat template formats messages; a JSON schema
// becomes a GBNF grammar so output always parses; stop strings are custom stop triggers; a signal ends generation
// early with finishReason "abort". Requests queue for a free context sequence (one per `parallel`).
// @ts-ignore -- optional extra (npm run models:install): absent in a default install (an error there), typed when present (no error: hence ignore, not expect-error)
import type { ChatHistoryItem, LlamaChat, LlamaContext, LlamaGrammar, LlamaModel } from 'node-llama-cpp';
import type { ChatBackend, ChatDelta, ChatRequest, ChatResult, FinishReason, JsonSchema } from '../backend.js';
import { modelErrors } from '../errors.js';
import { createLimiter, type Limiter } from '../limiter.js';
import { modelDisplayName, type ModelSpec } from '../model-spec.js';
import type { DownloadProgress } from '../download/progress.js';
import { resolveGguf } from '../download/gguf-source.js';
import { acquireModel, getRuntime, loadNodeLlamaCpp, releaseModel } from './llama-runtime.js';

export interface LlamaBackendOptions {
  threads?: number;
  /** Tokens; default min(model's training context, 8192). */
  contextSize?: number;
  gpuLayers?: number;
  /** Requests generated at once (context sequences). Default 1. */
  parallel?: number;
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export const LLAMA_DEFAULT_MAX_CONTEXT = 8192;

function toHistory(req: ChatRequest): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = req.messages.map((m) =>
    m.role === 'assistant' ? { type: 'model', response: [m.content] } : { type: m.role, text: m.content },
  );
  // Generation continues the last model turn; add an empty one unless the caller pre-filled it.
  if (history.at(-1)?.type !== 'model') history.push({ type: 'model', response: [] });
  return history;
}

class LlamaCppBackend implements ChatBackend {
  readonly name: string;
  readonly spec: string;
  readonly kind = 'llama' as const;
  readonly remote = false;
  private readonly limiter: Limiter;
  /** One LlamaChat per context sequence, made once: resolving the GGUF's chat template costs ~0.5 s. */
  private readonly free: LlamaChat[];
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  private closed = false;

  constructor(
    spec: ModelSpec,
    readonly path: string,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly gpuLayers: number | undefined,
    chats: LlamaChat[],
  ) {
    this.name = modelDisplayName(spec);
    this.spec = spec.spec;
    this.free = chats;
    this.limiter = createLimiter(this.free.length);
  }

  get contextTokens(): number {
    return this.context.contextSize;
  }

  private grammar(schema: JsonSchema): Promise<LlamaGrammar> {
    const k = JSON.stringify(schema);
    let g = this.grammars.get(k);
    if (!g) {
      g = getRuntime().then(async (llama) => {
        try {
          // node-llama-cpp types the schema structurally; it validates the subset it supports at runtime.
          return await llama.createGrammarForJsonSchema(schema as Parameters<typeof llama.createGrammarForJsonSchema>[0]);
        } catch (err) {
          throw modelErrors.MODEL_SCHEMA_UNSUPPORTED({ backend: this.name, reason: (err as Error).message }, { cause: err });
        }
      });
      g.catch(() => this.grammars.delete(k));
      if (this.grammars.size > 32) this.grammars.delete(this.grammars.keys().next().value as string);
      this.grammars.set(k, g);
    }
    return g;
  }

  /** Runs one generation, pushing text pieces to `onText`; resolves with the final result. */
  private async generate(req: ChatRequest, onText: (t: string) => void, signal?: AbortSignal): Promise<ChatResult> {
    if (this.closed) throw modelErrors.MODEL_LOAD_FAILED({ path: this.path, reason: 'backend is closed' });
    const aborted = (): ChatResult => ({ text: '', usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'abort' });
    if (signal?.aborted) return aborted();
    let release: () => void;
    try {
      release = await this.limiter.acquire(signal);
    } catch {
      return aborted();
    }
    const chat = this.free.pop() as LlamaChat;
    const sequence = chat.sequence;
    try {
      const history = toHistory(req);
      const promptTokens = chat.chatWrapper.generateContextState({ chatHistory: history }).contextText.tokenize(this.model.tokenizer).length;
      if (promptTokens >= this.context.contextSize) {
        throw modelErrors.MODEL_CONTEXT_OVERFLOW({ backend: this.name, promptTokens, contextSize: this.context.contextSize });
      }
      const grammar = req.jsonSchema ? await this.grammar(req.jsonSchema) : undefined;
      // The sequence's meter counts every sampled token, including ones held back while a stop trigger might match.
      const outputBefore = sequence.tokenMeter.usedOutputTokens;
      const res = await chat.generateResponse(history, {
        onTextChunk: onText,
        signal,
        stopOnAbortSignal: true,
        // Never let generation overflow the context: a context shift would silently drop part of the prompt.
        maxTokens: Math.min(req.maxTokens ?? Infinity, this.context.contextSize - promptTokens),
        temperature: req.temperature,
        topP: req.topP,
        seed: req.seed,
        grammar,
        customStopTriggers: req.stop?.filter((s) => s.length > 0),
      });
      const completionTokens = sequence.tokenMeter.usedOutputTokens - outputBefore;
      const stop = res.metadata.stopReason;
      const finishReason: FinishReason = stop === 'maxTokens' ? 'length' : stop === 'abort' ? 'abort' : 'stop';
      return { text: res.response, usage: { promptTokens, completionTokens }, finishReason };
    } catch (err) {
      if (signal?.aborted) return aborted();
      throw err;
    } finally {
      this.free.push(chat);
      release();
    }
  }

  complete(req: ChatRequest, signal?: AbortSignal): Promise<ChatResult> {
    return this.generate(req, () => undefined, signal);
  }

  async *chat(req: ChatRequest, signal?: AbortSignal): AsyncGenerator<ChatDelta> {
    // Bridge the callback API to an async iterator; if the consumer stops reading, generation is aborted.
    const stop = new AbortController();
    const onOuter = () => stop.abort(signal?.reason);
    if (signal?.aborted) stop.abort(signal.reason);
    else signal?.addEventListener('abort', onOuter, { once: true });
    const queue: string[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    const pending = this.generate(
      req,
      (t) => {
        queue.push(t);
        wake?.();
      },
      stop.signal,
    ).finally(() => {
      finished = true;
      wake?.();
    });
    pending.catch(() => undefined);
    try {
      for (;;) {
        while (queue.length) yield { text: queue.shift() as string };
        if (finished) break;
        await new Promise<void>((r) => (wake = r));
        wake = undefined;
      }
      const result = await pending;
      while (queue.length) yield { text: queue.shift() as string };
      yield { text: '', done: true, usage: result.usage, finishReason: result.finishReason };
    } finally {
      signal?.removeEventListener('abort', onOuter);
      if (!finished) {
        stop.abort(new Error('consumer stopped reading'));
        await pending.catch(() => undefined);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const chat of this.free) chat.dispose();
    await this.context.dispose();
    await releaseModel(this.path, this.gpuLayers);
  }
}

export async function createLlamaBackend(spec: Extract<ModelSpec, { kind: 'llama' }>, o: LlamaBackendOptions = {}): Promise<ChatBackend> {
  const path = await resolveGguf(spec.source, { env: o.env, onProgress: o.onProgress, signal: o.signal });
  const model = await acquireModel(path, o.gpuLayers);
  try {
    const train = model.trainContextSize;
    const contextSize = o.contextSize ?? Math.min(train, LLAMA_DEFAULT_MAX_CONTEXT);
    const context = await model.createContext({
      contextSize,
      sequences: o.parallel ?? 1,
      ...(o.threads !== undefined && { threads: o.threads }),
    });
    const { LlamaChat, resolveChatWrapper } = await loadNodeLlamaCpp();
    // The GGUF's own template (Qwen, Llama 3, ChatML… or its raw Jinja), resolved once for every sequence.
    const chatWrapper = resolveChatWrapper(model);
    const chats = Array.from({ length: context.totalSequences }, () => new LlamaChat({ contextSequence: context.getSequence(), chatWrapper }));
    return new LlamaCppBackend(spec, path, model, context, o.gpuLayers, chats);
  } catch (err) {
    await releaseModel(path, o.gpuLayers);
    if (err instanceof Error && 'code' in err) throw err;
    throw modelErrors.MODEL_LOAD_FAILED({ path, reason: (err as Error).message }, { cause: err });
  }
}
