import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { loadCheckNames } from '../check-names.js';
import { verifyTestOrder } from './test-order.js';

describe('test-ordering verifier', () => {
  it('matches synonyms and names containing the gold examination', () => {
    const ref = { tests: ['血常规', '腹部超声', 'C反应蛋白'] };
    expect(verifyTestOrder('{"tests": ["CBC", "腹部彩超", "CRP"]}', ref, {})).toMatchObject({ score: 1, acc: true });
    expect(verifyTestOrder('建议检查：全血细胞计数、腹部B超、C反应蛋白', { tests: ['血常规', '超声', 'C反应蛋白'] }, {}).score).toBe(1);
  });

  it('uses gold synonym sets from the item and scores partial lists by F1', () => {
    const ref = { tests: [['心电图', 'ECG'], '肌钙蛋白'] };
    expect(verifyTestOrder('{"tests": ["ECG"]}', ref, {})).toMatchObject({ score: 0.667 });
    expect(verifyTestOrder('{"tests": ["胸片"]}', ref, {}).score).toBe(0);
  });

  it('works on a real disease-KG item, and ordering everything lowers the score', () => {
    const kg = JSON.parse(readFileSync(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), 'utf8')) as Record<string, { inspect_info: string[] }>;
    const gold = kg['0'].inspect_info; // 百日咳
    expect(verifyTestOrder(JSON.stringify({ tests: gold }), { tests: gold }, {}).score).toBe(1);
    const shotgun = [...gold, '头颅CT', '腰椎穿刺', '心电图', '胃镜', '肠镜', 'MRI', '甲状腺功能', '骨髓穿刺'];
    expect(verifyTestOrder(JSON.stringify({ tests: shotgun }), { tests: gold }, {}).score).toBeLessThan(0.8);
  });

  it('does not match short Latin abbreviations inside words', () => {
    expect(verifyTestOrder('{"tests": ["ctdna"]}', { tests: ['CT'] }, {}).score).toBe(0);
  });

  it('reads tests out of prose with the examination dictionary, ignoring advice clauses', () => {
    const ctx = { checks: loadCheckNames(sharedPath('terms')) };
    const prose = '建议尽快就医，完善血常规、C反应蛋白和腹部超声检查，必要时行腹部CT，注意休息，多饮水。';
    const ref = { tests: ['血常规', 'C反应蛋白', '超声'] };
    const withDict = verifyTestOrder(prose, ref, ctx);
    const without = verifyTestOrder(prose, ref, {});
    expect(withDict.score).toBeGreaterThan(without.score);
    expect(withDict.score).toBeGreaterThanOrEqual(0.85);
  });

  it('imaging is modality plus site: synonyms and English match, a bare modality or another site does not', () => {
    const ref = { tests: ['颅脑CT检查', '颅脑MRI检查', '脑血管造影'] };
    expect(verifyTestOrder('{"tests": ["头颅CT", "头部磁共振", "脑血管造影"]}', ref, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["head CT", "brain MRI", "cerebral angiography"]}', ref, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["CT检查", "MRI", "造影检查"]}', ref, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["胸部CT", "腰椎MRI", "脑血管造影"]}', ref, {}).score).toBeLessThan(0.5);
    expect(verifyTestOrder('{"tests": ["Chest X-ray", "full blood count", "ECG"]}', { tests: ['胸部平片', '血常规', '心电图'] }, {}).score).toBe(1);
  });

  it('reads bracketed abbreviations, English lab and endoscopy names and generic words the way a clinician would', () => {
    const ok = (answer: string[], tests: string[]) => verifyTestOrder(JSON.stringify({ tests: answer }), { tests }, {}).acc;
    expect(ok(['Serum zinc level', 'Trace element panel', 'Complete blood count (CBC)'], ['血清锌', '人体内的微量元素检测', '血常规'])).toBe(true);
    expect(ok(['肺功能测定（PFT）', '肺组织活检'], ['肺功能检查', '肺活检'])).toBe(true);
    expect(ok(['Slit-lamp biomicroscopy', 'Fundoscopy'], ['裂隙灯', '眼底检查'])).toBe(true);
    expect(ok(['MRA', 'CTA'], ['磁共振血管造影', 'CT血管成像'])).toBe(true);
    expect(ok(['Barium esophagram'], ['食管钡餐透视'])).toBe(true);
    // Not a different analyte or specimen, and not an unknown English word dropped.
    expect(ok(['Serum copper'], ['血清锌'])).toBe(false);
    expect(ok(['Urine zinc'], ['血清锌'])).toBe(false);
    expect(ok(['Serum zinc protoporphyrin'], ['血清锌'])).toBe(false);
  });

  it('reads names through the bilingual test vocabulary: sites, manoeuvres and analytes in any order and language', () => {
    const ok = (answer: string[], tests: string[]) => verifyTestOrder(JSON.stringify({ tests: answer }), { tests }, {}).acc;
    expect(ok(['CT of bones, joints and soft tissue', 'Plain radiographs of limb bones and joints'], ['骨关节及软组织CT检查', '四肢的骨和关节平片'])).toBe(
      true,
    );
    expect(ok(['Wrist flexion test', 'Wrist extension test'], ['屈腕试验', '伸腕试验'])).toBe(true);
    expect(ok(['Anti-mitochondrial antibody', 'Thyroid I-131 uptake'], ['抗线粒体抗体', '甲状腺131碘吸收率'])).toBe(true);
    // Another site, another modality, a bare specimen or an unknown word is not the test.
    expect(ok(['Wrist flexion test', 'Knee extension test'], ['屈腕试验', '伸腕试验'])).toBe(false);
    expect(ok(['CT of the chest'], ['骨关节及软组织CT检查'])).toBe(false);
    expect(ok(['Blood test'], ['血常规'])).toBe(false);
    expect(ok(['Anti-frobnicator antibody'], ['抗线粒体抗体'])).toBe(false);
  });
  it('musculoskeletal sites are one, a region beside its own organ adds nothing, long bracketed glosses are read', () => {
    const ok = (answer: string[], tests: string[]) => verifyTestOrder(JSON.stringify({ tests: answer }), { tests }, {}).acc;
    expect(ok(['X-rays of the bones and joints'], ['四肢的骨和关节平片'])).toBe(true);
    expect(ok(['Abdominal paracentesis'], ['腹腔穿刺'])).toBe(true);
    expect(ok(['Barium swallow'], ['食管钡餐透视'])).toBe(true);
    expect(ok(['Serum complement C3'], ['血清补体C3'])).toBe(true);
    expect(ok(['Serum complement C4'], ['血清补体C3'])).toBe(false);
    expect(ok(['Anorectal manometry (anorectal motor function testing with balloon)'], ['直肠-肛门运动功能测定'])).toBe(true);
    expect(ok(['Chest CT'], ['腹部CT'])).toBe(false);
  });
});

