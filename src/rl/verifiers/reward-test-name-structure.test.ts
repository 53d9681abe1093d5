// Session 35 (#18): structural readings of test names — traditional characters read through their simplified forms,
// English procedure words read as organ stem + -graphy/-scopy, and the building words answers use for a gold's
// wording (征 of a sign, 部 of a site, 小便, 皮损, 长骨, 24-h). Each reading has a twin that must stay wrong.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { termAtoms } from '../../knowledge/term-atoms.js';
import { verifyDrugs } from './drug-json.js';
import { verifyTestOrder } from './test-order.js';

const tests = (names: string[]) => JSON.stringify({ tests: names });
const meets = (answer: string, gold: string) => verifyTestOrder(tests([answer]), { tests: [gold] }, {}).acc;

describe('traditional characters are read through their simplified forms (zh-TW, HK answers)', () => {
  it.each([
    ['胸部電腦斷層', '胸部CT检查'],
    ['腎臟超音波', '肾脏超声检查'],
    ['頸椎磁振造影', '颈椎MRI检查'],
    ['腎臟切片', '肾脏切片'],
    ['尿液常規', '尿常规'],
  ])('%s meets %s', (answer, gold) => expect(meets(answer, gold)).toBe(true));

  it.each([
    ['胸部電腦斷層', '颅脑CT检查'],
    ['頸椎磁振造影', '颈椎CT检查'],
    ['腎臟超音波', '肝脏超声检查'],
  ])('%s does not meet %s', (answer, gold) => expect(meets(answer, gold)).toBe(false));

  it('a traditional drug name is its generic', () => {
    const ctx = { drugs: getDrugLexicon(sharedPath('terms')) };
    expect(verifyDrugs(JSON.stringify({ drugs: ['華法林'] }), { drugs: ['华法林'] }, ctx).acc).toBe(true);
    expect(verifyDrugs(JSON.stringify({ drugs: ['華法林'] }), { drugs: ['肝素'] }, ctx).acc).toBe(false);
  });
});

describe('English procedure words: organ stem + -graphy (contrast study) / -scopy (endoscopy)', () => {
  it.each([
    ['cholecystography', ['contrast', 'gallbladder']],
    ['choledochoscopy', ['biliary', 'scope']],
    ['cavernosography', ['cavernosa', 'contrast']],
    ['urethrography', ['contrast', 'urethra']],
  ])('%s reads %j', (word, atoms) => expect(termAtoms(word).atoms).toEqual(atoms));

  it.each([
    ['Oral cholecystography', '口服胆囊造影'],
    ['Choledochoscopy', '胆道镜检查'],
    ['Cavernosography', '阴茎海绵体造影'],
  ])('%s meets %s', (answer, gold) => expect(meets(answer, gold)).toBe(true));

  it.each([
    ['Cholecystography', '胆道镜检查'],
    ['Choledochoscopy', '膀胱镜'],
    ['Cavernosography', '阴茎超声检查'],
    ['Urethrography', '膀胱造影'],
  ])('%s does not meet %s (another organ or modality)', (answer, gold) => expect(meets(answer, gold)).toBe(false));

  // s35 review fix (rp-b031, rp-b101, rp-b165): a gallbladder contrast study is no study of the bile ducts.
  it.each([
    ['Cholecystography', '胆道造影'],
    ['Cholecystography', '胆管造影'],
    ['胆囊造影', '胆管造影'],
  ])('%s does not meet %s (gallbladder is not the duct system)', (answer, gold) => expect(meets(answer, gold)).toBe(false));

  it('a stem that names no organ leaves the word unread (declined, never guessed)', () => {
    expect(termAtoms('lymphangiography').unknownWords).toEqual(['lymphangiography']);
  });
});

describe('building words of answers that reword a gold', () => {
  it.each([
    ['浮髌征检查', '浮髌试验'],
    ['小便常规', '尿常规'],
    ['Anti-HAV IgA', '抗甲型肝炎病毒IgA抗体'],
    ['Serum creatine kinase (CK)', '磷酸肌酸激酶'],
    ['Tear lactoferrin', '泪液乳铁蛋白'],
    ['C-reactive protein', 'C反应蛋白（CRP）'],
    ['24-h urinary free cortisol', '尿游离皮质醇'],
    ['CT of liver, biliary tree and spleen', '肝、胆、脾CT检查'],
    ['足纵轴与双踝连线关系测量', '足长轴与两踝连线的测量'],
    ['唾液sIgA测定', '唾液分泌型免疫球蛋白'],
    ['骨源性碱性磷酸酶（BALP）', '骨碱性磷酸酶'],
  ])('%s meets %s', (answer, gold) => expect(meets(answer, gold)).toBe(true));

  it.each([
    ['小便常规', '便常规'],
    ['大便常规', '尿常规'],
    ['Tear lysozyme', '泪液乳铁蛋白'],
    ['Serum ferritin', '泪液乳铁蛋白'],
    ['CK-MB', '磷酸肌酸激酶'],
    ['Anti-HBV IgA', '抗甲型肝炎病毒IgA抗体'],
    ['Anti-HAV IgM', '抗甲型肝炎病毒IgA抗体'],
    ['Serum IgA', '唾液分泌型免疫球蛋白'],
    ['Alkaline phosphatase', '骨碱性磷酸酶'],
    ['Procalcitonin', 'C反应蛋白（CRP）'],
  ])('%s does not meet %s', (answer, gold) => expect(meets(answer, gold)).toBe(false));
});

