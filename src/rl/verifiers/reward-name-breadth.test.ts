// Session 39 (#18): a name broader than the gold is not the gold. Drugs: the gold's Latin code goes on past the answer
// by a number (维生素B for 维生素B6, 辅酶Q for 辅酶Q10; vitamin D excepted); the narrower answer (D3 for gold D) stays the drug. Tests: a
// gold scan of several body regions (胸腹部CT, 头颈部CTA, 腹盆腔CT) is not named by a scan of fewer regions, but is by
// one naming them all or by the answer's scans of its parts together. Each reading has a twin that must still pay.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { verifyDrugs } from './drug-json.js';
import { bodyRegions } from './test-concepts.js';
import { verifyTestOrder, withoutMethodWord } from './test-order.js';

const ctx = () => ({ drugs: getDrugLexicon(sharedPath('terms')) });
const drugPays = (gold: string, answer: string) => verifyDrugs(JSON.stringify({ drugs: [answer] }), { drugs: [gold] }, ctx()).acc;
const testPays = (gold: string, answers: string[]) => verifyTestOrder(JSON.stringify({ tests: answers }), { tests: [gold] }, {}).acc;

describe('a drug name that stops short of the gold code is broader than the drug', () => {
  it.each([
    ['维生素B6片', '维生素B'],
    ['维生素B12注射液', '维生素B注射液'],
    ['维生素K1注射液', '维生素K'],
    ['辅酶Q10胶囊', '辅酶Q'],
  ])('%s ← %s pays nothing', (gold, answer) => expect(drugPays(gold, answer)).toBe(false));

  it.each([
    ['维生素B6片', '维生素B6注射液'],
    ['维生素D软胶囊', '维生素D3'],
    ['维生素K1注射液', '维生素K1'],
    ['辅酶Q10胶囊', '辅酶Q10片'],
    ['维生素E软胶囊', '维生素E'],
    ['维生素C片', '维生素C泡腾片'],
    // s39 review: D2 and D3 share indications and are prescribed interchangeably — D names the treatment.
    ['维生素D3片', '维生素D'],
    ['维生素D2注射液', '维生素D'],
  ])('%s ← %s is the same medicine', (gold, answer) => expect(drugPays(gold, answer)).toBe(true));
});

describe('body regions of an imaging name', () => {
  it.each([
    ['胸腹部CT', ['chest', 'abdomen']],
    ['头颈部CTA', ['head', 'neck']],
    ['腹盆腔MRI', ['abdomen', 'pelvis']],
    ['CT chest, abdomen and pelvis', ['chest', 'abdomen', 'pelvis']],
    ['肝胆胰脾CT检查', ['abdomen']],
    ['胸腰椎MRI', []],
    ['经食管超声心动图', ['chest']],
    ['血常规', []],
  ])('%s → %j', (name, regions) => expect([...bodyRegions(name)].sort()).toEqual([...regions].sort()));
});

describe('a scan of fewer regions is not a multi-region gold', () => {
  it.each([
    ['胸腹部CT', ['腹部CT']],
    ['胸腹部CT', ['Abdominal CT']],
    ['胸腹部CT', ['肝脏CT']],
    ['头颈部CTA', ['头颅CTA']],
    ['腹盆腔CT', ['腹部CT']],
    ['胸腹盆腔CT', ['胸腹部CT']],
    ['胸腹部CT', ['胸部MRI', '腹部CT']],
  ])('%s ← %j pays nothing', (gold, answers) => expect(testPays(gold, answers)).toBe(false));

  it.each([
    ['胸腹部CT', ['CT of the chest and abdomen']],
    ['胸腹部CT', ['胸部CT', '腹部CT']],
    ['头颈部CTA', ['Head and neck CT angiography']],
    ['头颈部CTA', ['头颅CTA', '颈部CTA']],
    ['腹盆腔CT', ['CT abdomen/pelvis']],
    ['腹部CT', ['CT abdomen and pelvis']],
    ['腹部超声', ['肝胆胰脾超声']],
  ])('%s ← %j is the test', (gold, answers) => expect(testPays(gold, answers)).toBe(true));
});

describe('a participle saying how an English procedure is done narrows it, and stays it', () => {
  it.each([
    ['眼底检查', 'Dilated fundus examination'],
    ['眼底检查', 'Dilated fundoscopy'],
    ['眼底检查', 'Undilated ophthalmoscopy'],
    ['膀胱镜检查', 'Sedated cystoscopy'],
    ['结肠镜检查', 'Sedated colonoscopy'],
  ])('%s ← %s is the test', (gold, answer) => expect(testPays(gold, [answer])).toBe(true));

  it.each([
    ['胃镜检查', 'Sedated colonoscopy'],
    ['眼底荧光血管造影', 'Dilated fundus examination'],
    ['眼底检查', 'Dilated pupil examination'],
    ['血红蛋白', 'Glycated hemoglobin'],
    ['结肠镜检查', 'Virtual colonoscopy'],
  ])('%s ← %s pays nothing', (gold, answer) => expect(testPays(gold, [answer])).toBe(false));

  it('only before a procedure head, never "enhanced"', () => {
    expect(withoutMethodWord('Dilated fundus examination')).toBe('fundus examination');
    expect(withoutMethodWord('Glycated hemoglobin')).toBeNull();
    expect(withoutMethodWord('Contrast enhanced ultrasonography')).toBeNull();
    expect(withoutMethodWord('Enhanced ultrasonography')).toBeNull();
    expect(withoutMethodWord('散瞳眼底检查')).toBeNull();
  });
});

// s39 review (S1): only a method participle (dilated, sedated) steps aside before a procedure — a state of the order
// (deferred, cancelled, refused) or another test's word (stress, prolonged) keeps the name another thing; a region part
// that is a guided procedure or unenhanced where the gold is enhanced is not that part.
describe('participles and region parts that are not the gold', () => {
  it.each([
    ['结肠镜检查', ['Deferred colonoscopy']],
    ['胃镜检查', ['Cancelled gastroscopy']],
    ['心电图', ['Stressed electrocardiography']],
    ['胸腹部增强CT', ['胸部CT平扫', '腹部增强CT']],
    ['胸腹部CT', ['胸部CT引导下穿刺', '腹部CT']],
  ])('%s ← %j pays nothing', (gold, answers) => expect(testPays(gold, answers)).toBe(false));

  it.each([
    ['结肠镜检查', ['Sedated colonoscopy']],
    ['胸腹部CT', ['胸部CT', '腹部CT']],
  ])('%s ← %j pays', (gold, answers) => expect(testPays(gold, answers)).toBe(true));
});
