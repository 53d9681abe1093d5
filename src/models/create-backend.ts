// The one entry point that turns a spec string into a ChatBackend (or null = evidence mode).
// llama.cpp is imported lazily so the CLI starts fast and works where the native addon is missing.
import type { ChatBackend } from './backend.js';
import { resolveApiKey } from './api-key.js';
import { modelErrors } from './errors.js';
import { createDeadline, getJson } from './http-client.js';
import { parseModelSpec, type ModelSpec } from './model-spec.js';
import { OpenAIHttpBackend } from './backends/openai-http.js';
import { progressHandler, type ProgressOption } from './download/progress-log.js';

export { parseModelSpec, modelDisplayName, type ModelSpec } from './model-spec.js';
export { resolveModelSpec, resolveEmbedderSpec, loadConfig, listConfiguredModels } from './config.js';
export { addModelHint, NO_MODEL_HINT } from './model-hint.js';

export interface BackendOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the key from QUARKMED_API_KEY / OPENAI_API_KEY / DASHSCOPE_API_KEY. */
  apiKey?: string;
  /** openai: per-request timeout (streams: per gap between chunks). Spec `?timeout=` wins. */
  timeoutMs?: number;
  /** openai: extra attempts on 429/5xx/network errors. Spec `?retries=` wins. */
  retries?: number;
  retryBaseDelayMs?: number;
  /** openai: requests in flight at once. Spec `?concurrency=` wins. */
  concurrency?: number;
  /** llama: CPU threads (tests use 1). Spec `?threads=` wins. */
  threads?: number;
  /** llama: context window in tokens. Spec `?ctx=` wins. */
  contextSize?: number;
  /** llama: layers to offload to the GPU ("auto" by default). Spec `?gpu=` wins. */
  gpuLayers?: number;
  /** llama: requests generated at once (context sequences). Spec `?parallel=` wins. */
  parallel?: number;
  /** llama: download progress for hf:/https: models. Default: a line on stderr every 10%; false: silent. */
  onProgress?: ProgressOption;
  signal?: AbortSignal;
}

/** Ask the server which models it serves; used when a spec omits `#model` (single-model vLLM/Ollama/llama-server). */
async function firstServedModel(spec: Extract<ModelSpec, { kind: 'openai' }>, apiKey: string | undefined, timeoutMs: number): Promise<string> {
  const url = `${spec.baseURL}/models`;
  const deadline = createDeadline(timeoutMs);
  try {
    const json = (await getJson({ backend: `openai:${new URL(spec.baseURL).host}`, url, apiKey, timeoutMs, deadline, phase: 'listing models' })) as {
      data?: Array<{ id?: string }>;
    };
    const id = json.data?.find((m) => typeof m.id === 'string')?.id;
    if (!id) throw modelErrors.MODEL_SPEC_INVALID({ spec: spec.spec, reason: `${url} lists no models; add #<model> to the spec` });
    return id;
  } finally {
    deadline.dispose();
  }
}

export async function createBackend(spec: string, options: BackendOptions = {}): Promise<ChatBackend | null> {
  const parsed = parseModelSpec(spec);
  const env = options.env ?? process.env;
  if (parsed.kind === 'none') return null;
  if (parsed.kind === 'openai') {
    const keyEnv = parsed.options.keyEnv;
    const apiKey = options.apiKey ?? (keyEnv ? env[keyEnv]?.trim() || undefined : resolveApiKey(env));
    if (keyEnv && !apiKey) throw modelErrors.MODEL_SPEC_INVALID({ spec: parsed.spec, reason: `key_env names ${keyEnv}, which is not set` });
    const timeoutMs = parsed.options.timeoutMs ?? options.timeoutMs;
    const model = parsed.model ?? (await firstServedModel(parsed, apiKey, timeoutMs ?? 15_000));
    return new OpenAIHttpBackend({
      spec: parsed.spec,
      baseURL: parsed.baseURL,
      model,
      apiKey,
      ...(timeoutMs !== undefined && { timeoutMs }),
      ...(parsed.options.contextSize !== undefined && { contextTokens: parsed.options.contextSize }),
      ...((parsed.options.retries ?? options.retries) !== undefined && { retries: parsed.options.retries ?? options.retries }),
      ...(options.retryBaseDelayMs !== undefined && { retryBaseDelayMs: options.retryBaseDelayMs }),
      ...((parsed.options.concurrency ?? options.concurrency) !== undefined && {
        concurrency: parsed.options.concurrency ?? options.concurrency,
      }),
    });
  }
  const { createLlamaBackend } = await import('./backends/llama-cpp.js');
  return createLlamaBackend(parsed, {
    threads: parsed.options.threads ?? options.threads,
    contextSize: parsed.options.contextSize ?? options.contextSize,
    gpuLayers: parsed.options.gpuLayers ?? options.gpuLayers,
    parallel: parsed.options.parallel ?? options.parallel,
    onProgress: progressHandler(options.onProgress),
    signal: options.signal,
    env,
  });
}
