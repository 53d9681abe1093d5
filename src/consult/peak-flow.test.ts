import { describe, expect, it } from 'vitest';
import { readPeakFlow } from './peak-flow.js';

describe('peak flow against the usual', () => {
  it('reads the ratio: 50–75 % urgent, under 50 % emergency (BTS/SIGN 158)', () => {
    // consult-cases-23 c23-055's reply.
    expect(readPeakFlow('说话能说完整句子。；我有峰流速仪 平时450 现在270左右。；上周感冒了。')?.level).toBe('urgent');
    expect(readPeakFlow("My peak flow is usually 500, today it's 220.")?.level).toBe('emergency');
  });
  it('says nothing at 75 % or more, or without both values', () => {
    expect(readPeakFlow('峰流速现在350，平时400')).toBeUndefined();
    expect(readPeakFlow('我有峰流速仪，现在270')).toBeUndefined();
    expect(readPeakFlow('平时走路450步，现在270步')).toBeUndefined();
  });
});
