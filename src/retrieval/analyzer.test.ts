import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { foldEnglish } from './english.js';

describe('analyzer', () => {
  const a = createAnalyzer(['痉挛性咳嗽']);

  it('segments Chinese with the medical lexicon and drops function words', () => {
    const terms = a.queryTerms('我最近有痉挛性咳嗽，是什么病？');
    expect(terms).toContain('痉挛性咳嗽');
    expect(terms).toContain('咳嗽'); // search mode also emits the parts, for recall
    expect(terms).not.toContain('我');
    expect(terms).not.toContain('什么');
  });

  it('folds English inflections and derivations onto one key and drops stopwords', () => {
    expect(a.queryTerms('What are the treatments for diabetic infections?')).toEqual(['treatment', 'diabet', 'infect'].map(foldEnglish));
    expect(foldEnglish('diabetes')).toBe(foldEnglish('diabetic'));
    expect(foldEnglish('infected')).toBe(foldEnglish('infection'));
    expect(foldEnglish('kidneys')).toBe('kidney');
    expect(foldEnglish('HbA1c'.toLowerCase())).toBe('hba1c');
  });

  it('handles mixed scripts and tracks its lexicon', () => {
    const b = createAnalyzer();
    const before = b.lexiconHash();
    expect(b.addWords(['二甲双胍缓释片', '二甲双胍缓释片', 'x', '单'])).toBe(1);
    expect(b.lexiconHash()).not.toBe(before);
    expect(b.terms('二甲双胍缓释片500mg bid')).toEqual(expect.arrayContaining(['二甲双胍缓释片', '500mg', 'bid']));
  });
});
