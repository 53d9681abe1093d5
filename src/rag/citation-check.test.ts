import { describe, expect, it } from 'vitest';
import { checkCitations, splitSentences } from './citation-check.js';
import { createCitationStreamFilter } from './citation-stream-filter.js';

describe('checkCitations', () => {
  it('removes markers naming sources that do not exist and reports them', () => {
    const r = checkCitations('A normal A1C is below 5.7 percent [1]. It is measured yearly [9]. Both [1, 7] say so [2].', 2);
    expect(r.text).toBe('A normal A1C is below 5.7 percent [1]. It is measured yearly. Both [1] say so [2].');
    expect(r.invalid).toEqual([7, 9]);
    expect(r.cited).toEqual([1, 2]);
  });
  it('accepts full-width markers and reports claim sentences without citations', () => {
    const r = checkCitations('高血压是一种常见的慢性疾病，需要长期管理【1】。二甲双胍是治疗糖尿病的一线药物之一。如有不适请及时就医。', 1);
    expect(r.cited).toEqual([1]);
    expect(r.unsupported).toEqual(['二甲双胍是治疗糖尿病的一线药物之一。']);
  });
  it('does not treat reference ranges or referrals as claims needing sources', () => {
    const r = checkCitations('Potassium [3.5-5.0] is in range [1]. Please see your doctor if symptoms persist.', 1);
    expect(r.text).toContain('[3.5-5.0]');
    expect(r.unsupported).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('keeps decimals whole and trailing markers with their sentence', () => {
    expect(splitSentences('Below 5.7 percent. Next one! [2][3] 高血压。ok')).toEqual(['Below 5.7 percent.', 'Next one! [2][3]', '高血压。', 'ok']);
  });
});

describe('createCitationStreamFilter', () => {
  it('holds back partial markers so invalid ones never reach the stream', () => {
    const f = createCitationStreamFilter(2);
    const pieces = ['Insulin lowers', ' glucose [', '9', '] and A1C', ' [1', ']. Also [2, ', '8].'];
    const shown = pieces.map((p) => f.push(p)).join('') + f.flush();
    expect(shown).toBe('Insulin lowers glucose and A1C [1]. Also [2].');
    expect([...f.invalid].sort()).toEqual([8, 9]);
    expect([...f.cited].sort()).toEqual([1, 2]);
    expect(checkCitations('Insulin lowers glucose [9] and A1C [1]. Also [2, 8].', 2).text).toBe(shown);
  });
  it('releases a bracket that turns out not to be a marker', () => {
    const f = createCitationStreamFilter(3);
    const shown = ['Range [', '3.5-5.0', '] mmol/L'].map((p) => f.push(p)).join('') + f.flush();
    expect(shown).toBe('Range [3.5-5.0] mmol/L');
  });
});
