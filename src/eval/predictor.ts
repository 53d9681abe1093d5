// What the runner asks for an answer: an LLM backend, or a model-free baseline that reads the item itself.
import type { ChatBackend, ChatMessage, ChatResult } from '../models/backend.js';
import type { BenchItem } from './types.js';

export interface PredictParams {
  temperature: number;
  maxTokens: number;
  seed?: number;
}

export interface Predictor {
  /** Identity used in cache keys and reports (the model spec). */
  readonly id: string;
  /** False for deterministic local predictors where caching would only cost disk. */
  readonly cacheable: boolean;
  predict(item: BenchItem, messages: ChatMessage[], params: PredictParams, signal?: AbortSignal): Promise<ChatResult>;
  close(): Promise<void>;
}

/** Any ChatBackend (OpenAI-compatible HTTP, llama.cpp) as a predictor: one completion per item. */
export function chatPredictor(backend: ChatBackend): Predictor {
  return {
    id: backend.spec,
    cacheable: true,
    predict: (_item, messages, params, signal) =>
      backend.complete(
        { messages, temperature: params.temperature, maxTokens: params.maxTokens, ...(params.seed !== undefined ? { seed: params.seed } : {}) },
        signal,
      ),
    close: () => backend.close(),
  };
}
