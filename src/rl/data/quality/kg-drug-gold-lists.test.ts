// Session 21 (#18), from a hand audit of 40 kept knowledge-graph drug items (13 wrong): a neoplasm's product listing is
// no label (its treatment is a regimen), and a gold list made only of supportive medicines for a disease that is not
// their own condition names what is given beside the treatment.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import type { RlItem } from '../item.js';
import { loadQualityContext } from './context.js';
import { kgDrugsCheck } from './kg-drugs.js';
import { qualityOf } from './types.js';

const ctx = loadQualityContext(sharedPath('terms'));
const codes = (it: RlItem) => qualityOf(it).flags.map((f) => f.code);

function drugItem(disease: string, icd: string, drugs: string[]): RlItem {
  const gt = { drugs, disease, icd };
  return {
    id: `t:${disease}:${drugs.join('+')}`,
    task: 'drug',
    prompt: [{ role: 'user', content: `患者确诊“${disease}”，应如何用药？` }],
    ground_truth: gt,
    reward_spec: { task: 'drug', gt },
    source: 'disease-kg-zh',
    authority: 'D',
    meta: { disease },
  };
}

describe('neoplasm drug items', () => {
  it.each([
    ['非霍奇金淋巴瘤', 'C85.900', ['紫杉醇注射液']],
    ['急性淋巴细胞性白血病', 'C91.000', ['复方环磷酰胺片']],
    ['骨髓增生异常综合征', 'D46.900', ['乌苯美司胶囊']],
    ['额叶肿瘤', 'D43.007', ['替莫唑胺胶囊']],
  ])('%s is excluded as a regimen', (disease, icd, drugs) => {
    const [it] = kgDrugsCheck.run([drugItem(disease, icd, drugs)], ctx);
    expect(codes(it)).toContain('drug-oncology-regimen');
    expect(qualityOf(it).confidence).toBe(0);
  });

  it('an anaemia (D50–D53) is no neoplasm', () => {
    const [it] = kgDrugsCheck.run([drugItem('巨幼细胞性贫血', 'D53.100x001', ['甲钴胺胶囊', '叶酸片'])], ctx);
    expect(codes(it)).not.toContain('drug-oncology-regimen');
    expect(codes(it)).not.toContain('drug-supportive-only');
  });
});

describe('supportive-only gold lists', () => {
  it.each([
    ['新生儿呼吸窘迫综合征', 'P22.000', ['盐酸氨溴索注射液']],
    ['小儿肺炎', 'J18.900', ['羧甲司坦片']],
    ['失血性休克', 'R57.101', ['人血白蛋白']],
    ['面神经炎', 'G51.800x002', ['甲钴胺胶囊', '维生素B1片']],
  ])('%s ← %j is excluded', (disease, icd, drugs) => {
    const [it] = kgDrugsCheck.run([drugItem(disease, icd, drugs)], ctx);
    expect(codes(it)).toContain('drug-supportive-only');
  });

  it.each([
    ['轮状病毒性肠炎', 'A08.000', ['复合乳酸菌胶囊']], // probiotics: infectious diarrhoea is their own condition
    ['支气管扩张', 'J47.x00', ['盐酸氨溴索片']],
    ['肝硬化腹水', 'K74.600', ['人血白蛋白']],
    ['小儿肺炎', 'J18.900', ['羧甲司坦片', '阿莫西林胶囊']], // a treatment beside the supportive medicine
  ])('%s ← %j is not supportive-only', (disease, icd, drugs) => {
    const [it] = kgDrugsCheck.run([drugItem(disease, icd, drugs)], ctx);
    expect(codes(it)).not.toContain('drug-supportive-only');
  });
});

// Session 22 (review s21 KG-NEW-1): an antidote of the item's own poisoning is its treatment, not supportive care.
describe('antidotes of the poisoning named', () => {
  it.each([
    ['对乙酰氨基酚中毒', 'T39.100', ['乙酰半胱氨酸注射液']],
    ['异烟肼中毒', 'T37.100', ['维生素B6注射液']],
  ])('%s ← %j is not supportive-only', (disease, icd, drugs) => {
    const [it] = kgDrugsCheck.run([drugItem(disease, icd, drugs)], ctx);
    expect(codes(it)).not.toContain('drug-supportive-only');
  });

  it.each([
    ['急性支气管炎', 'J20.900', ['乙酰半胱氨酸泡腾片']], // a mucolytic for bronchitis is still supportive
    ['异烟肼中毒', 'T37.100', ['盐酸氨溴索注射液']], // a mucolytic is no antidote of isoniazid
    ['对乙酰氨基酚过敏', 'T88.700', ['乙酰半胱氨酸注射液']], // an allergy is no poisoning
  ])('%s ← %j stays supportive-only', (disease, icd, drugs) => {
    const [it] = kgDrugsCheck.run([drugItem(disease, icd, drugs)], ctx);
    expect(codes(it)).toContain('drug-supportive-only');
  });
});
