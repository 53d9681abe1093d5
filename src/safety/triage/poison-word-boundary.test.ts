import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Review s44: 毒药 ("poison") sits inside 抗病毒药 ("antiviral drug"); a question about antivirals is no self-harm means.
describe('毒药 inside 抗病毒药 is not a means', () => {
  it('antiviral questions stay routine without a crisis line', () => {
    for (const t of ['需要吃抗病毒药吗？', '流感吃抗病毒药有用吗', '医生开了抗病毒药，要吃几天？']) {
      const r = triageDetail(t);
      expect(r.level, t).toBe('routine');
      expect(r.contributions.crisisLine, t).toBeNull();
    }
  });
  it('a stated wish to take poison stays an emergency with a crisis line', () => {
    const r = triageDetail('我想吃毒药死了算了');
    expect(r.level).toBe('emergency');
    expect(r.contributions.crisisLine).not.toBeNull();
  });
});

// Review s44 (wrong at START too): the poison named first, the intake after it with its object left out.
describe('a poison named, then "准备今晚吃" (zero object)', () => {
  it('is a stated plan: emergency with a crisis line', () => {
    for (const t of ['我买了毒药，准备今晚吃', '我买了毒药，准备今晚吃了它', '我买了农药，我今晚就要喝', '我买了老鼠药，准备今晚吃']) {
      const r = triageDetail(t);
      expect(r.level, t).toBe('emergency');
      expect(r.contributions.crisisLine, t).not.toBeNull();
    }
  });
  it('another act, another subject, a negated intent or an ordinary medicine is no plan', () => {
    for (const t of [
      '我买了老鼠药，准备今晚放在厨房',
      '买了农药，准备明天喷',
      '我买了农药，不准备喝',
      '我买了感冒药，准备今晚吃',
      '我买了老鼠药，老鼠就吃了',
    ]) {
      expect(triageDetail(t).contributions.crisisLine, t).toBeNull();
    }
  });
});
