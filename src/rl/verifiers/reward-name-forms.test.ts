// Session 33 (#18): names read by their structure — an English test name measured in words, not letters; a name that
// gives examples of a category (鼻阻力等鼻功能检测); an ester's acid or a strength before a generic and a site of use
// before a dosage form; a diagnosis's trailing qualifier in its natural place. Each with a twin that must stay wrong.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { createDrugIndications } from '../../knowledge/drug-indications.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { getIcd10 } from '../../knowledge/icd10.js';
import { verifyDrugs } from './drug-json.js';
import { verifyDiagnosis } from './icd-code.js';
import { namedCategory, nameUnits, verifyTestOrder, withoutFrameWords } from './test-order.js';

const tests = (names: string[]) => JSON.stringify({ tests: names });
const drugs = (names: string[]) => JSON.stringify({ drugs: names });

describe('test names read by structure (s33)', () => {
  it('measures a name in reading units: an English word is not five characters', () => {
    expect(nameUnits('肝、胆、胰、脾的MRI检查')).toBeLessThan(15);
    expect(nameUnits('MRI of the liver, biliary tract, pancreas and spleen')).toBeLessThanOrEqual(40);
    const gold = ['胰腺疾病超声诊断', '肝、胆、胰、脾的MRI检查', '肝、胆、脾CT检查'];
    const right = tests(['Pancreatic ultrasonography', 'MRI of the liver, biliary tract, pancreas and spleen', 'CT of the liver, biliary tract and spleen']);
    expect(verifyTestOrder(right, { tests: gold }, {})).toMatchObject({ acc: true });
    // The same long name with another modality is counted, and is another test.
    const wrong = tests(['Pancreatic ultrasonography', 'PET of the liver, biliary tract, pancreas and spleen', 'CT of the liver, biliary tract and spleen']);
    expect(verifyTestOrder(wrong, { tests: gold }, {}).acc).toBe(false);
    const latex = tests(['Urine pregnancy latex agglutination inhibition test']);
    expect(verifyTestOrder(latex, { tests: ['尿妊娠胶乳凝集抑制试验'] }, {}).acc).toBe(true);
  });

  it('reads "examples 等 category" as the category, never the iso- morpheme', () => {
    expect(namedCategory('鼻阻力等鼻功能检测')).toBe('鼻功能检测');
    expect(namedCategory('Nasal function tests such as rhinomanometry')).toBe('Nasal function tests');
    expect(namedCategory('血清等电聚焦电泳')).toBeNull();
    expect(namedCategory('等渗试验')).toBeNull();
    expect(verifyTestOrder(tests(['鼻阻力等鼻功能检测']), { tests: ['鼻部功能检查'] }, {}).acc).toBe(true);
    // The category named is still compared: a hearing category is no nasal function test.
    expect(verifyTestOrder(tests(['纯音测听等听力检查']), { tests: ['鼻部功能检查'] }, {}).acc).toBe(false);
    // The category is read on its own: it lends its examples no credit, they lend it no slots (a barium enema, the
    // colon, is no upper-GI barium meal however it is introduced).
    expect(verifyTestOrder(tests(['Imaging such as barium enema']), { tests: ['上消化道钡餐'] }, {}).acc).toBe(false);
    expect(verifyTestOrder(tests(['钡剂灌肠等造影检查']), { tests: ['上消化道钡餐'] }, {}).acc).toBe(false);
  });
});

describe('English test names without their framing words (s33)', () => {
  it('reads "Routine urinalysis", "Gastrointestinal motility study" as the named test', () => {
    expect(withoutFrameWords('Gastrointestinal motility study')).toBe('Gastrointestinal motility');
    expect(withoutFrameWords('Complete blood count')).toBe('Complete blood count');
    expect(withoutFrameWords('血常规检查')).toBe('血常规检查');
    expect(verifyTestOrder(tests(['Gastrointestinal motility study']), { tests: ['胃肠道功能动力学检查'] }, {}).acc).toBe(true);
    expect(verifyTestOrder(tests(['Routine urinalysis']), { tests: ['尿常规'] }, {}).acc).toBe(true);
  });

  it('what is left must itself be a listed name: a qualifier kept makes another test', () => {
    expect(verifyTestOrder(tests(['Insulin tolerance test']), { tests: ['胰岛素'] }, {}).acc).toBe(false);
    expect(verifyTestOrder(tests(['Urine bilirubin test']), { tests: ['胆红素'] }, {}).acc).toBe(false);
    expect(verifyTestOrder(tests(['Glucose tolerance test']), { tests: ['血糖'] }, {}).acc).toBe(false);
  });
});

