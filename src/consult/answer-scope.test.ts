import { describe, expect, it } from 'vitest';
import { deniedSignSpans, withoutDeniedSigns } from './answer-scope.js';

const denied = (reply: string): string[] => deniedSignSpans(reply).map((s) => reply.slice(s.start, s.end));

describe('answer scope: a sign a reply denies is not read as told', () => {
  it('blanks denials the sign scan misreads (consult-cases-45 c45-006, c45-018)', () => {
    expect(denied('前额有点胀痛。；眼睛没有闪光，看东西清楚。；上腹没有痛。')).toEqual(['眼睛没有闪光', '上腹没有痛']);
    expect(denied('有点咳，呼吸不快，没有喘。')).toEqual(['呼吸不快']);
    expect(denied("He didn't fall or hit his head.")).toEqual(["didn't fall or hit his head"]);
    expect(withoutDeniedSigns('有点咳，呼吸不快。')).toBe('有点咳，    。');
  });

  it('keeps a sign worded by its negation: an absent function, inability, a sign that does not stop', () => {
    for (const r of [
      '喘不上气，说话说不完整',
      '今天一直没感觉到胎动',
      '叫他也不太应，叫不醒的样子',
      "She hasn't had a wet nappy since this morning and won't wake up properly.",
      '按了二十分钟血还是止不住',
      "It hasn't stopped bleeding even with pressure.",
      '不停地吐，喝水都吐',
      "I can't catch my breath even sitting down",
      '有时候觉得活着没意思，不如死了算了。',
      '右手拿不住筷子，说话也说不清楚',
      "He isn't making sense and he can't lift his left arm.",
      '左手拿筷子不稳 拿不住',
      'not breathing',
      '无法呼吸',
    ])
      expect(denied(r), r).toEqual([]);
  });

  it('reads uncertainty, degree and "not only" as no denial', () => {
    for (const r of ["Don't think I passed out.", '肚子不怎么疼', '出血不少', '不止是胸口疼，左胳膊也疼']) expect(denied(r), r).toEqual([]);
  });

  it('a negation scopes over its own clause only', () => {
    expect(denied("He doesn't eat and is breathless")).toEqual([]);
    expect(denied('没有发烧，但是呼吸很快')).toEqual([]);
  });
});
