import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { burnLevel, holdsGrade, readBurn } from './burn.js';

// Sentences of our own (never a blind batch's).
describe('burn reader: mechanism, site, size, depth and age graded together', () => {
  it.each([
    ['煮面的时候开水溅到手腕上，红了一小块，大概指甲盖那么大，冲了冷水已经不太疼了', 'routine'],
    ['touched the iron by accident, small red mark on my finger, ran it under the tap', 'routine'],
    // NHS: blisters on a hand need seeing, however small.
    ['热油溅到手背上，起了一个黄豆大的小泡，要挑破吗', 'urgent'],
    ['spilled coffee down my thigh, blistering patch about the size of my palm, really sore', 'urgent'],
    ['我儿子4岁，手指碰到烤箱门，起了个小水泡', 'urgent'],
    ['an acid splashed on my forearm at work, I washed it for 20 minutes, its red and stinging', 'urgent'],
    ['我老婆做饭时热油溅到脸上，脸颊和额头起了好几个水泡', 'emergency'],
    ['my 2 year old pulled a mug of tea over himself, blisters all down his chest and belly', 'emergency'],
    ['he fell into the campfire, the skin on his shin is white and leathery and he says it does not hurt', 'emergency'],
    ['厨房着火了，我爸脸上被熏黑了，嗓子哑了，说话声音都变了', 'emergency'],
  ])('%s → %s', (text, level) => {
    expect(readBurn(text)?.level).toBe(level);
  });
  it('says nothing when the message gives no size, depth or site, and nothing for heartburn or fever words', () => {
    expect(readBurn('I burned myself cooking, what should I put on it?')?.level ?? null).toBeNull();
    expect(readBurn('bad heartburn after dinner every night')).toBeNull();
    expect(readBurn('孩子发烧，额头摸着发烫')).toBeNull();
  });
  it('an electrical injury the rules found stays an emergency whatever the burn looks like', () => {
    expect(readBurn('small burn on my palm after the shock', { electrical: true })?.level).toBe('emergency');
    expect(burnLevel(new Set(['small', 'red-only', 'hand-foot']))).toBe('routine');
  });
});

describe('burns in full triage', () => {
  it('a coin-sized scald on the back of the hand is not a major burn', () => {
    const d = triageDetail('倒开水的时候烫到手背了，起了一个硬币大小的水泡，已经冲了冷水');
    expect(d.level).not.toBe('emergency');
    expect(d.reasons).not.toContain('severe-burn-electric');
  });
  it('half a palm (半个手掌) on the back of a hand is a blistered hand burn for today, not a major one; 手背 is no back', () => {
    const d = triageDetail('煮面的时候开水溅到手背上，鼓了个水泡，大概半个手掌大，冲过凉水了');
    expect(d.level).toBe('urgent');
    expect(d.reasons).not.toContain('severe-burn-electric');
    // Half of a body is still large, and a scald on the back is still the trunk.
    expect(triageDetail('热油泼到孩子半个身子上，全是水泡').level).toBe('emergency');
    expect(triageDetail('开水泼到后背上了，一大片都起泡了').level).toBe('emergency');
  });
  it('blisters on a face are an emergency named as a burn', () => {
    const d = triageDetail('hot oil spat out of the wok onto my husbands face, his cheek and forehead are blistering');
    expect(d.level).toBe('emergency');
    expect(d.reasons.some((r) => r === 'major-burn' || r === 'severe-burn-electric')).toBe(true);
  });
});

// Review (session 8): "small/little/小的" anywhere in the burn sentences counted as a small burn, so a little boy's
// blistered chest was routine and `graded` kept the reader from raising it. The reviewer's probes.
describe('a size word counts only on the burn; a little boy is a young child; a routine grade does not block a raise', () => {
  it.each([
    ["My little boy pulled a pan of boiling water off the stove, it went down his chest and it's all blistering"],
    ['我家小的那个被开水烫了，肚子上起了很多水泡'],
    ["Boiling oil splashed on my face in our small kitchen, it's blistered"],
  ])('%s → emergency', (text) => {
    const r = readBurn(text);
    expect(r?.findings.has('small')).toBe(false);
    expect(r?.level).toBe('emergency');
    expect(triageDetail(text).level).toBe('emergency');
  });
  it('the child nouns with little/小 are a young child', () => {
    expect(
      readBurn("My little boy pulled a pan of boiling water off the stove, it went down his chest and it's all blistering")?.findings.has('young-child'),
    ).toBe(true);
    expect(readBurn('我家小的那个被开水烫了，肚子上起了很多水泡')?.findings.has('young-child')).toBe(true);
  });
  it('a size said of the burn still counts', () => {
    for (const t of [
      'touched the oven tray, a tiny red mark on my forearm',
      'kettle splashed my shin, the burn is small and red',
      '热水烫到小腿，起了个小水泡',
    ])
      expect(readBurn(t)?.findings.has('small')).toBe(true);
  });
  it("a coin-sized kettle scald on an adult's hand, cooled, is no major burn", () => {
    const d = triageDetail('I scalded the back of my hand with the kettle, a coin-sized blister, ran it under cool water for 20 minutes');
    expect(['routine', 'urgent']).toContain(d.level);
    expect(d.reasons).not.toContain('major-burn');
  });
  it('only an explicit burn size away from a child, face or genitals holds the grade; on a hand or joint only its urgent', () => {
    expect(holdsGrade(readBurn('kettle splashed my shin, the burn is small and red'))).toBe(true);
    expect(holdsGrade(readBurn('my little girl touched the iron, small red mark on her arm'))).toBe(false);
    expect(holdsGrade(readBurn('spilled tea on my thigh, it went red'))).toBe(false);
    // The hand is what made it same-day care; the reader knows no more of it than the burn reader did.
    expect(holdsGrade(readBurn('热油溅到手背上，起了一个黄豆大的小泡'))).toBe(true);
    expect(holdsGrade(readBurn('caught my fingers on the oven tray, a small patch, stings'))).toBe(false);
  });
  it('a palm-sized blister on the back of an adult hand is same-day care, not an ambulance', () => {
    const d = triageDetail('boiling water from the pan went over the back of my hand, blistered about the size of my palm, cooled it 20 minutes');
    expect(d.level).toBe('urgent');
  });
});
