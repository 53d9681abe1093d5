import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';

describe('suspected giant-cell arteritis: a new headache at 50+ read with its cranial discriminators', () => {
  it.each([
    "My dad is 74 and for the last three weeks he's had headaches, his jaw gets tired when he's chewing steak and one eye went blurry yesterday",
    "I'm 69, a new headache for a fortnight and since this morning I keep seeing double",
    '我奶奶72岁，这两个星期头疼，嚼东西的时候下巴就酸痛，今天说右眼看不清了',
    '我今年66岁，最近新出现的头痛，梳头时头皮疼，看东西有重影',
  ])('with visual symptoms → emergency: %s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('giant-cell-arteritis-vision');
  });
  it.each([
    "I'm 71 and for about ten days I've had a headache, my scalp is so tender it hurts to comb my hair",
    'Headaches on and off for two weeks, and my tongue aches when I chew for a while', // age not given
    '我爸78岁了，头痛快一个月，吃饭嚼东西时腮帮子酸疼',
    '我68岁，这几周太阳穴痛，头皮一摸就痛',
  ])('with jaw or scalp signs → at least urgent: %s', (text) => {
    const d = triageDetail(text);
    expect(d.level).not.toBe('routine');
    expect(d.reasons.some((r) => r.startsWith('giant-cell-arteritis'))).toBe(true);
  });
  it.each([
    "I'm 29, tension headache and my jaw aches from clenching when I chew gum", // stated age under 50
    'My migraines come with blurry zigzags before them, which tablets work best?', // aura, no age, no cranial sign
    "I've had migraines for years and I'm 58, my scalp feels sore during an attack", // lifelong headache
    '我55岁，头不痛，就是嚼东西时下巴有点酸', // no headache
  ])('is not read into: %s', (text) => {
    const d = triageDetail(text);
    expect(d.reasons.some((r) => r.startsWith('giant-cell-arteritis'))).toBe(false);
  });
});

describe('a name or a side effect is not a finding', () => {
  it.each([
    ['which hayfever pills are least likely to leave me sleepy at work?', 'routine'],
    ['Is there a hay fever nasal spray that won’t make my son drowsy at school?', 'routine'],
    ['does loratadine cause drowsiness?', 'routine'],
    ['有没有治花粉热又不会犯困的药？', 'routine'],
    ['枯草热吃什么药好，会不会嗜睡？', 'routine'],
  ] as const)('%s → %s', (text, level) => {
    const d = triageDetail(text);
    expect(d.level).toBe(level);
    expect(d.reasons).not.toContain('sepsis-signs');
  });
  it('the condition name and the negated side effect are rewritten before every lexicon', () => {
    expect(normaliseText('hay fever tablets')).not.toMatch(/fever/);
    expect(normaliseText("won't make me drowsy")).not.toMatch(/drowsy/);
    expect(normaliseText('non-drowsy antihistamine')).not.toMatch(/drowsy/);
  });
  it.each([
    'he has a fever and is very drowsy and hard to wake',
    'his new tablets made him so drowsy he will not wake up and he has a high fever',
    '发烧三天，今天叫不醒，特别嗜睡',
    'she has scarlet fever and now she is drowsy and confused',
  ])('a real fever with drowsiness stays an emergency: %s', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
});
