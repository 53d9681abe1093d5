// Spec string → Embedder. See embedder-spec.ts for the forms.
import { resolveApiKey } from '../api-key.js';
import type { Embedder } from '../embedder.js';
import { progressHandler, type ProgressOption } from '../download/progress-log.js';
import { parseEmbedderSpec } from './embedder-spec.js';
import { createOpenAIEmbedder } from './openai-embedder.js';

export { parseEmbedderSpec, type EmbedderSpec } from './embedder-spec.js';

export interface EmbedderOptions {
  env?: NodeJS.ProcessEnv;
  apiKey?: string;
  retryBaseDelayMs?: number;
  /** onnx:hf: download progress. Default: a line on stderr every 10%; false: silent. */
  onProgress?: ProgressOption;
}

export async function createEmbedder(spec: string, options: EmbedderOptions = {}): Promise<Embedder> {
  const parsed = parseEmbedderSpec(spec);
  const env = options.env ?? process.env;
  if (parsed.kind === 'openai') {
    return createOpenAIEmbedder({
      baseURL: parsed.baseURL,
      model: parsed.model,
      apiKey: options.apiKey ?? resolveApiKey(env),
      batch: parsed.batch,
      concurrency: parsed.concurrency,
      timeoutMs: parsed.timeoutMs,
      retries: parsed.retries,
      retryBaseDelayMs: options.retryBaseDelayMs,
    });
  }
  const { createOnnxEmbedder } = await import('./onnx-embedder.js');
  return createOnnxEmbedder(parsed, { env, onProgress: progressHandler(options.onProgress) });
}
