import { describe, expect, it } from 'vitest';
import { addsOtherHead, headConflict } from './test-compound-head.js';
import { fractionConflict, fractionsOf } from './test-fraction.js';
import { verifyTestOrder } from './test-order.js';
import { withoutGutTract } from './test-site-tract.js';

const acc = (gold: string, answer: string) => verifyTestOrder(JSON.stringify({ tests: [answer] }), { tests: [gold] }, {}).acc;

describe('the fraction of an analyte (#18, s44)', () => {
  it('reads free/total/direct/indirect from words and abbreviations; the name outside brackets decides', () => {
    expect(fractionsOf('游离甲状腺素')).toEqual(['free']);
    expect(fractionsOf('FT4')).toEqual(['free']);
    expect(fractionsOf('Total T4 (TT4)')).toEqual(['total']);
    expect(fractionsOf('Direct (conjugated) bilirubin')).toEqual(['direct']);
    expect(fractionsOf('非结合胆红素')).toEqual(['indirect']);
    expect(fractionsOf('结合胆红素(SDB,DBIL)')).toEqual(['direct']);
    // 总 of a vessel or duct is no fraction.
    expect(fractionsOf('颈总动脉超声')).toEqual([]);
    expect(fractionsOf('胆总管超声')).toEqual([]);
    expect(fractionsOf('甲状腺素')).toEqual([]);
    expect(fractionConflict('甲状腺素', ['总甲状腺素'])).toBe(false);
  });
  it('the verifier: another fraction is not paid (FT4 was paid for 总甲状腺素, 间接 for 直接胆红素); the same one still is', () => {
    expect(acc('总甲状腺素', 'FT4')).toBe(false);
    expect(acc('直接胆红素', '间接胆红素')).toBe(false);
    expect(acc('直接胆红素', '总胆红素')).toBe(false);
    expect(acc('总胆红素', '非结合胆红素')).toBe(false);
    expect(acc('总甲状腺素', 'Total T4 (TT4)')).toBe(true);
    expect(acc('游离T3', 'Free T3 (FT3)')).toBe(true);
    expect(acc('直接胆红素', 'Conjugated bilirubin')).toBe(true);
    expect(acc('总胆红素', 'Total bilirubin')).toBe(true);
    expect(acc('颈动脉超声', '颈总动脉超声')).toBe(true);
  });
});

