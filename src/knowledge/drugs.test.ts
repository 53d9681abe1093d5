import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { readFileSync } from 'node:fs';
import { createDrugLexicon, drugKey, findMedicineNames, getDrugLexicon, isMedicineShape, namesMedicine } from './drugs.js';

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

describe('does this name a medicine', () => {
  it('knows medicines by INN stem or Chinese generic ending, not ordinary words with a similar ending', () => {
    for (const w of ['metoprolol', 'apixaban', 'dapagliflozin', 'semaglutide', 'clopidogrel', 'cefuroxime', 'sertraline'])
      expect(isMedicineShape(w), w).toBe(true);
    for (const w of ['routine', 'guideline', 'pesticide', 'outside', 'vaccine', 'fine', 'cholesterol'])
      expect(isMedicineShape(w, { loose: true }), w).toBe(false);
    expect(isMedicineShape('digoxin')).toBe(false);
    expect(isMedicineShape('digoxin', { loose: true })).toBe(true);
    for (const w of ['阿莫西林', '氨氯地平', '布洛芬', '氯雷他定片']) expect(isMedicineShape(w), w).toBe(true);
    for (const w of ['放松', '胆固醇', '血糖', '骨质疏松']) expect(isMedicineShape(w, { loose: true }), w).toBe(false);
  });

  it('finds medicines in running text, known to the lexicon or not', () => {
    expect(namesMedicine('服用阿莫西林胶囊三天')).toBe(true);
    expect(namesMedicine('多喝水，放松心情，胆固醇偏高要注意饮食')).toBe(false);
    expect(namesMedicine('He went outside to decide on a routine.')).toBe(false);
    expect(namesMedicine('Try tirzepatide weekly')).toBe(true);
    // 藿香正气水 has no drug-shaped ending: only the lexicon knows it.
    expect(namesMedicine('喝点藿香正气水')).toBe(false);
    expect(namesMedicine('喝点藿香正气水', lex)).toBe(true);
    expect(findMedicineNames('Tylenol and atorvastatin', lex)).toEqual(expect.arrayContaining(['对乙酰氨基酚', 'atorvastatin']));
  });

  it('has few false hits on real patient text (chatdoctor5k questions)', () => {
    const rows = JSON.parse(readFileSync(sharedPath('corpus/chatdoctor5k.json'), 'utf8')) as { input?: string }[];
    const hits = new Map<string, number>();
    for (const r of rows.slice(0, 800)) for (const n of findMedicineNames(String(r.input ?? '').toLowerCase())) hits.set(n, (hits.get(n) ?? 0) + 1);
    const ordinary = [...hits.keys()].filter((w) => /^(?:routine|medicine|guideline|outside|decide|vaccine|online|spine)$/.test(w));
    expect(ordinary).toEqual([]);
  });
});

// Fix brief s23 (review s23 rule findings): English salt words come from core's one list (salt-names.ts), and a salt
// word that is the whole active part is not stripped.
describe('drugKey salt words (core/salt-names.ts)', () => {
  it.each([
    ['codeine phosphate', 'codeine'],
    ['quetiapine fumarate', 'quetiapine'],
    ['clomiphene citrate', 'clomiphene'],
    ['dextromethorphan hydrobromide', 'dextromethorphan'],
    ['amlodipine besylate', 'amlodipine'],
    ['sodium valproate', 'valproate'],
    ['盐酸二甲双胍', '二甲双胍'],
    ['苯妥英钠', '苯妥英'],
    ['门冬氨酸钾镁', '门冬氨酸钾镁'],
    ['葡萄糖酸钙', '葡萄糖酸钙'],
    ['枸橼酸钾', '枸橼酸钾'],
    ['硫酸镁', '硫酸镁'],
    ['potassium citrate', 'potassiumcitrate'],
  ])('%s → %s', (name, key) => expect(drugKey(name)).toBe(key));
});
