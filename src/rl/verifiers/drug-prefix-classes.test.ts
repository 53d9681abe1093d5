// Session 22 (#18, review s21 costs): a word before a generic in a product's name keeps the molecule when it is of a
// same-molecule class (knowledge/medicine-mentions.ts SAME_MOLECULE_BEFORE: a salt's acid, a biological's source, the
// ester or salt a base is sold as; 左 before a molecule whose natural form is levo) and makes another medicine otherwise
// (去甲/异丙/左/右/艾司/磷/甲/氢化); a name continued by another medicine is a combination, not the generic.
import { describe, expect, it } from 'vitest';
import { verifyDrugs } from './drug-json.js';

const score = (gold: string, reply: string) => verifyDrugs(`{"drugs": ["${reply}"]}`, { drugs: [gold] }, {}).score;

describe('drug verifier: product names by prefix class', () => {
  it.each([
    ['胰岛素', '重组人胰岛素'],
    ['胰岛素', '生物合成人胰岛素注射液'],
    ['甲状腺素', '左甲状腺素钠片'],
    ['红霉素', '琥乙红霉素'],
    ['红霉素', '依托红霉素'],
    ['青霉素', '苄星青霉素'],
    ['青霉素', '普鲁卡因青霉素'],
    ['肝素', '肝素钠'],
    ['头孢曲松', '注射用头孢曲松钠'],
    ['肾上腺素', '盐酸肾上腺素注射液'],
    ['地塞米松', '地塞米松磷酸钠注射液'],
    ['噻托溴铵', '噻托溴铵粉雾剂'],
  ])('%s ← %s is the same molecule', (gold, reply) => expect(score(gold, reply)).toBe(1));

  it.each([
    ['肾上腺素', '去甲肾上腺素'],
    ['肾上腺素', '异丙肾上腺素'],
    ['氧氟沙星', '左氧氟沙星'],
    ['西酞普兰', '艾司西酞普兰'],
    ['苯妥英钠', '磷苯妥英'],
    ['泼尼松', '泼尼松龙'],
    ['泼尼龙', '甲泼尼龙'],
    ['可的松', '氢化可的松'],
    ['美沙酮', '右美沙芬'],
    ['氯苯那敏', '右氯苯那敏'],
    ['阿莫西林', '阿莫西林克拉维酸钾'],
    ['肝素', '低分子肝素'],
    ['epinephrine', 'norepinephrine'],
  ])('%s ← %s is another medicine', (gold, reply) => expect(score(gold, reply)).toBe(0));
});