describe('drug product names read by structure (s33)', () => {
  const ctx = { drugs: getDrugLexicon(sharedPath('terms')) };

  it('an ester acid before the base is the same molecule (丙酸氯倍他索 = 氯倍他索)', () => {
    const ref = { drugs: ['丙酸氯倍他索乳膏', '哈西奈德溶液'] };
    expect(verifyDrugs(drugs(['氯倍他索', '哈西奈德']), ref, ctx).acc).toBe(true);
    expect(verifyDrugs(drugs(['莫米松']), { drugs: ['糠酸莫米松乳膏'] }, ctx).acc).toBe(true);
    expect(verifyDrugs(drugs(['戊酸雌二醇片']), { drugs: ['雌二醇'] }, ctx).acc).toBe(true);
    // Any other word before a generic is still another molecule.
    expect(verifyDrugs(drugs(['去甲肾上腺素']), { drugs: ['肾上腺素注射液'] }, ctx).acc).toBe(false);
    expect(verifyDrugs(drugs(['甲泼尼龙']), { drugs: ['泼尼松龙片'] }, ctx).acc).toBe(false);
  });

  it('a strength before the name and a site of use before the form keep the product', () => {
    expect(verifyDrugs(drugs(['20%甘露醇']), { drugs: ['甘露醇注射液'] }, ctx).acc).toBe(true);
    expect(verifyDrugs(drugs(['氯霉素眼药水']), { drugs: ['氯霉素滴眼液'] }, ctx).acc).toBe(true);
    expect(verifyDrugs(drugs(['红霉素眼膏']), { drugs: ['氯霉素滴眼液'] }, ctx).acc).toBe(false);
    // A name continued by more name is another drug, site word or not (泼尼松龙 is not 泼尼松).
    expect(verifyDrugs(drugs(['泼尼松龙滴眼液']), { drugs: ['泼尼松片'] }, ctx).acc).toBe(false);
  });

  it('an English name built like a Chinese product name: "Compound X" = 复方X, "X + Y" = the combination XY', () => {
    expect(verifyDrugs(drugs(['Compound cyclophosphamide']), { drugs: ['复方环磷酰胺片'] }, ctx).acc).toBe(true);
    expect(verifyDrugs(drugs(['Amoxicillin + clavulanate']), { drugs: ['阿莫西林克拉维酸钾片'] }, ctx).acc).toBe(true);
    // A compound or a combination is never its single ingredient, either way round.
    expect(verifyDrugs(drugs(['Compound cyclophosphamide']), { drugs: ['环磷酰胺片'] }, ctx).acc).toBe(false);
    expect(verifyDrugs(drugs(['Amoxicillin + clavulanate']), { drugs: ['阿莫西林胶囊'] }, ctx).acc).toBe(false);
  });

  it('adrenaline added to an anaphylaxis label is an indicated addition, never a stand-in', () => {
    const withIndications = { ...ctx, indications: createDrugIndications() };
    const ref = { drugs: ['盐酸苯海拉明注射液'], icd: 'T78.200' };
    expect(verifyDrugs(drugs(['肾上腺素（肌内注射）', '盐酸苯海拉明注射液']), ref, withIndications).acc).toBe(true);
    expect(verifyDrugs(drugs(['肾上腺素']), ref, withIndications).acc).toBe(false);
  });
});

describe('diagnosis names with a trailing qualifier (s33)', () => {
  const ctx = { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')) };
  const ref = { code: 'E66.900x001', name: '单纯性肥胖' };

  it('reads 肥胖症（单纯性） as 单纯性肥胖症, and the bare category stays less specific', () => {
    expect(verifyDiagnosis('{"diagnosis": "肥胖症（单纯性）", "icd10": "E66.9"}', ref, ctx).acc).toBe(true);
    expect(verifyDiagnosis('{"diagnosis": "肥胖症", "icd10": "E66.9"}', ref, ctx).acc).toBe(false);
    expect(verifyDiagnosis('{"diagnosis": "肥胖症（药物性）", "icd10": "E66.1"}', ref, ctx).acc).toBe(false);
  });
});
