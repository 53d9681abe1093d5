import { describe, expect, it } from 'vitest';
import { sameByAtoms, termAtoms } from './term-atoms.js';

describe('termAtoms: examination names as language-free atoms', () => {
  it('reads modality, sites and qualifiers in either language and any word order', () => {
    expect(termAtoms('CT of bones, joints and soft tissue').atoms).toEqual(['bone', 'ct', 'softtissue']);
    expect(termAtoms('骨关节及软组织CT检查').atoms).toEqual(['bone', 'ct', 'softtissue']);
    expect(termAtoms('Plain X-rays of limb bones and joints').atoms).toEqual(termAtoms('四肢的骨和关节平片').atoms);
  });

  it('keeps unknown Chinese characters as literal atoms and reports unknown English words', () => {
    expect(termAtoms('梳头试验').atoms).toEqual(['comb']);
    expect(termAtoms('某某试验').atoms).toEqual(['#某']);
    expect(termAtoms('Frobnicator test').unknownWords).toEqual(['frobnicator']);
  });

  it('folds British spellings, plurals and the anti- prefix', () => {
    expect(termAtoms('Faecal occult blood').atoms).toEqual(termAtoms('fecal occult blood').atoms);
    expect(sameByAtoms('Anti-pre-S antibody', '前S抗体')).toBe(true);
    expect(sameByAtoms('Antinuclear antibodies', '抗核抗体')).toBe(true);
  });
});

describe('sameByAtoms', () => {
  it.each([
    ['Wrist flexion test', '屈腕试验'],
    ['Thyroid I-131 uptake', '甲状腺131碘吸收率'],
    ['Cerebral angiography', '脑血管造影'],
    ['Arterial blood gas analysis', '动脉血气分析'],
    ['Laparoscopy', '腹腔镜'],
    ['CT of liver, biliary tract and spleen', '肝、胆、脾CT检查'],
    ['胸水检查', '胸腔积液检查'],
    ['Vulvar examination', '外阴部妇科常规检查'],
    ['Oral glucose tolerance test (OGTT)', '葡萄糖耐量试验'],
    ['Blood biochemistry panel', '血液生化六项检查'],
    ['Transesophageal echocardiography', '经食管超声心动图'],
    ['Routine CSF analysis', '脑脊液常规检验'],
  ])('%s = %s', (a, b) => expect(sameByAtoms(a, b)).toBe(true));

  it.each([
    ['胸部CT', '颅脑CT检查'],
    ['CT检查', '颅脑CT检查'],
    ['Chest X-ray', '胸部CT检查'],
    ['T3', 'T4'],
    ['Blood test', '血常规'],
    ['Urine porphyrins', '粪卟啉'],
    ['Estradiol', '雌酮'],
    ['Urine glucose', '血糖'],
    ['Frobnicator test', '某某试验'],
  ])('%s ≠ %s', (a, b) => expect(sameByAtoms(a, b)).toBe(false));
});
