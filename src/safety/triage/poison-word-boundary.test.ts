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
