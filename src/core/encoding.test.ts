import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { decodeText } from './encoding.js';

describe('decodeText', () => {
  it('reads the GB18030 Toyhom corpus as Chinese text', () => {
    const bytes = readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv')).subarray(0, 4096);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('department,title,ask,answer')).toBe(true);
    expect(text).toMatch(/高血压/);
  });

  it('keeps UTF-8 and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('胸痛 chest pain')]);
    expect(decodeText(bytes)).toEqual({ text: '胸痛 chest pain', encoding: 'utf-8' });
  });
});
