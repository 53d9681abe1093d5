import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getIcd10 } from '../../knowledge/icd10.js';
import { verifyDiagnosis } from './icd-code.js';

const ctx = { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')) };
const appendicitis = { code: 'K35.900', name: '急性阑尾炎' };

describe('diagnosis verifier (ICD-10, China clinical edition 2.0)', () => {
  it('credits the exact code, the name and a clinical synonym mapped to the same code', () => {
    expect(verifyDiagnosis('诊断：急性阑尾炎', appendicitis, ctx)).toMatchObject({ score: 1, acc: true });
    expect(verifyDiagnosis('{"diagnosis": "急性阑尾炎", "icd10": "K35.900"}', appendicitis, ctx)).toMatchObject({ score: 1, formatOk: true });
    expect(verifyDiagnosis('Final diagnosis: K35.9', appendicitis, ctx).score).toBe(1);
    // "高血压" is the extension code I10.x00x002 of I10.x00 (特发性(原发性)高血压).
    expect(verifyDiagnosis('诊断：高血压', { code: 'I10.x00' }, ctx)).toMatchObject({ score: 1, acc: true });
    expect(verifyDiagnosis('诊断：I10', { code: 'I10.x00' }, ctx).score).toBe(1);
  });

  it('a sibling gets nothing, a parent partial credit, another disease nothing', () => {
    expect(verifyDiagnosis('{"diagnosis": "急性淋巴细胞白血病", "icd10": "C91.000"}', { code: 'C92.000', name: '急性髓系白血病' }, ctx).score).toBe(0);
    expect(verifyDiagnosis('诊断：J18.0', { code: 'J18.900', name: '肺炎' }, ctx).score).toBe(1); // bronchopneumonia is a pneumonia
    expect(verifyDiagnosis('诊断：急性胆囊炎', appendicitis, ctx)).toMatchObject({ score: 0 });
    expect(verifyDiagnosis('诊断：白血病', { code: 'C95.000', name: '急性白血病' }, ctx).score).toBeLessThan(1);
  });

  it('hierarchy: a more specific correct child gets full credit, a C3 fracture never scores for a C2 odontoid fracture', () => {
    expect(verifyDiagnosis('{"diagnosis": "急性髓系白血病", "icd10": "C92.000"}', { code: 'C95.000', name: '急性白血病' }, ctx).score).toBe(1);
    const odontoid = { code: 'S12.200x001', name: '枢椎齿状突骨折' };
    expect(verifyDiagnosis('{"diagnosis": "颈椎骨折C3", "icd10": "S12.200x011"}', odontoid, ctx).score).toBe(0);
    expect(verifyDiagnosis('{"diagnosis": "第三颈椎骨折", "icd10": "S12.200x011"}', odontoid, ctx).score).toBeLessThan(0.5);
    expect(verifyDiagnosis('{"diagnosis": "枢椎齿状突骨折", "icd10": "S12.200x001"}', odontoid, ctx).score).toBe(1);
  });

  it('a gold without a fourth character (A35.x00) is the WHO category: an English name with A35 is the answer', () => {
    const tetanus = { code: 'A35.x00x001', name: '破伤风' };
    expect(verifyDiagnosis('{"diagnosis": "Tetanus", "icd10": "A35"}', tetanus, ctx).score).toBe(1);
    // A close Chinese rewording with the WHO four-character code of the gold's subcategory.
    const sepsis = { code: 'P36.900', name: '新生儿败血症' };
    expect(verifyDiagnosis('{"diagnosis": "新生儿脓毒症", "icd10": "P36.9"}', sepsis, ctx).score).toBe(1);
    expect(verifyDiagnosis('{"diagnosis": "Tetanus", "icd10": "A34"}', tetanus, ctx).score).toBe(0);
  });

  it('WHO and clinical codes are one disease; a wrong name with the right code is not full credit', () => {
    const gi = { code: 'K92.200', name: '胃肠出血' };
    expect(verifyDiagnosis('{"diagnosis": "胃肠出血", "icd10": "K92.2"}', gi, ctx).score).toBe(1);
    expect(verifyDiagnosis('{"diagnosis": "急性阑尾炎", "icd10": "K35.9"}', appendicitis, ctx).score).toBe(1);
    expect(verifyDiagnosis('{"diagnosis": "急性胆囊炎", "icd10": "K35.900"}', appendicitis, ctx).score).toBeLessThan(0.5);
    expect(verifyDiagnosis('{"diagnosis": "Acute appendicitis", "icd10": "K35.900"}', appendicitis, ctx).score).toBe(1);
    // A synonym filed under another entry, with the right code; an English name with the WHO code.
    const pe = { code: 'I26.900x001', name: '肺栓塞' };
    expect(verifyDiagnosis('{"diagnosis": "肺动脉栓塞", "icd10": "I26.9"}', pe, ctx).score).toBe(1);
    expect(verifyDiagnosis('{"diagnosis": "Pulmonary embolism", "icd10": "I26.9"}', pe, ctx).score).toBe(1);
    expect(verifyDiagnosis('{"diagnosis": "急性心肌梗死", "icd10": "I21.9"}', pe, ctx).score).toBe(0);
    expect(verifyDiagnosis('Most likely: acute appendicitis, ICD-10 K35.9', appendicitis, ctx).score).toBe(1);
  });

  it('top-1 reads the first diagnosis; ranked mode uses reciprocal rank capped at k', () => {
    const diff = '鉴别诊断：\n1. 急性胆囊炎\n2. 急性阑尾炎\n3. 肠梗阻';
    expect(verifyDiagnosis(diff, appendicitis, ctx).score).toBe(0);
    expect(verifyDiagnosis(diff, { ...appendicitis, mode: 'ranked' }, ctx)).toMatchObject({ score: 0.5, reason: 'name-same@2' });
    expect(verifyDiagnosis(diff, { ...appendicitis, mode: 'ranked', k: 1 }, ctx).score).toBe(0);
  });

  it('maps a gold name with no code through the index', () => {
    expect(verifyDiagnosis('诊断：K35.900', { name: '急性阑尾炎' }, ctx).score).toBe(1);
  });

  it('adversarial: diagnosis only in the reasoning, unmappable prose goes to the judge, long output', () => {
    expect(verifyDiagnosis('<think>诊断：急性阑尾炎</think>无法判断', appendicitis, ctx)).toMatchObject({ score: 0, fallback: '无法判断' });
    const s = verifyDiagnosis('诊断：阑尾的急性化脓性炎症（俗称盲肠炎）', appendicitis, ctx);
    expect(s).toMatchObject({ score: 0, reason: 'unmapped' });
    expect(s.fallback).toContain('阑尾');
    const long = `${'腹痛转移至右下腹，麦氏点压痛。'.repeat(4000)}\n诊断：急性阑尾炎`;
    expect(long.length).toBeGreaterThan(50_000);
    expect(verifyDiagnosis(long, appendicitis, ctx).score).toBe(1);
  });

  it('English names: dagger/asterisk pairs read as codes, another organ is another disease', () => {
    const dx = (answer: string, code: string, name: string) =>
      verifyDiagnosis(JSON.stringify({ diagnosis: answer.split(' @ ')[0], icd10: answer.split(' @ ')[1] }), { code, name }, ctx);
    expect(dx('Rosacea @ L71.9', 'L71.900', '酒渣鼻').acc).toBe(true);
    expect(dx('Subacute combined degeneration of the spinal cord @ E53.8†G32.0*', 'E53.801+G32.0*', '脊髓亚急性联合变性').acc).toBe(true);
    // Parotitis is not submandibular sialadenitis though both sit under K11.2.
    expect(dx('Acute suppurative parotitis @ K11.2', 'K11.202', '急性颌下腺炎').acc).toBe(false);
  });
  it('another entry of the gold WHO subcategory, on the same organ, with that WHO code is the same disease', () => {
    const sbe = { code: 'I33.002', name: '亚急性感染性心内膜炎' };
    expect(verifyDiagnosis('{"diagnosis": "亚急性细菌性心内膜炎", "icd10": "I33.0"}', sbe, ctx).acc).toBe(true);
    expect(verifyDiagnosis('{"diagnosis": "急性化脓性腮腺炎", "icd10": "K11.2"}', { code: 'K11.202', name: '急性颌下腺炎' }, ctx).acc).toBe(false);
  });
});
