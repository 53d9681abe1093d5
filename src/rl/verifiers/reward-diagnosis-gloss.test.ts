// Session 41 (#18): a Chinese diagnosis name glossed in Latin letters (蜡泪样骨病（Melorheostosis）) is read as its gloss,
// as an English name is: trusted with the gold's WHO code, and placed on the gloss's organ (a gloss on another organ is
// another disease). A qualifier in brackets (（单纯性）) or a code is no gloss.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getIcd10 } from '../../knowledge/icd10.js';
import { latinGloss, verifyDiagnosis } from './icd-code.js';

const ctx = { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')) };
const answer = (name: string, code: string) => JSON.stringify({ diagnosis: name, icd10: code });

describe('latinGloss', () => {
  it.each([
    ['蜡泪样骨病（Melorheostosis）', 'Melorheostosis'],
    ['Multiple sclerosis（多发性硬化症）', 'Multiple sclerosis'],
    ['颈椎骨关节病(cervical spondylosis)', 'cervical spondylosis'],
  ])('%s → %s', (name, gloss) => expect(latinGloss(name)).toBe(gloss));

  it.each(['肥胖症（单纯性）', '肢骨纹状肥大（M85.8）', '蜡泪样骨病', 'Melorheostosis', '骨病（Melo）（M85）', '肺炎（CAP）'])('%s has no gloss', (name) =>
    expect(latinGloss(name)).toBeNull(),
  );
});

// s41 review (S1): a gloss gives no trust — the code alone would pay a wrong name glossed to match itself. These
// correct glossed names get the partial credit of an unknown name with the gold's code, as at START.
describe('a glossed name with the gold WHO code is not trusted on its gloss alone', () => {
  it.each([
    [{ code: 'M85.801', name: '肢骨纹状肥大' }, '蜡泪样骨病（Melorheostosis）', 'M85.8'],
    [{ code: 'M85.801', name: '肢骨纹状肥大' }, 'Melorheostosis（蜡泪样骨病）', 'M85.8'],
    [{ code: 'I26.900x001', name: '肺栓塞' }, '肺动脉血栓栓塞（Pulmonary embolism）', 'I26.9'],
  ])('%j ← %s %s', (gold, name, code) => expect(verifyDiagnosis(answer(name, code), gold, ctx).acc).toBe(false));
});

describe('look-alikes stay unpaid', () => {
  it('an unglossed Chinese name sharing little with the gold keeps partial credit', () =>
    expect(verifyDiagnosis(answer('蜡泪样骨病', 'M85.8'), { code: 'M85.801', name: '肢骨纹状肥大' }, ctx).acc).toBe(false));
  it('a gloss on another organ is another disease', () =>
    expect(verifyDiagnosis(answer('腮腺炎症（Parotitis）', 'K11.2'), { code: 'K11.201', name: '颌下腺炎' }, ctx).score).toBe(0));
  it('a WHO category broader than the gold stays partial', () =>
    expect(verifyDiagnosis(answer('胎盘前置状态（Placenta praevia）', 'O44'), { code: 'O44.100', name: '前置胎盘伴出血' }, ctx).acc).toBe(false));
  it('a sibling code stays wrong', () =>
    expect(verifyDiagnosis(answer('毒性结节性甲状腺肿（Toxic nodular goitre）', 'E05.2'), { code: 'E05.000', name: '毒性弥漫性甲状腺肿' }, ctx).acc).toBe(
      false,
    ));
});

// Session-41 review (S1): a bracket that hedges (a differential, "possible", 待查) is no gloss to trust with the code.
describe('a hedged glossed name is not the diagnosis', () => {
  it.each([
    [{ code: 'K35.900', name: '急性阑尾炎' }, '右下腹炎症待查（appendicitis or diverticulitis）', 'K35.9'],
    [{ code: 'K35.900', name: '急性阑尾炎' }, '腹痛原因待查（possible appendicitis）', 'K35.9'],
    [{ code: 'J18.900', name: '肺炎' }, '肺部阴影待查（pneumonia vs lung cancer）', 'J18.9'],
  ])('%j ← %s %s', (gold, name, code) => expect(verifyDiagnosis(answer(name, code), gold, ctx).acc).toBe(false));
});

describe('a wrong name glossed to match itself is not the diagnosis (s41 review S1)', () => {
  it.each([
    [{ code: 'I26.900x001', name: '肺栓塞' }, '肺血管痉挛（pulmonary vasospasm）', 'I26.9'],
    [{ code: 'I63.900', name: '脑梗死' }, '一过性脑缺血（transient ischemic attack）', 'I63.9'],
  ])('%j ← %s %s', (gold, name, code) => expect(verifyDiagnosis(answer(name, code), gold, ctx).acc).toBe(false));
});
