import { describe, expect, it } from 'vitest';
import { testConceptOf, testTermKey } from './test-terms.js';

describe('test terminology keys', () => {
  it('folds wordings of the same test (specimen 液, 实验/试验, method suffixes, 粪便/大便)', () => {
    expect(testTermKey('尿液常规')).toBe(testTermKey('尿常规'));
    expect(testTermKey('痰液常规检查')).toBe(testTermKey('痰常规'));
    expect(testTermKey('明胶液化实验')).toBe(testTermKey('明胶液化试验'));
    expect(testTermKey('膀胱镜检查')).toBe(testTermKey('膀胱镜'));
    expect(testTermKey('角尺度测量')).toBe(testTermKey('角尺度试验'));
    expect(testTermKey('大便常规')).toBe(testTermKey('粪便常规'));
    // Different tests stay different; a name that is only a method word is kept whole.
    expect(testTermKey('尿常规')).not.toBe(testTermKey('血常规'));
    expect(testTermKey('胸腔积液常规')).not.toBe(testTermKey('胸腔积常规'));
    expect(testTermKey('检查')).toBe('检查');
  });

  it('finds the concept of a reworded or English name', () => {
    expect(testConceptOf('尿液常规检查')).toBe(testConceptOf('urinalysis'));
    expect(testConceptOf('Electrocardiogram')).toBe(testConceptOf('心电图'));
    expect(testConceptOf('尿常规')).not.toBe(testConceptOf('血常规'));
    expect(testConceptOf('no such test')).toBeUndefined();
  });
});
