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
  it('skips a dose or a heart rate: the number right after the NOW word is the reading (review s40 S2 b12, b13)', () => {
    // b12: 430 of 450 (96 %) after 200 µg salbutamol, read as 200 (44 %) at HEAD.
    expect(readPeakFlow('平时峰流速450，现在吸了200微克沙丁胺醇后430')).toBeUndefined();
    // b13: 400 of 450 (89 %), the heart rate 110 read as the reading at HEAD.
    expect(readPeakFlow('now HR 110, peak flow usual 450 now 400')).toBeUndefined();
    expect(readPeakFlow('peak flow usually 450, now after 2 puffs 400')).toBeUndefined();
    expect(readPeakFlow('峰流速平时450，心率120，现在200')?.now).toBe(200);
    // b15 keeps its gain.
    expect(readPeakFlow('峰流速现在只有200，平时有450')?.level).toBe('emergency');
  });
});
