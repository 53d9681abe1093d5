import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../core/types.js';
import { assessEvidence } from './assess-evidence.js';
import { termSet } from './lexical-terms.js';
import { packageSources } from './package-sources.js';

const hit = (id: string, authority: SearchHit['authority'], text: string, relevance = 0.8): SearchHit & { relevance: number } => ({
  id,
  docId: id,
  title: id,
  section: '',
  source: 's',
  authority,
  lang: 'en',
  score: 1,
  text,
  relevance,
});

describe('assessEvidence', () => {
  it('flags different figures for the same thing across sources', () => {
    const { sources } = packageSources([
      hit('guideline', 'A', 'Adults should take no more than 4000 mg of acetaminophen per day.'),
      hit('forum', 'E', 'Adults can safely take up to 6000 mg of acetaminophen per day.'),
    ]);
    const a = assessEvidence(sources, termSet('maximum daily dose of acetaminophen for adults'), { lang: 'en' });
    // A dose disagreement is safety-relevant: its own code, shown to the user in every mode.
    expect(a.warnings).toEqual([
      {
        code: 'safety-contradiction',
        message: 'sources disagree: [1] (authority A) and [2] (authority E) give different figures (4000 mg vs 6000 mg)',
        details: { a: 1, aAuthority: 'A', b: 2, bAuthority: 'E', kind: 'figures', figures: '4000 mg vs 6000 mg' },
      },
    ]);
    expect(a.safetyConflicts).toEqual(a.warnings);
    expect(a.notes[0]).toMatch(/State the disagreement, cite both/);
  });

  it('flags opposite recommendations in Chinese', () => {
    const { sources } = packageSources([
      hit('a', 'B', '孕妇高血压患者不推荐使用血管紧张素转换酶抑制剂治疗。'),
      hit('b', 'D', '孕妇高血压患者推荐使用血管紧张素转换酶抑制剂治疗。'),
    ]);
    const a = assessEvidence(sources, termSet('孕妇高血压能用血管紧张素转换酶抑制剂吗'), { lang: 'zh' });
    expect(a.warnings.map((w) => [w.code, w.message])).toEqual([
      ['sources-disagree', 'sources disagree: [1] (authority B) and [2] (authority D) give one recommends what the other advises against'],
    ]);
    expect(a.warnings[0].details).toMatchObject({ a: 1, b: 2, kind: 'advice' });
  });

  it('stays quiet when sources agree, and reports weak or missing support', () => {
    const agree = packageSources([
      hit('a', 'A', 'A normal A1C level is below 5.7 percent.'),
      hit('b', 'C', 'Below 5.7 percent is a normal A1C level for most adults.'),
    ]);
    expect(assessEvidence(agree.sources, termSet('normal A1C level'), { lang: 'en' }).warnings).toEqual([]);
    const weak = packageSources([hit('a', 'A', 'Exercise helps many conditions.', 0.2)]);
    const weakWarning = assessEvidence(weak.sources, termSet('exercise for knee arthritis'), { lang: 'en' }).warnings[0];
    expect(weakWarning).toMatchObject({ code: 'weak-evidence', details: { coverage: 20 } });
    expect(weakWarning.message).toMatch(/^weak evidence: the best source covers only 20%/);
    expect(assessEvidence([], new Set(), { lang: 'en' }).warnings[0].code).toBe('insufficient-evidence');
  });
});
