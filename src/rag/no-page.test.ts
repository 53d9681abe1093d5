import { describe, expect, it } from 'vitest';
import { buildEvidenceAnswer } from './evidence-answer.js';
import { namesWithoutPage, noPageNote, tableMedicines, widen } from './no-page.js';

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

  it('names a medicine of the bilingual table that has no telling ending (metformin, 舍曲林, a brand), in either script', () => {
    expect(namesWithoutPage('does a CT scan with contrast affect my metformin?', [{ title: 'CT Scans' }])).toEqual(['metformin']);
    expect(namesWithoutPage('抑郁症吃舍曲林两年了，可以停药吗', [{ title: 'Depression' }])).toEqual(['舍曲林']);
    expect(namesWithoutPage('請問舍曲林要吃多久', [])).toEqual(['舍曲林']);
    expect(namesWithoutPage('can I drink alcohol while on Glucophage', [{ title: 'Alcohol' }])).toEqual(['glucophage']);
    // A page about the medicine under another of its names pages it (a Chinese question, an English page).
    expect(namesWithoutPage('二甲双胍伤肾吗', [{ title: 'Metformin' }])).toEqual([]);
  });
  it('a table name where it is not a medicine asked about says nothing', () => {
    // Denied in its clause; a condition's name; a thing; a lab value; the body's own substance; a longer word.
    expect(tableMedicines("I'm not on metformin, why is my sugar high")).toEqual([]);
    expect(tableMedicines('叶酸缺乏性贫血怎么治')).toEqual([]);
    expect(tableMedicines('toddler chewed a lithium battery')).toEqual([]);
    expect(tableMedicines('my albumin came back 28, is that low')).toEqual([]);
    expect(tableMedicines('does running raise dopamine levels')).toEqual([]);
    expect(tableMedicines('knee pain after my first ultramarathon')).toEqual([]);
    // The same name in the next clause, asked about, still counts (the denial is scoped to its clause).
    expect(tableMedicines("I'm not on metformin yet, but should I start metformin").map((m) => m.name)).toEqual(['metformin']);
    expect(tableMedicines('我没有吃过华法林，现在医生让我吃华法林，要注意什么').map((m) => m.name)).toEqual(['华法林']);
    expect(tableMedicines('我没有吃过华法林，为什么牙龈出血')).toEqual([]);
    // A negation the question asks about ("can I not take…") leaves the medicine asked about.
    expect(tableMedicines('can I not take metformin the day before my surgery?').map((m) => m.name)).toEqual(['metformin']);
  });
  it('the chat and /api/search say it with one sentence', () => {
    const note = noPageNote('does sertraline cause weight gain', [{ title: 'Overweight and Obesity' }], 'en');
    expect(note).toContain('no page about sertraline');
    expect(buildEvidenceAnswer({ lang: 'en', sources: [], questionTerms: new Set(), modelHint: '', noPage: ['sertraline'] })).toContain(note ?? '∅');
    expect(noPageNote('what is type 2 diabetes', [{ title: 'Diabetes' }], 'en')).toBeUndefined();
  });
});
