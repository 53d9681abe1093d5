import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Session 16's review (section B): an act of harm told after an intrusive-thought question was routine.
describe('harm done to another person is an emergency; a thought, a story or a conditional is not', () => {
  it.each([
    '脑子里总是闪过掐死孩子的画面，我很爱孩子，这是强迫症吗？昨晚我真的掐了她的脖子',
    "I keep having thoughts of drowning my baby in the bath, I'm terrified, is this normal? I'm running the bath now and can't stop thinking.",
    'my boyfriend strangled me last night and now my voice is hoarse',
    "I put my hands around his neck last night when he wouldn't stop crying, he's 2",
    '老公昨晚喝醉掐住我的脖子 现在嗓子哑了',
  ])('emergency: %s', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
  it.each([
    '脑子里总是闪过掐死孩子的画面，我很爱孩子，这是强迫症吗？',
    "I keep having thoughts of drowning my baby in the bath, I'm terrified, is this normal?",
    '如果有人掐住你的脖子怎么挣脱',
    "my baby choked on a grape but coughed it out, she's fine",
    'The villain strangled her in the movie, why did that give me nightmares?',
    '我没有掐她的脖子，只是抱得太紧了，她哭了',
    "how do I stop myself from shaking the baby when she cries? I never have, but I'm exhausted",
  ])('not an emergency: %s', (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});
