import { describe, expect, it } from 'vitest';
import { safeguardClaims } from './safeguards.js';
import { normalise } from './text.js';

const reasons = (t: string) => safeguardClaims(normalise(t)).map((f) => `${f.code} ${f.reason}`);

describe('dismissed safeguards', () => {
  it('flags a protective measure called unnecessary, whatever the disease', () => {
    expect(reasons("After a cat scratch from a stray, you don't need a tetanus shot at all.")[0]).toMatch(/^discourage-care dismissed safeguard \(vaccine\)/);
    expect(reasons('服用丙戊酸钠的孩子不需要定期抽血查肝功能。')[0]).toMatch(/monitoring/);
    expect(reasons("If a child swallows a button battery there's no need to see a doctor.")[0]).toMatch(/care/);
    expect(reasons('漏服两天也不需要采取额外的避孕措施。')[0]).toMatch(/contraception/);
    expect(reasons('Weaning is unnecessary: continuing the tablets after the trip is unnecessary.')).toHaveLength(1);
    expect(reasons('口服补液盐现在已不再作为常规推荐。')).toHaveLength(1);
    expect(reasons('超过三天再打疫苗已经没用了。')).toHaveLength(1);
  });

  it('keeps a dismissal the reader’s own protection or a clinician bounds, and warnings about it', () => {
    expect(reasons("If you had a tetanus booster within the last 5 years, you don't need another one.")).toEqual([]);
    expect(reasons('已经全程接种过疫苗、抗体阳性的人，不需要再打加强针。')).toEqual([]);
    expect(reasons('有人认为吃降压药不需要复查，这是错误的。')).toEqual([]);
    expect(reasons("It is a myth that you don't need a booster after a dirty wound.")).toEqual([]);
    expect(reasons('警惕"无需就医"之类的说法。')).toEqual([]);
    expect(reasons('The shingles vaccine is not recommended if you have active shingles.')).toEqual([]);
    expect(reasons('Most people with a cold do not need to see a doctor.')).toEqual([]);
  });
});

describe('blanket assurances about taking something', () => {
  it('flags no-side-effect and more-is-better claims', () => {
    expect(reasons('这种草药茶可以长期喝，没有任何副作用。')[0]).toMatch(/^harmful-practice blanket assurance/);
    expect(reasons('钙片多吃一点也没有坏处。')).toHaveLength(1);
    expect(reasons('Melatonin gummies are perfectly safe to give every night.')).toHaveLength(1);
  });

  it('keeps statements about a condition and warnings', () => {
    expect(reasons('这种囊肿本身没有危害，也不会癌变。')).toEqual([]);
    expect(reasons('误区：保健品没有副作用，可以随便吃。')).toEqual([]);
  });
});
