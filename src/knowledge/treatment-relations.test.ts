import { describe, expect, it } from 'vitest';
import { buildTreatmentRelations, polarKeys } from './treatment-relations.js';

const rel = buildTreatmentRelations([
  { disease: '甲状腺功能减退', drugs: ['左甲状腺素钠片', '甲状腺片'] },
  { disease: '甲亢', drugs: ['丙硫氧嘧啶片'] },
  { disease: '低钾血症', drugs: ['氯化钾缓释片'] },
  { disease: '高钾血症', drugs: ['葡萄糖酸钙注射液'] },
  { disease: 'Hypothyroidism', drugs: ['Thyroxine (Synthroid)', 'Triiodothyronine (Cytomel)'] },
  { disease: '新生儿低血糖症与高血糖症', drugs: ['胰岛素注射液'] },
]);

describe('treatment relations from knowledge-base drug lists', () => {
  it('reads a direction from the name, the 甲亢 abbreviation included, and none from a name with both', () => {
    expect(polarKeys('甲状腺功能亢进症')).toEqual({ keys: ['甲状腺±', '甲±'], up: true });
    expect(polarKeys('甲减')).toEqual({ keys: ['甲±'], up: false });
    expect(polarKeys('hyperthyroidism')).toEqual({ keys: ['±thyroidism'], up: true });
    expect(polarKeys('新生儿低血糖症与高血糖症')).toBeUndefined();
    expect(polarKeys('肺炎')).toBeUndefined();
  });

  it('finds a medicine listed only for the opposite condition', () => {
    const [drug] = rel.drugsIn('可以口服左甲状腺素钠片，每天50微克');
    expect(drug.key).toMatch(/^左甲状腺素/);
    expect(rel.polarConditions('查出来是甲亢，吃什么药')).toContain('甲亢');
    expect(rel.oppositeUse('甲亢', drug)).toMatchObject({ listedFor: '甲状腺功能减退' });
    expect(rel.oppositeUse('甲减', drug)).toBeUndefined();
    const [k] = rel.drugsIn('每天补充氯化钾片');
    expect(rel.oppositeUse('高钾血症', k)).toMatchObject({ listedFor: '低钾血症' });
    const [t] = rel.drugsIn('start thyroxine 50 mcg daily');
    expect(rel.oppositeUse('hyperthyroidism', t)).toMatchObject({ listedFor: 'hypothyroidism' });
  });

  it('says nothing about a medicine the knowledge base does not list, or lists for the condition itself', () => {
    expect(rel.drugsIn('多喝水，注意休息')).toEqual([]);
    const [p] = rel.drugsIn('丙硫氧嘧啶片');
    expect(rel.oppositeUse('甲亢', p)).toBeUndefined();
  });
});
