import { describe, expect, it } from 'vitest';
import { CPQEXAM_PROMPT_HEAD, choicePrompt } from './prompts.js';
import type { BenchItem } from './types.js';

const item = (letters: string, lang: 'zh' | 'en'): BenchItem => ({
  id: 'x',
  bench: 'cmexam',
  lang,
  question: '问题',
  options: { A: '甲', B: '乙', C: '丙' },
  gold: { kind: 'choice', letters },
  groups: {},
  metadata: {},
});

describe('choicePrompt', () => {
  it('uses the official wording for Chinese items and never reveals how many options are right', () => {
    const single = choicePrompt(item('A', 'zh'))[0].content;
    expect(single.startsWith(CPQEXAM_PROMPT_HEAD)).toBe(true);
    expect(choicePrompt(item('AC', 'zh'))[0].content).toBe(single);
    expect(choicePrompt(item('B', 'en'))[0].content).toBe(choicePrompt(item('BC', 'en'))[0].content);
  });

  it('puts evidence first, then the question and lettered options', () => {
    const c = choicePrompt(item('A', 'en'), { evidence: '<source n="1">x</source>' })[0].content;
    expect(c.indexOf('<source n="1">')).toBeLessThan(c.indexOf('Question:'));
    expect(c.endsWith('Options:\nA. 甲\nB. 乙\nC. 丙')).toBe(true);
  });
});
