import { describe, expect, it } from 'vitest';
import { readingsZh, soundAlikeZh, soundKeysEn } from './name-sound.js';

describe('names read by sound', () => {
  it('Chinese: homophones typed by pinyin input sound alike (鸭/压, 钪/亢, 疯/风, 送/松)', () => {
    expect([soundAlikeZh('鸭', '压'), soundAlikeZh('钪', '亢'), soundAlikeZh('疯', '风'), soundAlikeZh('送', '松')]).toEqual([true, true, true, true]);
  });
  it('Chinese: the n/l and flat/retroflex pairs input methods fold (料/尿, 资/知)', () => {
    expect([soundAlikeZh('料', '尿'), soundAlikeZh('资', '知')]).toEqual([true, true]);
  });
  it('Chinese: front and back nasals are not folded (痒 is no slip of 炎), nor different sounds, nor a character itself', () => {
    expect([soundAlikeZh('痒', '炎'), soundAlikeZh('低', '高'), soundAlikeZh('压', '压')]).toEqual([false, false, false]);
  });
  it('Chinese: every reading of a polyphone, none for a non-Han character', () => {
    expect(readingsZh('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
    expect(readingsZh('a')).toEqual([]);
  });
  it('English: a name spelt by ear has the name’s Double Metaphone key (newmonia, sorisis)', () => {
    expect(soundKeysEn('newmonia')).toEqual(soundKeysEn('pneumonia'));
    expect(soundKeysEn('sorisis').some((k) => soundKeysEn('psoriasis').includes(k))).toBe(true);
    expect(soundKeysEn('gout').some((k) => soundKeysEn('goiter').includes(k))).toBe(false);
  });
  it('English: keys of fewer than three sounds say too little and are dropped', () => {
    expect(soundKeysEn('flu')).toEqual([]);
  });
});
