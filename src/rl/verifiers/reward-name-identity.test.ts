// Session 38 (#18): a name's identity read from its structure. Drugs: a Latin code goes on past a shorter name (B1 →
// B12 is another vitamin; D → D3 a form of D); a combination's bracket glosses one ingredient; a biological's English
// source word. Tests: a bone named by the characters before 骨/关节, a site inside a bones-and-joints or one-organ-system
// imaging gold. Each reading has a twin that must stay wrong (the blind batch's pq14-162 paid vitamin B12 for B1).
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { verifyDrugs } from './drug-json.js';
import { verifyTestOrder } from './test-order.js';

const ctx = () => ({ drugs: getDrugLexicon(sharedPath('terms')) });
const drugPays = (gold: string, answer: string) => verifyDrugs(JSON.stringify({ drugs: [answer] }), { drugs: [gold] }, ctx()).acc;
const testPays = (gold: string, answer: string) => verifyTestOrder(JSON.stringify({ tests: [answer] }), { tests: [gold] }, {}).acc;

describe('a Latin code continued past a shorter name is another medicine', () => {
  it.each([
    ['维生素B1片', 'Vitamin B12 (cyanocobalamin)'],
    ['维生素B12注射液', '维生素B1'],
    ['维生素B2片', '维生素B12'],
    ['维生素AD滴剂', '维生素A'],
    ['维生素A软胶囊', '维生素AD'],
    ['IL-2', 'IL-21'],
    ['维生素E软胶囊', '维生素AD'],
  ])('%s ← %s pays nothing', (gold, answer) => expect(drugPays(gold, answer)).toBe(false));

  it.each([
    ['维生素B1片', '维生素B1（硫胺素）'],
    ['维生素B12片', 'Vitamin B12 tablets'],
    // s39: the narrower answer names a form of the gold (D3 for D); the broader one (D for D3) is in reward-name-breadth.
    ['维生素D软胶囊', '维生素D3'],
    ['辅酶Q10胶囊', '辅酶Q10'],
    ['葡萄糖酸钙片', '葡萄糖酸钙口服溶液'],
    ['IL-2', 'IL-2'],
    // s38 review fix (S2): an English form or qualifier word after the letter is no new code.
    ['维生素E软胶囊', '维生素E softgel'],
    ['维生素E软胶囊', '维生素E natural'],
    ['维生素C片', '维生素C tabs'],
    ['维生素C片', '维生素C chewable'],
    ['维生素C片', '维生素C SR'],
  ])('%s ← %s is the same medicine', (gold, answer) => expect(drugPays(gold, answer)).toBe(true));
});

describe('combinations and source words in English names', () => {
  it('a bracket inside a combination glosses its ingredient, not the product (pq14-187)', () => {
    expect(drugPays('喷托维林氯化铵糖浆', 'Pentoxyverine (carbetapentane) citrate with ammonium chloride')).toBe(true);
    expect(drugPays('喷托维林片', 'Pentoxyverine (carbetapentane) citrate with ammonium chloride')).toBe(false);
    expect(drugPays('喷托维林氯化铵糖浆', 'Pentoxyverine (carbetapentane)')).toBe(false);
  });
  it('a closing bracket still names the whole product', () => {
    expect(drugPays('阿莫西林克拉维酸钾片', 'Amoxicillin with clavulanate (Augmentin)')).toBe(true);
    expect(drugPays('阿莫西林胶囊', 'Amoxicillin with clavulanate (Augmentin)')).toBe(false);
  });
  it('human / recombinant human before a known biological is that biological (pq14-195)', () => {
    expect(drugPays('胰岛素注射液', 'Human insulin')).toBe(true);
    expect(drugPays('胰岛素注射液', 'Recombinant human insulin')).toBe(true);
    expect(drugPays('重组人生长激素', 'Human growth hormone')).toBe(true);
    expect(drugPays('胰岛素注射液', 'Human papillomavirus vaccine')).toBe(false);
  });
});

