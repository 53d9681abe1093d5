// A ChatBackend that answers from a script, in process (no HTTP): `answer(request)` writes the reply to answer
// prompts; JSON-schema calls (relevance judge, triage second opinion, compliance judge) get `judge(request)`.
// Used to play a model that obeys a poisoned document and a judge that waves everything through.
import type { ChatBackend, ChatDelta, ChatRequest, ChatResult } from '../../src/models/backend.js';

export interface ScriptedBackendOptions {
  answer: (request: ChatRequest) => string;
  /** Reply to schema-constrained calls (default: a compliance judge that finds nothing wrong). */
  judge?: (request: ChatRequest) => string;
  name?: string;
  /** The context window the double claims (default: unknown). */
  contextTokens?: number;
}

export function scriptedBackend(options: ScriptedBackendOptions): ChatBackend & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  const judge = options.judge ?? (() => '{"score": 10, "violated": [], "reason": "compliant"}');
  const reply = (req: ChatRequest) => (req.jsonSchema ? judge(req) : options.answer(req));
  return {
    name: options.name ?? 'scripted',
    spec: 'scripted',
    kind: 'scripted',
    remote: false,
    contextTokens: options.contextTokens,
    requests,
    async *chat(request: ChatRequest): AsyncIterable<ChatDelta> {
      requests.push(request);
      yield { text: reply(request) };
      yield { text: '', done: true, finishReason: 'stop' };
    },
    async complete(request: ChatRequest): Promise<ChatResult> {
      requests.push(request);
      return { text: reply(request), usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'stop' };
    },
    async close() {},
  };
}
