import { describe, expect, it } from 'vitest';
import { HAN_VARIANT_PAIRS, hasTraditional, toSimplified } from './han-variants.js';

describe('traditional → simplified', () => {
  it('pairs every traditional character with one simplified character, each listed once', () => {
    const t = [...HAN_VARIANT_PAIRS.traditional];
    const s = [...HAN_VARIANT_PAIRS.simplified];
    expect(t.length).toBe(s.length);
    expect(new Set(t).size).toBe(t.length);
    for (const [i, c] of t.entries()) expect(c).not.toBe(s[i]);
  });

  it('reads drug, disease and lab names character for character, keeping offsets', () => {
    expect(toSimplified('華法林')).toBe('华法林');
    expect(toSimplified('心房顫動')).toBe('心房颤动');
    expect(toSimplified('甲巰咪唑')).toBe('甲巯咪唑');
    expect(toSimplified('膽固醇 鉀 參考範圍')).toBe('胆固醇 钾 参考范围');
    expect(toSimplified('綜合徵').length).toBe(3);
    expect(toSimplified('plain English')).toBe('plain English');
    expect(hasTraditional('華法林')).toBe(true);
    expect(hasTraditional('华法林')).toBe(false);
  });
});

// Review s21 S0c: 潔廁靈 (toilet cleaner) in traditional text read 洁廁灵, so every 洁厕灵 reading missed it.
describe('toilet and room characters', () => {
  it('reads 廁 and 廂 as 厕 and 厢', () => {
    expect(toSimplified('潔廁靈濺到眼睛裡了')).toBe('洁厕灵溅到眼睛里了');
    expect(toSimplified('車廂')).toBe('车厢');
  });
});
