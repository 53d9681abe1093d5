import { describe, expect, it } from 'vitest';
import { cantoneseAsMandarin, isCantonese, readCantonese } from './cantonese-reading.js';
import { toSimplified } from './han-variants.js';

const read = (t: string) => readCantonese(toSimplified(t));

describe('isCantonese: written Cantonese, not Mandarin that shares its characters', () => {
  it('hears one character no Mandarin text writes, or two Cantonese words', () => {
    expect(isCantonese(toSimplified('我食咗兩粒藥'))).toBe(true);
    expect(isCantonese(toSimplified('我懷孕32週，頭先突然出好多血，肚仲好痛'))).toBe(true);
  });
  it('leaves Mandarin alone, even with 晒, 埋, 好, 落去 or 俾 in it', () => {
    for (const t of ['今天晒太阳晒伤了，好痛', '他把钥匙埋在花盆里', '叶子落去了', '没关系，唔，我想想', '俾斯麦是谁']) expect(readCantonese(t)).toBe(t);
  });
});

describe('readCantonese: grammar and everyday words in Mandarin', () => {
  it('reads the result particles 晒 and 埋 and the direction complement 落去', () => {
    expect(read('食咗藥之後成身起晒風癩，而家塊面腫埋')).toBe('吃了药之后成身起了风疹块，现在脸肿了');
    expect(read('封信都寫埋俾屋企人')).toBe('封信都写了给屋企人');
    expect(read('佢話想跳落去')).toBe('他说想跳下去');
  });
  it('reads a whole bottle put before its intake verb as 一整瓶, not a bottle poured out to count', () => {
    expect(read('成樽藥飲落去會唔會好快瞓著')).toBe('一整瓶药喝下去会不会很快睡着');
    expect(read('我將成樽藥倒晒出嚟數過')).not.toContain('一整瓶');
  });
  it('reads the passive 俾 before a harm verb and "cannot V"', () => {
    expect(read('我頭先俾狗咬親隻手')).toBe('我刚才被狗咬伤只手');
    expect(read('右邊手郁唔到，講嘢講唔到')).toBe('右边手动不了，说话讲不了');
  });
  it('keeps Mandarin words inside Cantonese text: 抑郁, 麻痹, 好多了', () => {
    expect(read('佢有抑郁症，而家好多了')).toBe('他有抑郁症，现在好多了');
    expect(cantoneseAsMandarin('面神经麻痹')).toBe('面神经麻痹');
  });
});
