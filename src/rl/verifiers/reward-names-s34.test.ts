// Session 34 (#18): names the reward could not read — older drug names written whole, and test names in the other
// language read through the atom lexicon's label words. Each reading has a twin that must stay wrong.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { currentDrugName } from '../../knowledge/drug-names-older.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { verifyDrugs } from './drug-json.js';
import { verifyTestOrder } from './test-order.js';

const drugs = (names: string[]) => JSON.stringify({ drugs: names });
const tests = (names: string[]) => JSON.stringify({ tests: names });
const ctx = () => ({ drugs: getDrugLexicon(sharedPath('terms')) });

describe('older drug names, read by the RL drug verifier only (s34)', () => {
  it.each([
    ['头孢力新', '头孢氨苄'],
    ['先锋霉素Ⅳ', '头孢氨苄'],
    ['羟氨苄青霉素', '阿莫西林'],
    ['强的松龙', '泼尼松龙'],
    ['孕酮', '黄体酮'],
    ['柳氮磺胺吡啶', '柳氮磺吡啶'],
    ['6-巯基嘌呤', '巯嘌呤'],
    ['雷公藤总苷', '雷公藤多苷'],
    ['DDAVP', '去氨加压素'],
  ])('%s is %s', (old, current) => {
    expect(currentDrugName(old)).toBe(current);
    expect(verifyDrugs(drugs([old]), { drugs: [current] }, ctx())).toMatchObject({ acc: true });
  });

  it.each([
    ['强的松龙', '泼尼松'],
    ['头孢力新', '头孢拉定'],
    ['6-巯基嘌呤', '甲氨蝶呤'],
    ['孕酮', '雌二醇'],
    ['羟氨苄青霉素', '氨苄西林'],
  ])('%s is not %s', (old, other) => {
    expect(verifyDrugs(drugs([old]), { drugs: [other] }, ctx()).acc).toBe(false);
  });

  it('reads a name only when written whole: a longer name keeps its own meaning', () => {
    expect(currentDrugName('17α-羟孕酮')).toBe('17α-羟孕酮');
    expect(currentDrugName('孕酮')).toBe('黄体酮');
  });
});

describe('test names in the other language through the label words (s34)', () => {
  it('reads eponyms, analytes and sites the gold writes in Chinese', () => {
    const gold = ['舍莫尔试验', '泪膜破裂时间', '狼疮细胞试验', '类风湿相关核抗原(RANA)抗体'];
    expect(verifyTestOrder(tests(['Schirmer test', 'Tear break-up time', 'LE cell test', 'Anti-RANA antibody']), { tests: gold }, {})).toMatchObject({
      acc: true,
    });
    // the twin: another eponym of the eye, another antibody
    expect(verifyTestOrder(tests(['Seidel test', 'Tear break-up time', 'LE cell test', 'Anti-RANA antibody']), { tests: gold }, {}).acc).toBe(false);
    expect(verifyTestOrder(tests(['Schirmer test', 'Tear break-up time', 'LE cell test', 'Anti-Ro antibody']), { tests: gold }, {}).acc).toBe(false);
  });

  it('乳突 is the mastoid, not the breast', () => {
    expect(verifyTestOrder(tests(['Mastoid CT']), { tests: ['乳突CT检查'] }, {}).acc).toBe(true);
    expect(verifyTestOrder(tests(['Breast CT']), { tests: ['乳突CT检查'] }, {}).acc).toBe(false);
  });
});
