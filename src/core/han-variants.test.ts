import { describe, expect, it } from 'vitest';
import { commitmentReadingForm, HAN_VARIANT_PAIRS, hasTraditional, toSimplified } from './han-variants.js';

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

// Session 23 (#12): characters simplified Chinese writes too were folded in simplified text — 显著 read 显着, 癥瘕 and
// the chemical 噁唑 (磺胺甲噁唑) lost their character; 便祕 kept its traditional 祕.
describe('characters both scripts write', () => {
  it('keeps 著, 癥 and 噁 in the words simplified text writes them in', () => {
    for (const s of ['白细胞显著升高', '著名的专家', '土著', '癥瘕积聚', '复方磺胺甲噁唑片', '二噁英']) expect(toSimplified(s)).toBe(s);
    expect(toSimplified('顯著升高')).toBe('显著升高');
    expect(toSimplified('複方磺胺甲噁唑')).toBe('复方磺胺甲噁唑');
    expect(hasTraditional('白细胞显著升高')).toBe(false);
  });

  it('folds them where traditional text means the other character', () => {
    expect(toSimplified('晚上睡不著')).toBe('晚上睡不着');
    expect(toSimplified('著涼了，很著急')).toBe('着凉了，很着急');
    expect(toSimplified('有噁心的感覺')).toBe('有恶心的感觉');
    expect(toSimplified('癥狀')).toBe('症状');
    expect(hasTraditional('睡不著')).toBe(true);
  });

  it('reads 便祕 as 便秘', () => {
    expect(toSimplified('長期便祕')).toBe('长期便秘');
  });
});

describe('commitmentReadingForm: Cantonese negation, copula and choice in Mandarin form, length kept', () => {
  it.each([
    ['維拉帕米係唔得嘅', '维拉帕米是不行嘅'],
    ['唔係A，係B', '不是A，是B'],
    ['我揀咗B', '我选了B'],
    ['A定B', 'A或B'],
    ['關係', '关系'],
    ['A定係B', 'A定系B'],
    ['唔知係邊個', '唔知是边个'],
    ['唔該晒', '唔该晒'],
    ['唔好意思', '不好意思'],
    ['唔好用', '不要用'],
    ['冇關係', '没关系'],
  ] as const)('%s → %s', (text, want) => {
    expect(commitmentReadingForm(text)).toBe(want);
    expect(commitmentReadingForm(text).length).toBe(text.length);
  });
});