describe('test names through the test terminology (knowledge/test-terms.ts)', () => {
  it('credits rewordings of the gold test (实验/试验, specimen 液, method suffixes) in full', () => {
    const ref = { tests: ['明胶液化试验', '痰液常规检查', '角尺度试验'] };
    expect(verifyTestOrder('{"tests": ["明胶液化实验", "痰常规", "角尺度测量"]}', ref, {}).score).toBe(1);
  });

  it('still tells different tests apart', () => {
    expect(verifyTestOrder('{"tests": ["血常规"]}', { tests: ['尿常规'] }, {}).score).toBe(0);
  });

  it('a barium meal is no barium enema, and a film of a site the vocabulary cannot read is no chest film', () => {
    expect(verifyTestOrder('{"tests": ["钡剂灌肠"]}', { tests: ['胃钡餐造影'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["Barium meal"]}', { tests: ['胃钡餐造影'] }, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["食管钡餐透视"]}', { tests: ['胃钡餐造影'] }, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["Chest X-ray"]}', { tests: ['口腔X光片检查'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["口腔X线摄片"]}', { tests: ['口腔X光片检查'] }, {}).score).toBe(1);
    // A Chinese name with characters inserted is the same test; a replaced character is another.
    expect(verifyTestOrder('{"tests": ["旋后肌徒手肌力检查"]}', { tests: ['旋后肌肌力试验'] }, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["麻疹病毒抗体测定"]}', { tests: ['风疹病毒抗体测定'] }, {}).score).toBe(0);
    // A bare modality gold is still answered by a scan of that modality.
    expect(verifyTestOrder('{"tests": ["胸部CT"]}', { tests: ['CT检查'] }, {}).score).toBe(1);
  });
  it('a name differing from the gold in specimen, method, organism or dye is another test; one that only narrows it is the same', () => {
    expect(verifyTestOrder('{"tests": ["血清蛋白电泳"]}', { tests: ['脑脊液蛋白电泳'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["咽拭子病毒核酸检测"]}', { tests: ['咽拭子细菌培养'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["吲哚菁绿血管造影"]}', { tests: ['眼底荧光血管造影'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["Barium enema"]}', { tests: ['上消化道X线钡餐'] }, {}).score).toBe(0);
    expect(verifyTestOrder('{"tests": ["Contrast esophagram"]}', { tests: ['食管造影'] }, {}).score).toBe(1);
    expect(verifyTestOrder('{"tests": ["Serum LDH"]}', { tests: ['乳酸脱氢酶'] }, {}).score).toBe(1);
  });
});

describe('extra-test policy (#18, session 34): acc stays exact, the reward is F1 and says "all-gold+k"', () => {
  const ref = { tests: ['血常规', '胸部X线', '痰培养', '心电图'] };
  const score = (tests: string[]) => verifyTestOrder(JSON.stringify({ tests }), ref, {});
  it('every gold plus one extra earns 2n/(2n+1), below exact and above a list that misses one gold', () => {
    const plusOne = score(['血常规', '胸部X线', '痰培养', '心电图', '降钙素原']);
    expect(plusOne).toMatchObject({ acc: false, score: 0.889 });
    expect(plusOne.reason).toMatch(/^all-gold\+1 /);
    expect(score(['血常规', '胸部X线', '痰培养']).score).toBeLessThan(plusOne.score);
    expect(score(['血常规', '胸部X线', '痰培养', '心电图']).score).toBe(1);
  });
  it('each further extra costs more; a shotgun list never reaches a short honest one', () => {
    const k = (n: number) => score(['血常规', '胸部X线', '痰培养', '心电图', ...['降钙素原', '头颅CT', '腹部超声', '胃镜', '骨髓穿刺'].slice(0, n)]).score;
    expect([k(1), k(2), k(3), k(5)]).toEqual([0.889, 0.8, 0.727, 0.615]);
    // all four gold inside eight guesses scores below three gold named alone (0.857)
    expect(k(4)).toBeLessThan(score(['血常规', '胸部X线', '痰培养']).score);
    expect(score(['血常规', '降钙素原']).reason).not.toMatch(/all-gold/);
  });
});