describe('test names: a bone or joint by its characters, a site inside an imaging region', () => {
  it.each([
    ['四肢的骨和关节平片', '跟骨X线片（侧位+轴位）'],
    ['四肢的骨和关节平片', '尺桡骨X线正侧位片'],
    ['四肢的骨和关节平片', 'Plain X-rays of the wrist/forearm'],
    ['骨关节及软组织CT检查', '足踝CT'],
    ['骨关节及软组织CT检查', 'CT of the ankle'],
    ['骨关节及软组织CT检查', '病变骨CT扫描'],
    ['耳鼻咽喉CT检查', 'CT of the temporal bone'],
    ['跟骨X线片', '跟骨侧位片'],
  ])('%s ← %s', (gold, answer) => expect(testPays(gold, answer)).toBe(true));

  it.each([
    ['跟骨X线片', '距骨X线片'],
    ['股骨X线片', '胫骨X线片'],
    ['尺桡骨X线片', 'Humerus X-ray'],
    ['四肢的骨和关节平片', '跟骨CT'],
    ['四肢的骨和关节平片', '胸部X线片'],
    ['骨关节及软组织CT检查', 'Chest CT'],
    ['肝胆胰脾CT检查', '胸部CT'],
    ['胸腹部CT', '颅脑CT'],
    ['肝肾功能', '肝功能'],
    ['耳鼻咽喉CT检查', 'Temporal artery ultrasound'],
  ])('%s ← %s pays nothing', (gold, answer) => expect(testPays(gold, answer)).toBe(false));

  // s38 review fix: every S1 probe of /work/coord/reviews-s38/rl-probes.jsonl, and its borderline pair.
  it.each([
    ['四肢的骨和关节平片', '肋骨X线片'],
    ['四肢的骨和关节平片', '肋骨正位片'],
    ['四肢的骨和关节平片', '尾骨X线片'],
    ['四肢的骨和关节平片', '骶骨正侧位片'],
    ['四肢的骨和关节平片', '下颌骨X线片'],
    ['四肢的骨和关节平片', '颧骨X线片'],
    ['四肢的骨和关节平片', '腰椎正侧位片'],
    ['肝胆胰脾CT检查', '脾脏CT'],
    ['肝胆胰脾CT检查', '胰腺CT'],
    ['骨关节及软组织CT检查', '下颌骨CT'],
    ['腰椎正侧位片', '腰椎斜位片'],
  ])('review fix: %s ← %s pays nothing', (gold, answer) => expect(testPays(gold, answer)).toBe(false));

  it.each([
    ['四肢的骨和关节平片', '左肱骨正侧位片'],
    ['四肢的骨和关节平片', '股骨X线片'],
    ['跟骨X线片', 'Calcaneus X-ray (lateral and axial views)'],
    ['锁骨X线片', 'clavicle X-ray'],
    ['尺桡骨X线片', 'radius and ulna X-ray'],
  ])('review fix: %s ← %s is kept', (gold, answer) => expect(testPays(gold, answer)).toBe(true));

  it('review fix: an English bone name pays only its own bone', () => {
    expect(testPays('跟骨X线片', 'talus X-ray')).toBe(false);
    expect(testPays('锁骨X线片', 'scapula X-ray')).toBe(false);
  });

  it('an unread non-bone site still takes its synonyms and English names (no loss on older batches)', () => {
    expect(testPays('排粪造影检查', '排便造影')).toBe(true);
    expect(testPays('阴茎超声检查', 'Penile Doppler ultrasonography')).toBe(true);
    expect(testPays('支气管造影', '支气管碘油造影')).toBe(true);
    expect(testPays('胆管造影', '胆囊造影')).toBe(false);
  });

  it('a slot the gold as written fills decides on that path too: ICG angiography is no fluorescein angiography', () => {
    expect(testPays('眼底荧光血管造影', 'indocyanine green angiography (ICGA)')).toBe(false);
    expect(testPays('眼底荧光血管造影', 'Fundus fluorescein angiography (FFA)')).toBe(true);
  });
});
