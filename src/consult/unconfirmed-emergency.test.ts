import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { nextConsultStep } from './policy.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const said = (content: string): ChatMessage => ({ role: 'assistant', content });

/** The level the consultation answers at after one question turn answered with `reply`. */
function levelAfter(opening: string, reply: string): { asked: string; level: string } {
  const first = nextConsultStep([user(opening)], { maxTurns: 1 });
  if (first.action !== 'ask') return { asked: '', level: first.triage.level };
  const last = nextConsultStep([user(opening), said(first.text), user(reply)], { maxTurns: 1 });
  return { asked: first.triage.level, level: last.triage.level };
}

// Consultation batch 22's c22-016 opening: sudden floaters, an emergency only the learned reader saw (p < 0.9), asked.
const FLOATERS = '右眼突然多了好多小黑点在飘 跟蚊子似的 是不是用眼过度 滴点眼药水行吗';

describe('disposition after asking follows whether each reply denied the signs asked', () => {
  it('a reader-only emergency whose reply denies every sign asked is same-day care, said as such', () => {
    const first = nextConsultStep([user(FLOATERS)], { maxTurns: 1 });
    if (first.action !== 'ask') throw new Error('expected a question turn');
    expect(first.triage.level).toBe('emergency');
    const last = nextConsultStep([user(FLOATERS), said(first.text), user('没有')], { maxTurns: 1 });
    expect(last.triage.level).toBe('urgent');
    expect(last.triage.reasons).toContain('model:signs-denied-after-asking');
    expect(last.triage.message).toMatch(/按急症处理/);
  });

  // Adversarial: a real emergency told in a denial's shape, a qualified no, an unknown — the emergency stays.
  it.each([
    '没有 就是右眼像有个帘子挡住了一半',
    '没有疼 但是右眼看东西越来越黑',
    '不清楚',
    '有一点',
    '没有 刚才还晕倒了一次',
    '没有外伤 不过视力一下子下降了很多',
    '没有呼吸急促 只是眼前一直闪光',
    '眼睛很疼 怕光',
    '有',
    '不确定',
  ])('floaters, reply %s → still an emergency', (reply) => {
    expect(levelAfter(FLOATERS, reply).level).toBe('emergency');
  });

  it('quick-reply chips are read against their own questions: all "没有" lowers, one "不确定" or "有" keeps the emergency', () => {
    const first = nextConsultStep([user(FLOATERS)], { maxTurns: 1 });
    if (first.action !== 'ask') throw new Error('expected a question turn');
    const chips = (...a: string[]) => a.map((x, i) => `${i + 1}. ${x}`).join('；');
    const n = first.questions.length;
    const at = (reply: string) => nextConsultStep([user(FLOATERS), said(first.text), user(reply)], { maxTurns: 1 }).triage.level;
    expect(at(chips(...Array(n).fill('没有')))).toBe('urgent');
    expect(at(chips(...Array(n - 1).fill('没有'), '不确定'))).toBe('emergency');
    expect(at(chips('有', ...Array(n - 1).fill('没有')))).toBe('emergency');
    expect(at(`${chips(...Array(n).fill('没有'))}\n但是右眼下半边看不见了`)).toBe('emergency');
  });

  it('a caller-supplied triage (no signs level) is never lowered', () => {
    const triage = () => ({ level: 'emergency' as const, reasons: ['caller'], message: 'call 999' });
    const first = nextConsultStep([user('I feel odd')], { maxTurns: 1, triage });
    expect(first.action).toBe('answer');
    expect(first.triage.level).toBe('emergency');
  });
});
