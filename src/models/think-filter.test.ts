import { describe, expect, it } from 'vitest';
import { createThinkFilter, stripThinking } from './think-filter.js';

function streamed(chunks: string[]): string {
  const f = createThinkFilter();
  return chunks.map((c) => f.push(c)).join('') + f.flush();
}

describe('think filter', () => {
  it('drops a leading <think> block, whole or split at any point', () => {
    const text = '<think>\nThe patient may have ACS; consider…\n</think>\n\nCall emergency services now.';
    expect(stripThinking(text)).toBe('Call emergency services now.');
    for (let size = 1; size <= 7; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(streamed(chunks), `chunk size ${size}`).toBe('Call emergency services now.');
    }
  });

  it('leaves ordinary answers untouched, including ones that mention tags later or start with "<"', () => {
    expect(stripThinking('Answer: B. <think> is not special here')).toBe('Answer: B. <think> is not special here');
    expect(streamed(['<', 'b>bold</b>'])).toBe('<b>bold</b>');
    expect(streamed(['  ', 'plain'])).toBe('  plain');
    expect(streamed(['<thi'])).toBe('<thi');
  });

  it('drops an unterminated thinking block (the answer never started)', () => {
    expect(streamed(['<think>still reasoning when max_tokens hit'])).toBe('');
  });
});
