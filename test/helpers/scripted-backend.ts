// A ChatBackend that answers from a script, in process (no HTTP): `answer(request)` writes the reply to answer
// prompts; JSON-schema calls (relevance judge, triage second opinion, compliance judge) get `judge(request)`.
// Used to play a model that obeys a poisoned document and a judge that waves everything through.
import type { ChatBackend, ChatDelta, ChatRequest, ChatResult } from '../../src/models/backend.js';

/** A reply, or a promise of one (a slow model: the call is abandoned when the caller's signal aborts). */
export type ScriptedReply = string | Promise<string>;

export interface ScriptedBackendOptions {
  answer: (request: ChatRequest) => ScriptedReply;
  /** Reply to schema-constrained calls (default: a compliance judge that finds nothing wrong). */
  judge?: (request: ChatRequest) => ScriptedReply;
  name?: string;
  /** The context window the double claims (default: unknown). */
  contextTokens?: number;
}

export function scriptedBackend(options: ScriptedBackendOptions): ChatBackend & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const judge = options.judge ?? (() => '{"score": 10, "violated": [], "reason": "compliant"}');
  const reply = async (req: ChatRequest, signal?: AbortSignal): Promise<string> => {
    const r = req.jsonSchema ? judge(req) : options.answer(req);
    if (typeof r === 'string') return r;
    return new Promise<string>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new Error('aborted')));
      void r.then(resolve, reject);
    });
  };
  return {
    name: options.name ?? 'scripted',
    spec: 'scripted',
    kind: 'scripted',
    remote: false,
    contextTokens: options.contextTokens,
    requests,
    async *chat(request: ChatRequest, signal?: AbortSignal): AsyncIterable<ChatDelta> {
      requests.push(request);
      yield { text: await reply(request, signal) };
      yield { text: '', done: true, finishReason: 'stop' };
    },
    async complete(request: ChatRequest, signal?: AbortSignal): Promise<ChatResult> {
      requests.push(request);
      return { text: await reply(request, signal), usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'stop' };
    },
    async close() {},
  };
}