describe('structural readings: named virus, antibody classes, method for target, radionuclide 造影', () => {
  it.each([
    ['Hantavirus (EHF virus) IgM/IgG antibodies', '流行性出血热病毒抗体'],
    ['Hepatitis B virus DNA', '乙肝病毒DNA'],
    ['Peripheral smear for teardrop cells', '泪滴状红细胞'],
    ['放射性核素脑池造影', '脑池显象'],
    ['Renal pelvic pressure measurement (Whitaker test)', '肾盂内压测定'],
    ['MRCP', '磁共振胰胆管成像'],
    ['MRI/MRCP of liver, gallbladder, pancreas and spleen', '肝、胆、胰、脾的MRI检查'],
  ])('%s meets %s', (answer, gold) => expect(meets(answer, gold)).toBe(true));

  it.each([
    // a gold that names its class admits no other class
    ['Anti-HAV IgG', '抗甲型肝炎病毒IgM抗体'],
    // a class alone is no antibody to a virus; an antigen is no antibody
    ['Serum IgM', '流行性出血热病毒抗体'],
    ['Hantavirus antigen', '流行性出血热病毒抗体'],
    // another virus
    ['Dengue virus IgM/IgG antibodies', '流行性出血热病毒抗体'],
    // a radionuclide study is no contrast angiogram, and a contrast cisternogram no scintigram
    ['放射性核素心血管造影', '心血管造影'],
    ['Renal pelvic pressure measurement', '膀胱内压测定'],
    ['MRCP', 'ERCP'],
    ['MRCP', '肝脏MRI检查'],
    // s35 review fix (rp-b045, rp-b107, rp-a108): one class alone is its own lab item, not the class-less antibody
    ['乙肝核心抗体IgM（HBcAb-IgM）', '乙型肝炎核心抗体'],
    ['Anti-HBc IgG', '乙型肝炎核心抗体'],
    ['Anti-HAV IgM', '甲型肝炎病毒抗体'],
  ])('%s does not meet %s', (answer, gold) => expect(meets(answer, gold)).toBe(false));

  it('the panel form (two or more classes) is the class-less antibody', () => {
    expect(meets('Toxoplasma IgM and IgG antibodies', '弓形虫抗体')).toBe(true);
  });
});

describe('drug names (RL drug verifier only)', () => {
  const ctx = () => ({ drugs: getDrugLexicon(sharedPath('terms')) });
  const drugs = (names: string[]) => JSON.stringify({ drugs: names });
  it.each([
    [['羧甲半胱氨酸'], '羧甲司坦片'],
    [['人胰岛素'], '胰岛素注射液'],
    [['复合乳酸菌制剂'], '复合乳酸菌胶囊'],
    [['喷托维林', '氯化铵'], '喷托维林氯化铵糖浆'],
    [['氯化铵', '喷托维林'], '喷托维林氯化铵糖浆'],
    [['阿莫西林', '克拉维酸钾'], '阿莫西林克拉维酸钾片'],
    [['哌拉西林', '他唑巴坦'], '哌拉西林他唑巴坦'],
    [['氨氯地平', '贝那普利'], '氨氯地平贝那普利片'],
  ])('%j is %s', (answer, gold) => expect(verifyDrugs(drugs(answer), { drugs: [gold] }, ctx()).acc).toBe(true));

  it.each([
    [['乙酰半胱氨酸'], '羧甲司坦片'],
    [['甘精胰岛素'], '胰岛素注射液'],
    [['门冬胰岛素'], '人胰岛素'],
    [['喷托维林'], '喷托维林氯化铵糖浆'],
    [['喷托维林', '氯化铵', '氨溴索'], '喷托维林氯化铵糖浆'],
    [['喷托维林', '氯化钾'], '喷托维林氯化铵糖浆'],
    // s35 review fix (rp-b158, b160–b162): a bare modifier word is no ingredient — no join
    [['甘草', '复方'], '复方甘草片'],
    [['复方', '甘草片'], '复方甘草片'],
    [['氨酚黄那敏', '小儿'], '小儿氨酚黄那敏颗粒'],
    [['氢氧化铝', '复方'], '复方氢氧化铝片'],
    [['注射用', '头孢曲松'], '注射用头孢曲松钠'],
    // rp-b136: procaine penicillin is one salt, not a local anaesthetic plus penicillin
    [['普鲁卡因', '青霉素'], '普鲁卡因青霉素'],
  ])('%j is not %s', (answer, gold) => expect(verifyDrugs(drugs(answer), { drugs: [gold] }, ctx()).acc).toBe(false));
});
