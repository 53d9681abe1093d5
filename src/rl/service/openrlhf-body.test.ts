import { describe, expect, it } from 'vitest';
import { decodeAsciiJsonString, readOpenrlhfBody, scanOpenrlhfBody } from './openrlhf-body.js';

// Python json.dumps (ensure_ascii=True): every non-ASCII character as \uXXXX, surrogate pairs for astral ones.
const pyDumps = (v: unknown) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const template = (q: string) => `<|im_start|>user\n${q}<|im_end|>\n<|im_start|>assistant\n`;

describe('decodeAsciiJsonString', () => {
  it('decodes exactly what JSON.parse decodes, and declines what it cannot handle', () => {
    const samples = ['答案：B', 'tab\there "quoted" back\\slash /slash', '\u0001\u001f control', 'mixed 中文 and English\n\r\b\f', ''];
    for (const s of samples) {
      const raw = Buffer.from(pyDumps(s));
      expect(decodeAsciiJsonString(raw, 1, raw.length - 1)).toBe(JSON.parse(raw.toString()));
    }
    const emoji = Buffer.from(pyDumps('pain 😣'));
    expect(decodeAsciiJsonString(emoji, 1, emoji.length - 1)).toBeNull(); // surrogates: left to JSON.parse
    const utf8 = Buffer.from(JSON.stringify('答案'));
    expect(decodeAsciiJsonString(utf8, 1, utf8.length - 1)).toBeNull();
    const bad = Buffer.from('"\\uZZZZ"');
    expect(decodeAsciiJsonString(bad, 1, bad.length - 1)).toBeNull();
  });
});

describe('readOpenrlhfBody', () => {
  const prompts = [template('第一题：下列哪项正确？\nA. 甲\nB. 乙'), template('Which drug? 😣\nA. x\nB. y')];
  const responses = ['<think>推理……</think>答案：B<|im_end|>', 'The answer is A 😣.<|im_end|>'];
  const labels = ['{"task":"exam","gt":"B"}', '{"task":"exam","gt":"A"}'];
  const query = prompts.map((p, i) => p + responses[i]);

  it('returns the responses after their prompts, the prompts and the labels, from ASCII and UTF-8 bodies', () => {
    for (const body of [pyDumps({ query, prompts, labels }), JSON.stringify({ query, prompts, labels }, null, 1)]) {
      expect(readOpenrlhfBody(Buffer.from(body))).toEqual({ responses, prompts, labels });
    }
    expect(readOpenrlhfBody(Buffer.from('{"query": [], "prompts": [], "labels": []}'))).toEqual({ responses: [], prompts: [], labels: [] });
  });

  it('declines other shapes so the caller parses plain JSON', () => {
    expect(readOpenrlhfBody(Buffer.from(pyDumps({ query, prompts, labels, extra: 1 })))).toBeNull();
    expect(readOpenrlhfBody(Buffer.from(pyDumps({ query, labels })))).toBeNull();
    expect(readOpenrlhfBody(Buffer.from(pyDumps({ query, prompts, labels: [null, 'x'] })))).toBeNull();
    expect(readOpenrlhfBody(Buffer.from(pyDumps({ query: ['no prompt here', query[1]], prompts, labels })))).toBeNull();
    expect(readOpenrlhfBody(Buffer.from('{"query": ["a"], "prompts": ["a"], "labels": ["x"]} trailing'))).toBeNull();
  });

  it('the lazy reader decodes the same samples on demand and declines an empty label up front', () => {
    const reader = scanOpenrlhfBody(Buffer.from(pyDumps({ query, prompts, labels })))!;
    expect(reader.length).toBe(2);
    expect([0, 1].map((k) => reader.sample(k))).toEqual(responses.map((response, k) => ({ response, prompt: prompts[k], label: labels[k] })));
    expect(scanOpenrlhfBody(Buffer.from(pyDumps({ query, prompts, labels: ['', labels[1]] })))).toBeNull();
  });
});
