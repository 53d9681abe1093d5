// Session 34 (#18): names the reward could not read — older drug names written whole, and test names in the other
// language read through the atom lexicon's label words. Each reading has a twin that must stay wrong.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { currentDrugName } from '../../knowledge/drug-names-older.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { getIcd10 } from '../../knowledge/icd10.js';
import { verifyDrugs } from './drug-json.js';
import { verifyDiagnosis } from './icd-code.js';
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

describe('review fix (s34): sibling tests stay wrong, the diagnosis organ check keeps its lexicon', () => {
  const urethritis = ['中段尿细菌培养计数', '尿常规', '尿三杯试验'];
  it.each([
    [
      ['脊柱MRI检查', '趾长伸肌肌力试验'],
      ['腰椎MRI', '拇长伸肌肌力试验'],
    ],
    [
      ['脊柱MRI检查', '趾长伸肌肌力试验'],
      ['MRI lumbar spine', 'Extensor hallucis longus (EHL) strength'],
    ],
    [
      ['类风湿因子', '髋关节弹响试验', '四肢的骨和关节平片'],
      ['rheumatoid factor', 'Ortolani test', 'X-ray of the hip joint'],
    ],
    [urethritis, ['midstream urine culture with colony count', 'urinalysis', 'Meares-Stamey test']],
    [urethritis, ['midstream urine culture with colony count', 'urinalysis', 'two-glass test']],
    [['角膜映光法'], ['corneal reflex test']],
    [['游离三碘甲状腺原氨酸指数（FT3I）'], ['free T3']],
    // (放射性核素心血管造影 for 心血管造影 still meets it by containment in the verifier, as at START: the atoms
    // differ now — term-atoms-labels.test.ts — but that older path is not this change's.)
  ])('%j is not %j', (gold, answer) => {
    expect(verifyTestOrder(tests(answer), { tests: gold }, {}).acc).toBe(false);
  });

  it('the Meares-Stamey / two-glass item earns nothing; the three-glass urine test meets 尿三杯试验', () => {
    const wrong = verifyTestOrder(tests(['midstream urine culture with colony count', 'urinalysis', 'Meares-Stamey test']), { tests: urethritis }, {});
    const right = verifyTestOrder(tests(['中段尿培养', '尿常规', 'three-glass urine test']), { tests: urethritis }, {});
    expect(right.score).toBeGreaterThan(wrong.score);
    expect(verifyTestOrder(tests(['three-glass urine test']), { tests: ['尿三杯试验'] }, {}).acc).toBe(true);
  });

  const icd = { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')) };
  it.each([
    ['Adnexitis (salpingo-oophoritis)', 'N70.9', '附件炎'],
    ['Salpingo-oophoritis', 'N70.9', '附件炎'],
    ['Ovarian cyst', 'N83.2', '附件囊肿'],
    ["Peyronie's disease (fibrous plaque of the penis)", 'N48.6', '阴茎海绵体硬结症'],
    ['Submandibular space infection', 'K12.2', '颌面部间隙感染'],
    ['Tuberculous epididymitis', 'N49.9', '男性生殖系结核'],
    ['Primary testicular hypogonadism', 'E29.1', '男性生殖腺机能减退症'],
  ])('%s @ %s is %s (no wrong-organ from a label site)', (name, code, gold) => {
    expect(verifyDiagnosis(JSON.stringify({ diagnosis: name, icd10: code }), { code, name: gold }, icd)).toMatchObject({ acc: true });
  });
});