describe('the head of a Chinese test name (#18, s44)', () => {
  it('an antibody, receptor or binding protein of an analyte is another test, both ways', () => {
    expect(addsOtherHead('胰岛素', '胰岛素抗体', null)).toBe(true);
    expect(addsOtherHead('甲状腺过氧化物酶抗体', '抗甲状腺过氧化物酶抗体', null)).toBe(false);
    expect(headConflict('血小板抗体', ['血小板计数'])).toBe(true);
    expect(acc('胰岛素', '胰岛素抗体')).toBe(false);
    expect(acc('胰岛素抗体', '胰岛素')).toBe(false);
    expect(acc('胰岛素', '抗胰岛素抗体')).toBe(false);
    expect(acc('甲状腺球蛋白', '甲状腺球蛋白抗体')).toBe(false);
    expect(acc('促甲状腺激素', '促甲状腺激素受体抗体')).toBe(false);
    expect(acc('甲状腺素结合球蛋白', 'FT4')).toBe(false);
    expect(acc('血小板计数', '血小板抗体')).toBe(false);
    expect(acc('血小板抗体', '血小板计数')).toBe(false);
  });
  it('the same read as atoms in English: "Insulin antibody" is no 胰岛素; a pathogen’s antibody still tests it', () => {
    expect(acc('胰岛素', 'Insulin antibody')).toBe(false);
    expect(acc('甲状腺球蛋白', 'Thyroglobulin antibody')).toBe(false);
    expect(acc('血小板计数', 'Platelet antibodies')).toBe(false);
    expect(acc('HIV检测', 'HIV antibody')).toBe(true);
    expect(acc('风疹病毒抗体', 'Rubella antibody')).toBe(true);
    expect(acc('甲状腺球蛋白抗体', 'Anti-thyroglobulin antibody')).toBe(true);
    expect(acc('胰岛素', 'Serum insulin')).toBe(true);
  });
  it('steps aside where the form is not a head: a second test joined on, 抗 as acid-fast or a protein’s own name', () => {
    expect(acc('肝功能', '肝功能及乙肝抗体')).toBe(true);
    expect(acc('胰岛素', '胰岛素及胰岛素抗体')).toBe(true);
    expect(acc('抗酸染色', '痰涂片抗酸染色')).toBe(true);
    expect(acc('抗凝血酶', '抗凝血酶III')).toBe(true);
    expect(acc('抗凝血酶', '凝血酶时间')).toBe(false);
  });
  it('a bare site names no test; a pathogen is tested by its antibody; an antibody named with 抗 is itself', () => {
    expect(acc('输尿管镜检查', '输尿管')).toBe(false);
    expect(acc('输尿管镜检查', '泌尿系超声（输尿管）')).toBe(false);
    expect(acc('颈部超声', '颈部（B超）')).toBe(true);
    expect(acc('阴道分泌物涂片检查', '白带常规（阴道分泌物检查）')).toBe(true);
    expect(acc('HIV抗体', 'HIV检测')).toBe(true);
    expect(acc('乙肝病毒抗体', '乙肝病毒检测')).toBe(true);
    expect(acc('甲状腺球蛋白抗体', '抗甲状腺球蛋白抗体')).toBe(true);
    expect(acc('特异性IgE抗体', '血清特异性IgE')).toBe(true);
    expect(acc('胰岛素', '血清胰岛素')).toBe(true);
    expect(acc('甲状腺素结合球蛋白', 'TBG')).toBe(true);
  });
});

describe('"tract" after the gut’s name (#18, s44)', () => {
  it('is dropped only after a word read as the gut, when it is the one unread word', () => {
    expect(withoutGutTract('CT of the GI tract')).toBe('CT of the GI');
    expect(withoutGutTract('Upper GI tract endoscopy')).toBe('Upper GI endoscopy');
    expect(withoutGutTract('Sinus tract CT')).toBeNull();
    expect(withoutGutTract('optic tract MRI')).toBeNull();
    expect(withoutGutTract('urinary tract ultrasound')).toBeNull();
    expect(withoutGutTract('胃肠道CT')).toBeNull();
  });
  it('the verifier: pays the same site and modality only (reward-probes-19: 胃肠道CT检查, 胃肠道疾病的超声检查)', () => {
    expect(acc('胃肠道CT检查', 'CT of the GI tract')).toBe(true);
    expect(acc('胃肠道疾病的超声检查', 'GI tract ultrasound')).toBe(true);
    expect(acc('上消化道钡餐', 'Upper GI tract barium meal')).toBe(true);
    expect(acc('胃肠道CT检查', 'GI tract MRI')).toBe(false);
    expect(acc('腹部超声', 'GI tract ultrasound')).toBe(false);
    expect(acc('胃镜', 'GI tract endoscopy')).toBe(false);
    expect(acc('上消化道钡餐', 'Lower GI tract barium enema')).toBe(false);
    expect(acc('小肠CT', 'CT of the intestinal tract')).toBe(false);
    expect(acc('胃肠道CT检查', 'Chest CT (GI tract)')).toBe(false);
  });
  it('contrast or plain must agree with the gold on the tract path (review s44 S1)', () => {
    expect(acc('胃肠道CT平扫', 'contrast-enhanced CT of the GI tract')).toBe(false);
    expect(acc('胃肠道CT平扫', 'enhanced CT of the GI tract')).toBe(false);
    expect(acc('胃肠道CT增强', 'non-contrast CT of the GI tract')).toBe(false);
    expect(acc('胃肠道CT增强', 'plain CT of the GI tract')).toBe(false);
    expect(acc('胃肠道CT增强', 'contrast-enhanced CT of the GI tract')).toBe(true);
  });
});
