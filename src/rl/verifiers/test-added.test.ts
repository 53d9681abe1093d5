import { describe, expect, it } from 'vitest';
import { addedTest, distinctCover } from './test-added.js';
import { verifyTestOrder } from './test-order.js';

const score = (gold: string[], tests: string[]) => verifyTestOrder(JSON.stringify({ tests }), { tests: gold }, {});

describe('distinctCover: the largest one-to-one pairing of answer names with golds', () => {
  it('one name meeting two golds covers one of them', () => {
    expect(
      distinctCover(
        [
          [true, true],
          [false, false],
        ],
        2,
      ),
    ).toBe(1);
    expect(
      distinctCover(
        [
          [true, true],
          [true, false],
        ],
        2,
      ),
    ).toBe(2);
    expect(distinctCover([], 3)).toBe(0);
  });
});

describe('one test added to a complete work-up (#18, s42): full credit read from the answer structure', () => {
  const workup = ['血常规', 'C反应蛋白', '胸部X线片'];
  it('every gold named, plus one non-invasive test of the work-up, is full credit', () => {
    const r = score(workup, ['血常规', 'C反应蛋白', '胸部X线片', '降钙素原']);
    // review s42: read and reported, not paid (a hedge between siblings reads the same)
    expect(r).toMatchObject({ acc: false, score: 0.857 });
    expect(r.reason).toMatch(/\(added, not paid\)/);
    expect(score(['心电图', '心肌酶谱', '胸部X线片'], ['ECG', 'Cardiac enzymes', 'Chest X-ray', 'Echocardiography']).reason).toMatch(/added, not paid/);
  });
  it('a gold list naming one test twice asks for it once (胃镜 and 纤维胃镜)', () => {
    expect(score(['腹部平片', '胃镜', '纤维胃镜', '直肠指检'], ['腹部X线平片', '电子胃镜', '肛门指诊', '腹部B超']).reason).toMatch(/added, not paid/);
  });
  it('two added tests, a two-test work-up, an invasive or off-site or look-alike extra stay F1', () => {
    const two = score(workup, ['血常规', 'C反应蛋白', '胸部X线片', '降钙素原', '痰培养']);
    expect(two).toMatchObject({ acc: false, score: 0.75 });
    expect(two.reason).toMatch(/not-one-extra/);
    expect(score(['血常规', 'C反应蛋白'], ['血常规', 'C反应蛋白', '降钙素原']).reason).toMatch(/small-workup/);
    expect(score(['腹部B超', '肝功能', '血常规'], ['腹部B超', '肝功能', '血常规', '肝穿刺活检']).reason).toMatch(/invasive-extra/);
    expect(score(['心电图', '心肌酶谱', '胸部X线片'], ['ECG', 'Cardiac enzymes', 'Chest X-ray', 'Head CT']).reason).toMatch(/off-site-extra/);
    expect(score(['上消化道钡餐', '胃镜', '腹部CT'], ['上消化道钡餐', '胃镜', '腹部CT', '钡剂灌肠']).reason).toMatch(/look-alike-extra/);
  });
  it('the added name must read as a test: a drug, a plan, a placeholder or a bare modality is none (s42 self-review)', () => {
    for (const x of ['阿莫西林', 'Amoxicillin', '抗感染治疗', 'Follow-up in 2 weeks', '其他检查', 'Other tests as needed', 'None', 'MRI'])
      expect(score(workup, [...workup, x]).reason).toMatch(/extra-not-a-test/);
    for (const x of ['OCT', 'Blood culture', 'C. difficile toxin assay', 'Sputum culture'])
      expect(score(workup, [...workup, x]).reason).toMatch(/added, not paid/);
  });
  it('a substitution is no addition: one broad name meeting two golds while a third meets none', () => {
    const r = score(
      ['多普勒超声心动图', '冠状动脉造影', '心电图', '心血管造影', '胸部平片'],
      ['多普勒超声心动图', '冠状动脉造影', '心电图', '脑血管造影', '胸部平片'],
    );
    expect(r.acc).toBe(false);
    expect(r.reason).toMatch(/not-every-gold-distinct/);
  });
});

describe('GRPO cannot raise its reward by listing more tests (probe)', () => {
  const gold = ['血常规', 'C反应蛋白', '胸部X线片', '痰培养'];
  const pool = ['降钙素原', '头颅CT', '腹部超声', '胃镜', '骨髓穿刺', '血培养', '胸部CT', '肝功能', '心电图', '尿常规'];
  it('adding names that meet no gold never raises the reward of any list, complete or not', () => {
    for (const base of [gold, gold.slice(0, 3), gold.slice(0, 2), ['血常规', '降钙素原']])
      for (let k = 1; k <= pool.length; k++) {
        const before = score(gold, base).score;
        const after = score(gold, [...base, ...pool.slice(0, k)]).score;
        expect(after).toBeLessThanOrEqual(before);
      }
  });
  it('hedging between a gold and its sibling is not free: the look-alike of a gold beside it stays F1', () => {
    expect(score(['抗Sm抗体', '类风湿因子', '抗核抗体'], ['抗Sm抗体', '类风湿因子', '抗核抗体', '抗dsDNA抗体']).acc).toBe(false);
  });
  it('the verdict itself: exactly one extra of a ≥ 3-test work-up', () => {
    const meets = [
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
    ];
    expect(addedTest(['血常规', 'C反应蛋白', '胸部X线片', '降钙素原'], meets, ['血常规', 'C反应蛋白', '胸部X线片'], () => false)).toEqual({
      kind: 'added',
      extra: '降钙素原',
    });
  });
});
