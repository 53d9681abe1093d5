import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.js';
import { estimateTokens } from '../core/tokens.js';
import { chunkDoc, chunkText, splitSentences } from './chunk.js';

describe('chunking', () => {
  it('keeps a short section whole and never crosses sections', () => {
    const doc = makeDoc({
      id: 'd:1',
      title: '高血压',
      sections: [
        { path: ['概述'], text: '高血压是常见慢性病。' },
        { path: ['治疗', '药物'], text: '常用药物包括钙通道阻滞剂。' },
      ],
      source: 'd',
      lang: 'zh',
      authority: 'B',
    });
    const chunks = chunkDoc(doc);
    expect(chunks.map((c) => [c.id, c.sectionPath, c.title, c.text])).toEqual([
      ['d:1#0', ['概述'], '高血压', '高血压是常见慢性病。'],
      ['d:1#1', ['治疗', '药物'], '高血压', '常用药物包括钙通道阻滞剂。'],
    ]);
  });

  it('bounds chunk size for long Chinese and English text, losing no text', () => {
    const zh = Array.from({ length: 60 }, (_, i) => `第${i}句话描述了疾病的一个方面，包括症状和治疗。`).join('');
    const en = Array.from({ length: 80 }, (_, i) => `Sentence ${i} describes one aspect of the disease and its care.`).join(' ');
    for (const text of [zh, en, `${zh}\n\n${en}`]) {
      const parts = chunkText(text, { maxTokens: 120 });
      expect(parts.length).toBeGreaterThan(2);
      for (const p of parts) expect(estimateTokens(p)).toBeLessThanOrEqual(150);
      expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('keeps a short heading line with the paragraph after it', () => {
    const body = '(一)发病原因\n' + '病原菌是百日咳杆菌，'.repeat(40);
    const parts = chunkText(body, { maxTokens: 120 });
    expect(parts[0].startsWith('(一)发病原因\n病原菌')).toBe(true);
  });

  it('hard-cuts a sentence longer than the bound at a space', () => {
    const long = Array.from({ length: 300 }, () => 'word').join(' ');
    const parts = splitSentences(long, 50);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.every((p) => !p.startsWith(' ') && estimateTokens(p) <= 50)).toBe(true);
  });
});
