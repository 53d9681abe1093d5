import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import type { RlItem } from '../item.js';
import { loadQualityContext } from './context.js';
import { kgDiagnosisCheck, MIN_FINDINGS } from './kg-diagnosis.js';
import { kgDrugsCheck } from './kg-drugs.js';
import { qualityOf } from './types.js';

const ctx = loadQualityContext(sharedPath('terms'));
const codes = (it: RlItem) => qualityOf(it).flags.map((f) => f.code);

function drugItem(disease: string, icd: string, drugs: string[], findings = '发热、腹痛'): RlItem {
  const gt = { drugs, disease, icd };
  return {
    id: `t:${disease}`,
    task: 'drug',
    prompt: [{ role: 'user', content: `患者确诊“${disease}”，主要表现：${findings}。` }],
    ground_truth: gt,
    reward_spec: { task: 'drug', gt },
    source: 'disease-kg-zh',
    authority: 'D',
    meta: { disease },
  };
}

describe('drug labels checked against the patient', () => {
  it('fails a fluoroquinolone or chloramphenicol for a child, not for an adult', () => {
    const [child, adult, neonatalCase] = kgDrugsCheck.run(
      [
        drugItem('小儿急性胆囊炎', 'K81.0', ['盐酸左氧氟沙星胶囊']),
        drugItem('急性胆囊炎', 'K81.0', ['盐酸左氧氟沙星胶囊']),
        drugItem('肺炎', 'J18.9', ['氯霉素片'], '患儿高热、前囟饱满'),
      ],
      ctx,
    );
    expect(codes(child)).toContain('drug-contraindicated-age');
    expect(qualityOf(child).confidence).toBe(0);
    expect(codes(adult)).not.toContain('drug-contraindicated-age');
    expect(codes(neonatalCase)).toContain('drug-contraindicated-age');
  });

  it('doubts oral products only for meningitis, accepts an injection', () => {
    const [oral, iv] = kgDrugsCheck.run([drugItem('细菌性脑膜炎', 'G00.9', ['氨苄西林胶囊']), drugItem('细菌性脑膜炎', 'G00.9', ['注射用头孢曲松钠'])], ctx);
    expect(codes(oral)).toContain('drug-route-inadequate');
    expect(qualityOf(oral).confidence).toBeLessThan(0.6);
    expect(codes(iv)).not.toContain('drug-route-inadequate');
  });
});

describe('diagnosis cases need enough findings', () => {
  const dx = (symptoms: string[]): RlItem => ({
    id: 't:dx',
    task: 'diagnosis',
    prompt: [{ role: 'user', content: `主要表现：${symptoms.join('、')}` }],
    ground_truth: { code: 'K35.900', name: '急性阑尾炎' },
    reward_spec: { task: 'diagnosis', gt: { code: 'K35.900', name: '急性阑尾炎' } },
    source: 'disease-kg-zh',
    authority: 'D',
    meta: { disease: '急性阑尾炎', symptoms, presentation: { rare: 5 } },
  });
  it('flags a case with fewer than MIN_FINDINGS findings and not one with as many', () => {
    const few = Array.from({ length: MIN_FINDINGS - 1 }, (_, i) => `征象${i}`);
    const enough = Array.from({ length: MIN_FINDINGS }, (_, i) => `征象${i}`);
    const [a, b] = kgDiagnosisCheck.run([dx(few), dx(enough)], ctx);
    expect(codes(a)).toContain('too-few-findings');
    expect(codes(b)).not.toContain('too-few-findings');
  });
});
