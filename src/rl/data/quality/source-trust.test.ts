import { describe, expect, it } from 'vitest';
import type { RlItem } from '../item.js';
import { reviewCheck } from './review.js';
import { REVIEW_REQUIRED_SOURCES } from './source-trust.js';
import { runQualityStage } from './stage.js';
import { qualityOf } from './types.js';

const item = (id: string, source: string): RlItem =>
  ({
    id,
    source,
    task: 'drug',
    prompt: [{ role: 'user', content: `q ${id}` }],
    ground_truth: { drugs: ['阿莫西林'] },
    reward_spec: { task: 'drug', gt: { drugs: ['阿莫西林'] } },
    meta: {},
  }) as unknown as RlItem;

describe('consumer-site labels need an expert decision', () => {
  const kg = item('kg-1', [...REVIEW_REQUIRED_SOURCES][0]);
  const kg2 = item('kg-2', kg.source);
  const calc = item('calc-1', 'medcalc');

  it('holds unreviewed knowledge-graph items out by default, with the reason; other sources are untouched', () => {
    const { kept, excluded, report } = runQualityStage([kg, calc], {}, { checks: [] });
    expect(kept.map((i) => i.id)).toEqual(['calc-1']);
    expect(excluded.map((i) => qualityOf(i).flags.map((f) => f.code))).toEqual([['unreviewed-source']]);
    expect(report.byTask[`drug:${kg.source}`].excludedBy).toEqual({ 'unreviewed-source': 1 });
  });

  it('a reviewer accepting or correcting the label lets it train; a rejection keeps it out', () => {
    const at = '2026-12-02T00:00:00Z';
    const reviews = reviewCheck([
      { id: 'kg-1', decision: 'accept', reviewer: 'dr-a', at },
      { id: 'kg-2', decision: 'reject', reviewer: 'dr-a', at },
    ]);
    const { kept, excluded } = runQualityStage([kg, kg2], {}, { checks: [reviews] });
    expect(kept.map((i) => i.id)).toEqual(['kg-1']);
    expect(excluded.map((i) => i.id)).toEqual(['kg-2']);
  });

  it('the hold-out does not depend on the confidence threshold or keepLow', () => {
    for (const opts of [{ minConfidence: 0 }, { minConfidence: 0.4 }, { keepLow: true }]) {
      const { kept, excluded } = runQualityStage([kg, calc], {}, { checks: [], ...opts });
      expect(kept.map((i) => i.id)).toEqual(['calc-1']);
      expect(excluded.map((i) => i.id)).toEqual(['kg-1']);
    }
  });

  it('--trust-unreviewed keeps the rule-checked items', () => {
    expect(runQualityStage([kg], {}, { checks: [], trustUnreviewed: true }).kept).toHaveLength(1);
  });
});
