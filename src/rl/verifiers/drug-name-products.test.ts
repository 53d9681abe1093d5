// Session 21 (#18): the drug verifier reads medicines through the one name table (drugs.ts medicineAliases: the seed
// list joined with drug-brands.ts), and a name around a gold name is a product of it only with a salt before it —
// a medicine whose name continues the gold's before it (去甲肾上腺素 for 肾上腺素) is another medicine, never credited.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { verifyDrugs } from './drug-json.js';

const ctx = { drugs: getDrugLexicon(sharedPath('terms')) };
const score = (gold: string, drug: string, withCtx = true) => verifyDrugs(JSON.stringify({ drugs: [drug] }), { drugs: [gold] }, withCtx ? ctx : {}).score;

describe('drug verifier names (one table)', () => {
  it.each([
    ['拉莫三嗪', 'Lamictal'],
    ['依普利酮', 'Inspra'],
    ['丙戊酸钠', 'Depakote'],
    ['美托洛尔', 'Toprol-XL'],
    ['左乙拉西坦', 'Keppra'],
  ])('a brand of drug-brands.ts is its medicine: %s ← %s', (gold, brand) => {
    expect(score(gold, brand)).toBe(1);
    expect(score(gold, brand, false)).toBe(1);
  });

  it.each([
    ['螺内酯', 'Inspra'], // eplerenone: same class, another medicine
    ['卡马西平', 'Trileptal'], // oxcarbazepine
    ['呋塞米', 'Bumex'], // bumetanide
    ['氯硝西泮', 'Xanax'], // alprazolam
  ])('a brand of a neighbour is not the gold: %s ← %s', (gold, brand) => expect(score(gold, brand)).toBe(0));
});

describe('a product name contains its generic only after a salt', () => {
  it.each([
    ['肾上腺素', '盐酸肾上腺素注射液'],
    ['噻托溴铵', '噻托溴铵粉雾剂'],
    ['地塞米松', '地塞米松磷酸钠注射液'],
    ['阿托品', '硫酸阿托品注射液'],
  ])('%s ← %s', (gold, product) => expect(score(gold, product)).toBe(1));

  it.each([
    ['肾上腺素', '去甲肾上腺素'],
    ['去甲肾上腺素', '肾上腺素'],
    ['苯妥英钠', '磷苯妥英'],
    ['氧氟沙星', '左氧氟沙星'],
    ['氯苯那敏', '右氯苯那敏'],
    ['泼尼松龙', '甲泼尼龙'],
    ['苯妥英钠', 'Cerebyx'],
  ])('another medicine is not credited: %s ← %s', (gold, other) => expect(score(gold, other)).toBe(0));
});
