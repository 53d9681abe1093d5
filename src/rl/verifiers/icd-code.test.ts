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

  it('gives partial credit for the same category and none for another disease', () => {
    expect(verifyDiagnosis('<answer>阑尾周围脓肿</answer>', appendicitis, ctx)).toMatchObject({ score: 0.5, acc: false, reason: 'category@1' });
    expect(verifyDiagnosis('诊断：J18.0', { code: 'J18.900' }, ctx).score).toBe(0.5);
    expect(verifyDiagnosis('诊断：急性胆囊炎', appendicitis, ctx)).toMatchObject({ score: 0, reason: 'wrong:K81.000' });
  });

  it('top-1 reads the first diagnosis; ranked mode uses reciprocal rank capped at k', () => {
    const diff = '鉴别诊断：\n1. 急性胆囊炎\n2. 急性阑尾炎\n3. 肠梗阻';
    expect(verifyDiagnosis(diff, appendicitis, ctx).score).toBe(0);
    expect(verifyDiagnosis(diff, { ...appendicitis, mode: 'ranked' }, ctx)).toMatchObject({ score: 0.5, reason: 'exact@2' });
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
});
