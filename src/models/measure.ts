// Time one streamed request: time to first token, generation speed, total latency (`quarkmed model test`, bench).
import type { ChatBackend, ChatRequest, FinishReason, TokenUsage } from './backend.js';

export interface Measurement {
  backend: string;
  text: string;
  /** Milliseconds from sending the request to the first non-empty delta. */
  firstTokenMs: number;
  totalMs: number;
  usage: TokenUsage;
  /** Completion tokens per second after the first token (decode speed); 0 when fewer than two tokens. */
  tokensPerSecond: number;
  finishReason: FinishReason;
}

export const DEFAULT_TEST_PROMPT = 'In one sentence: what is hypertension?';

export async function measureChat(
  backend: ChatBackend,
  request: ChatRequest,
  signal?: AbortSignal,
  now: () => number = performance.now.bind(performance),
): Promise<Measurement> {
  const start = now();
  let first: number | undefined;
  let text = '';
  let usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  let finishReason: FinishReason = 'stop';
  for await (const d of backend.chat(request, signal)) {
    if (d.text) {
      first ??= now();
      text += d.text;
    }
    if (d.done) {
      usage = d.usage ?? usage;
      finishReason = d.finishReason ?? finishReason;
    }
  }
  const end = now();
  const firstTokenMs = (first ?? end) - start;
  const decodeMs = end - (first ?? end);
  const tokensPerSecond = usage.completionTokens > 1 && decodeMs > 0 ? ((usage.completionTokens - 1) * 1000) / decodeMs : 0;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { backend: backend.name, text, firstTokenMs: r1(firstTokenMs), totalMs: r1(end - start), usage, tokensPerSecond: r1(tokensPerSecond), finishReason };
}
