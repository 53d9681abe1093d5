// One call path for every model-based verifier: identical requests in a batch are made once (32 rollouts often
// end in the same final answer), answers are cached, and the backend's own concurrency limit does the pacing.
import type { ChatBackend, ChatMessage } from '../../models/backend.js';
import { cacheKey, type ModelCache } from './cache.js';

export interface ModelCaller {
  readonly name: string;
  /** The reply text for these messages (cached; concurrent identical calls share one request). */
  ask(messages: ChatMessage[], options?: { json?: boolean }): Promise<string>;
  /** Requests actually sent to the model. */
  readonly calls: number;
  close(): Promise<void>;
}

const VERDICT_SCHEMA = { type: 'object', additionalProperties: true } as const;

export function createModelCaller(backend: ChatBackend, cache: ModelCache, options: { maxTokens?: number } = {}): ModelCaller {
  const inflight = new Map<string, Promise<string>>();
  let calls = 0;
  return {
    name: backend.name,
    get calls() {
      return calls;
    },
    async ask(messages, opts = {}) {
      const key = cacheKey(backend.spec, messages);
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const pending = inflight.get(key);
      if (pending) return pending;
      const p = (async () => {
        calls++;
        const res = await backend.complete({
          messages,
          temperature: 0,
          maxTokens: options.maxTokens ?? 512,
          ...(opts.json ? { jsonSchema: VERDICT_SCHEMA } : {}),
        });
        cache.set(key, res.text);
        return res.text;
      })();
      inflight.set(key, p);
      try {
        return await p;
      } finally {
        inflight.delete(key);
      }
    },
    close: () => backend.close(),
  };
}
