import { describe, expect, it } from 'vitest';
import { buildEvidenceAnswer } from './evidence-answer.js';
import { namesWithoutPage, widen } from './no-page.js';

describe('no page about the medicine asked', () => {
  // Titles as the shared KB has them: disease pages that list 苯磺酸氨氯地平胶囊 among common medicines, no drug page.
  const hits = [
    { title: '小儿高血压', about: undefined },
    { title: '高血压肾病', about: undefined },
  ];
  it('names a medicine no retrieved passage is about, whole (氨氯地平, not its ending 地平)', () => {
    expect(namesWithoutPage('吃氨氯地平降压，最近两个脚踝都肿了，是药的副作用吗', hits)).toEqual(['氨氯地平']);
    expect(namesWithoutPage('lisinopril dry cough wont go away', [{ title: 'Cough' }])).toEqual(['lisinopril']);
  });
  it('a medicine with its own page, or a question naming none, says nothing', () => {
    expect(namesWithoutPage('does lisinopril cause cough', [{ title: 'Lisinopril' }])).toEqual([]);
    expect(namesWithoutPage('布洛芬能天天吃吗', [{ title: '解热镇痛药', about: '布洛芬' }])).toEqual([]);
    expect(namesWithoutPage('膝盖疼怎么办', hits)).toEqual([]);
  });
  it('widens a name found by its ending up to the word before it', () => {
    expect(widen('阿司匹林能和布洛芬一起吃吗', '洛芬')).toBe('布洛芬');
    expect(widen('最近在吃二甲双胍', '双胍')).toBe('二甲双胍');
    // A pronoun is never part of the name (the user test: 'no page about 我青霉素').
    expect(widen('我青霉素过敏', '青霉素')).toBe('青霉素');
    expect(widen('你们氨氯地平吃多久了', '地平')).toBe('氨氯地平');
    expect(namesWithoutPage('阿莫西林和头孢可以一起吃吗？我青霉素过敏', [])).not.toContain('我青霉素');
  });
  it('the evidence answer says so before the passages', () => {
    const text = buildEvidenceAnswer({ lang: 'zh', sources: [], questionTerms: new Set(), modelHint: '', noPage: ['氨氯地平'] });
    expect(text).toContain('知识库中没有专门关于“氨氯地平”的页面');
    expect(buildEvidenceAnswer({ lang: 'en', sources: [], questionTerms: new Set(), modelHint: '', noPage: ['lisinopril'] })).toContain(
      'no page about lisinopril',
    );
  });
});
