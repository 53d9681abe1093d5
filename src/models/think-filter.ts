// Reasoning models served without a reasoning parser (Qwen3 / DeepSeek-R1 on Ollama or plain vLLM) put their
// chain of thought in `content` as a leading <think>…</think> block. That text is not an answer and cites nothing,
// so backends drop it. Streaming-safe: tags split across chunks are recognised.

const OPEN = '<think>';
const CLOSE = '</think>';

export interface ThinkFilter {
  /** Feed a chunk; returns the visible part (possibly ''). */
  push(chunk: string): string;
  /** End of stream: returns anything still held back (an unterminated block is dropped). */
  flush(): string;
}

export function createThinkFilter(): ThinkFilter {
  // 'gap': after </think>, swallowing the blank lines before the answer.
  let state: 'start' | 'thinking' | 'gap' | 'answer' = 'start';
  let buf = '';
  return {
    push(chunk) {
      if (state === 'answer') return chunk;
      if (state === 'gap') {
        const out = chunk.replace(/^\s+/, '');
        if (out) state = 'answer';
        return out;
      }
      buf += chunk;
      if (state === 'start') {
        const trimmed = buf.trimStart();
        if (trimmed.length < OPEN.length && OPEN.startsWith(trimmed)) return '';
        if (!trimmed.startsWith(OPEN)) {
          state = 'answer';
          const out = buf;
          buf = '';
          return out;
        }
        state = 'thinking';
        buf = trimmed.slice(OPEN.length);
      }
      const end = buf.indexOf(CLOSE);
      if (end < 0) {
        // Keep only a tail that could be the start of the closing tag.
        buf = buf.slice(Math.max(0, buf.length - CLOSE.length + 1));
        return '';
      }
      const out = buf.slice(end + CLOSE.length).replace(/^\s+/, '');
      state = out ? 'answer' : 'gap';
      buf = '';
      return out;
    },
    flush() {
      const out = state === 'start' ? buf : '';
      buf = '';
      return out;
    },
  };
}

/** Whole-text form for non-streamed replies. */
export function stripThinking(text: string): string {
  const f = createThinkFilter();
  return f.push(text) + f.flush();
}
