import { describe, expect, it } from 'vitest';
import { sameTestBySlots, slotConflict, testSlots } from './test-slots.js';

describe('testSlots', () => {
  it('reads serum as a blood specimen, a barium enema as a colon contrast study', () => {
    expect(testSlots('血清蛋白电泳').slots).toMatchObject({ specimen: ['blood'], method: ['electrophoresis'] });
    expect(testSlots('钡剂灌肠').slots).toMatchObject({ site: ['colon'], modality: ['contrast'] });
  });
});

describe('slotConflict: a slot both names fill with no compatible value', () => {
  it.each([
    ['血清蛋白电泳', '脑脊液蛋白电泳', 'specimen'],
    ['Barium enema', '上消化道X线钡餐', 'site'],
    ['咽拭子病毒核酸检测', '耳、鼻、咽拭子细菌培养', 'method'],
    ['吲哚菁绿血管造影', '眼底荧光血管造影', 'dye'],
    ['经皮肝穿刺胆道造影', '口服胆囊造影', 'route'],
    ['Urine copper', '血铜', 'specimen'],
    ['Serum phosphate', '血清磷脂', 'analyte'],
  ])('%s vs %s → %s', (a, b, slot) => expect(slotConflict(a, b)).toBe(slot));

  it.each([
    ['Serum lipase', '脂肪酶'],
    ['胃镜', '上消化道内镜'],
    ['Hepatitis B virus DNA', '病毒核酸检测'],
    ['Liver ultrasound', '腹部B超'],
  ])('%s and %s do not conflict', (a, b) => expect(slotConflict(a, b)).toBeNull());
});

describe('sameTestBySlots', () => {
  it.each([
    ['Contrast esophagram', '食管造影'],
    ['Barium enema', '结肠造影'],
    ['Cryptococcal antigen latex agglutination test', '隐球菌病胶乳凝集试验'],
    ['血LDH测定', '血清乳酸脱氢酶'],
    ['Urine exfoliative cytology', '脱落细胞检查'],
    ['抗HEV IgM', '抗戊型肝炎病毒IgM抗体'],
  ])('%s = %s', (a, b) => expect(sameTestBySlots(a, b)).toBe(true));

  it.each([
    ['Urine white cell count', '白细胞计数'],
    ['Barium enema', '上消化道X线钡餐'],
    ['胸部CT血管造影', '胸部CT'],
    ['乙肝表面抗原', '乙肝表面抗体'],
    ['HCV antibody', '乙型肝炎病毒抗体'],
    ['Head CT', '眼眶CT'],
    ['胸部', '胸部'],
  ])('%s ≠ %s', (a, b) => expect(sameTestBySlots(a, b)).toBe(false));
});
