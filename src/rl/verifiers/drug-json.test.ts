import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { createDrugIndications } from '../../knowledge/drug-indications.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { verifyDrugs } from './drug-json.js';

const ctx = { drugs: getDrugLexicon(sharedPath('terms')) };
const ref = { drugs: ['二甲双胍', '阿卡波糖'] };

describe('rational drug use verifier', () => {
  it('normalises brand, English, salt and dosage-form names before F1', () => {
    expect(verifyDrugs('{"drugs": ["盐酸二甲双胍缓释片", "拜唐苹"]}', ref, ctx)).toMatchObject({ score: 1, acc: true, reason: 'exact' });
    expect(verifyDrugs('{"drugs": ["Metformin Hydrochloride Tablets", "acarbose"]}', ref, ctx).score).toBe(1);
    expect(verifyDrugs('{"drugs": [{"name": "格华止", "dose": "0.5 g tid"}, {"name": "阿卡波糖片"}]}', ref, ctx).score).toBe(1);
  });

  it('scores partial and wrong lists by precision/recall', () => {
    expect(verifyDrugs('{"drugs": ["二甲双胍"]}', ref, ctx)).toMatchObject({ score: 0.667, reason: 'p=1 r=0.5' });
    expect(verifyDrugs('{"drugs": ["二甲双胍", "格列美脲"]}', ref, ctx).score).toBe(0.5);
    expect(verifyDrugs('{"drugs": ["布洛芬"]}', ref, ctx).score).toBe(0);
  });

  it('reads drug names from plain text with the dictionary unless strict JSON is required', () => {
    expect(verifyDrugs('建议口服二甲双胍，餐时嚼服阿卡波糖。', ref, ctx).score).toBe(1);
    expect(verifyDrugs('建议口服二甲双胍，餐时嚼服阿卡波糖。', { ...ref, strict: true }, ctx)).toMatchObject({ score: 0, reason: 'no-json-answer' });
  });

  it('adversarial: listing the whole formulary has low precision; two conflicting JSON lists score zero', () => {
    const all = ['二甲双胍', '阿卡波糖', '格列美脲', '西格列汀', '胰岛素', '阿司匹林', '布洛芬', '奥美拉唑', '氨氯地平', '阿托伐他汀'];
    expect(verifyDrugs(JSON.stringify({ drugs: all }), ref, ctx).score).toBeLessThan(0.4);
    expect(verifyDrugs('{"drugs": ["二甲双胍"]} 或者 {"drugs": ["胰岛素"]}', ref, ctx).reason).toBe('conflicting-answers');
  });

  it('with the disease code, an indicated alternative fills a gold slot and a harmful or unrelated drug does not', () => {
    const drugs = getDrugLexicon(sharedPath('terms'));
    const withInd = { drugs, indications: createDrugIndications(undefined, (d) => drugs.canonical(d)) };
    const cdiff = { drugs: ['万古霉素', '非达霉素'], icd: 'A04.700' };
    expect(verifyDrugs('{"drugs": ["vancomycin", "fidaxomicin"]}', cdiff, withInd).score).toBe(1);
    // Metronidazole is indicated (not an error) but does not stand in for fidaxomicin: partial credit.
    const metro = verifyDrugs('{"drugs": ["甲硝唑", "万古霉素"]}', cdiff, withInd);
    expect(metro.score).toBeGreaterThan(0.5);
    expect(metro.score).toBeLessThan(1);
    expect(verifyDrugs('{"drugs": ["左氧氟沙星", "莫西沙星"]}', cdiff, withInd).score).toBe(0);
    const flu = { drugs: ['奥司他韦'], icd: 'J11.101' };
    expect(verifyDrugs('{"drugs": ["Tamiflu"]}', flu, withInd).score).toBe(1);
    expect(verifyDrugs('{"drugs": ["阿昔洛韦"]}', flu, withInd).score).toBe(0);
    // Half the list right, half an alternative: full; one of two: partial, never above the complete answer.
    expect(verifyDrugs('{"drugs": ["二甲双胍"]}', { ...ref, icd: 'E11.900' }, withInd).score).toBeLessThan(1);
  });

  it('no other drug stands in for a gold drug, indicated additions are no error; brands, salts and forms are read', () => {
    const drugs = getDrugLexicon(sharedPath('terms'));
    const withInd = { drugs, indications: createDrugIndications(undefined, (d) => drugs.canonical(d)) };
    const legionella = { drugs: ['克拉霉素', '罗红霉素'], icd: 'A48.100' };
    expect(verifyDrugs('{"drugs": ["克拉霉素", "罗红霉素", "阿奇霉素"]}', legionella, withInd).acc).toBe(true);
    expect(verifyDrugs('{"drugs": ["阿奇霉素", "克拉霉素"]}', legionella, withInd).acc).toBe(false);
    expect(verifyDrugs('{"drugs": ["Amoxicillin", "Ceftriaxone"]}', legionella, withInd).score).toBe(0);
    expect(verifyDrugs('{"drugs": ["Erythromycin estolate"]}', { drugs: ['依托红霉素片'], icd: 'I00.x00x002' }, withInd).acc).toBe(true);
    const htn = { drugs: ['呋塞米'], icd: 'I10.x00' };
    expect(verifyDrugs('{"drugs": ["Furosemide (Lasix)"]}', htn, withInd).acc).toBe(true);
    expect(verifyDrugs('{"drugs": ["furosemide tablets"]}', htn, withInd).acc).toBe(true);
    // A name continuing another drug's name is another drug; a form or salt after the generic is the same drug.
    expect(verifyDrugs('{"drugs": ["泼尼松"]}', { drugs: ['泼尼松龙片'] }, withInd).acc).toBe(false);
    expect(verifyDrugs('{"drugs": ["培美曲塞", "卡铂"]}', { drugs: ['注射用培美曲塞二钠', '注射用卡铂'] }, withInd).acc).toBe(true);
  });
});
