// The one chat interface every model backend implements (OpenAI-compatible HTTP, llama.cpp in-process).
// Evidence mode ("none") is the absence of a backend: createBackend returns null and callers fall back.
// A backend states what callers decide on — its kind, whether prompts leave the machine, its context size — so
// nobody guesses from its name or re-parses its spec.

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A JSON Schema object; backends that support constrained decoding enforce it. */
export type JsonSchema = Record<string, unknown>;

export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  stop?: string[];
  seed?: number;
  /** Ask for output matching this schema (grammar in llama.cpp, response_format on OpenAI servers). */
  jsonSchema?: JsonSchema;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export type FinishReason = 'stop' | 'length' | 'error' | 'abort';

/** A streamed piece of the answer; the last delta has `done: true` with usage and finish reason. */
export interface ChatDelta {
  text: string;
  done?: boolean;
  usage?: TokenUsage;
  finishReason?: FinishReason;
}

export interface ChatResult {
  text: string;
  usage: TokenUsage;
  finishReason: FinishReason;
}

/** Where the model runs: an OpenAI-compatible server, llama.cpp in this process, or a scripted test double. */
export type BackendKind = 'openai' | 'llama' | 'scripted';

export interface ChatBackend {
  /** Short display name, e.g. "openai:qwen2.5-7b" or "llama:tiny.gguf". */
  readonly name: string;
  /** The spec string it was created from (see model-spec.ts). */
  readonly spec: string;
  readonly kind: BackendKind;
  /** True when prompts leave this machine (a server on a non-loopback host): a third party reads them. */
  readonly remote: boolean;
  /** The context window in tokens (prompt + answer), or undefined when unknown (a server given no `?ctx=`). */
  readonly contextTokens: number | undefined;
  chat(request: ChatRequest, signal?: AbortSignal): AsyncIterable<ChatDelta>;
  complete(request: ChatRequest, signal?: AbortSignal): Promise<ChatResult>;
  close(): Promise<void>;
}
