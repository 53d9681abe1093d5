import { describe, expect, it } from 'vitest';
import { readSseData } from './sse.js';

function streamOf(parts: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
}

async function all(s: ReadableStream<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  for await (const d of readSseData(s)) out.push(d);
  return out;
}

describe('readSseData', () => {
  it('joins events split anywhere, including inside a multi-byte character, and handles CRLF', async () => {
    const text = 'data: {"t":"胸痛"}\r\n\r\n: keep-alive comment\n\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    // Split every 3 bytes: 胸 (3 bytes in UTF-8) straddles chunk boundaries.
    const parts = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
    expect(await all(streamOf(parts))).toEqual(['{"t":"胸痛"}', 'line1\nline2', '[DONE]']);
  });

  it('yields a last event that lacks the closing blank line', async () => {
    expect(await all(streamOf([new TextEncoder().encode('data: a\n\ndata: b')]))).toEqual(['a', 'b']);
  });
});
