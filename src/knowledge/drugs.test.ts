import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { createDrugLexicon, drugKey, getDrugLexicon } from './drugs.js';

const lex = getDrugLexicon(sharedPath('terms'));

describe('drug names', () => {
  it('folds salts, release modifiers and dosage forms', () => {
    expect(drugKey('盐酸二甲双胍缓释片')).toBe('二甲双胍');
    expect(drugKey('注射用头孢曲松钠')).toBe('头孢曲松');
    expect(drugKey('Metformin Hydrochloride Tablets 500 mg')).toBe('metformin');
    expect(drugKey('氯化钾')).toBe('氯化钾');
    expect(drugKey('雷公藤多甙片')).toBe(drugKey('雷公藤多苷片'));
    // A number inside the name is the name (vitamin B1 ≠ B2); a dose is not.
    expect(lex.canonical('Vitamin B2')).not.toBe(lex.canonical('维生素B1片'));
    expect(drugKey('Vitamin B12 1000 mcg')).toBe(drugKey('vitamin B12'));
    expect(drugKey('Montmorillonite powder')).toBe('montmorillonite');
    expect(lex.canonical('Human serum albumin')).toBe(lex.canonical('人血白蛋白'));
    expect(lex.canonical('甲基强的松龙')).toBe(lex.canonical('甲泼尼龙片'));
  });

  it('maps brand and English names to the Chinese generic', () => {
    expect(lex.canonical('格华止')).toBe('二甲双胍');
    expect(lex.canonical('Tylenol')).toBe('对乙酰氨基酚');
    expect(lex.canonical('acetaminophen')).toBe('对乙酰氨基酚');
    expect(lex.canonical('拜阿司匹灵')).toBe(lex.canonical('阿司匹林肠溶片'));
  });

  it('knows drugs from the dictionary and the NMPA imported-drug list', () => {
    expect(lex.isKnown('藿香正气水')).toBe(true);
    expect(lex.isKnown('瑞利珠单抗注射液')).toBe(true);
    expect(lex.isKnown('不存在的药名')).toBe(false);
    expect(lex.size).toBeGreaterThan(3000);
  });

  it('finds drugs in text', () => {
    expect(lex.findDrugs('建议口服布洛芬缓释胶囊，必要时加用泰诺林；避免阿司匹林。')).toEqual(['布洛芬', '对乙酰氨基酚', '阿司匹林']);
    expect(createDrugLexicon({ aliases: { 测试药: ['testdrug'] } }).canonical('TestDrug')).toBe('测试药');
  });
});
