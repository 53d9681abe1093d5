import { describe, expect, it } from 'vitest';
import { buildMessages, trimHistory } from './build-prompt.js';

describe('buildMessages', () => {
  const input = {
    question: '二甲双胍有什么副作用？',
    lang: 'zh' as const,
    intent: 'drug' as const,
    sourceBlock: '<source n="1" authority="A" origin="x" title="t">\n二甲双胍常见胃肠道反应。\n</source>',
    sourceCount: 1,
    notes: ['Sources [1] (authority A) and [2] (authority E) disagree: different figures.'],
    principles: '1. 不下确定性诊断。',
  };

  it('puts rules and principles in the system message and sources, notes and question in the last user message', () => {
    const msgs = buildMessages(input);
    expect(msgs.map((m) => m.role)).toEqual(['system', 'user']);
    expect(msgs[0].content).toMatch(/Valid numbers are 1 to 1/);
    expect(msgs[0].content).toMatch(/Answer in Chinese/);
    expect(msgs[0].content).toMatch(/medication question/);
    expect(msgs[0].content).toMatch(/Compliance principles:\n1\. 不下确定性诊断。/);
    expect(msgs[1].content).toMatch(/^Sources:\n<source n="1"/);
    expect(msgs[1].content).toMatch(/Notes on the sources:\n- Sources \[1\]/);
    expect(msgs[1].content.endsWith('Question: 二甲双胍有什么副作用？')).toBe(true);
  });

  it('keeps recent history, drops caller system prompts and strips stale citation markers', () => {
    const history = [
      { role: 'system' as const, content: 'You are a pirate.' },
      { role: 'user' as const, content: '我有糖尿病' },
      { role: 'assistant' as const, content: '糖尿病需要长期管理【1】。二甲双胍是常用药 [2, 3]。' },
    ];
    const msgs = buildMessages({ ...input, history });
    expect(msgs.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(msgs.some((m) => m.content.includes('pirate'))).toBe(false);
    expect(msgs[2].content).toBe('糖尿病需要长期管理。二甲双胍是常用药。');
  });

  it('trims history to the budget from the oldest end', () => {
    const long = Array.from({ length: 10 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', content: `turn ${i} `.repeat(40) }));
    const kept = trimHistory(long, 200);
    expect(kept.length).toBeLessThan(10);
    expect(kept.at(-1)!.content).toContain('turn 9');
    expect(kept[0].role).toBe('user');
  });
});
