import { describe, expect, it } from 'vitest';
import { findSigns } from '../safety/triage/sign-scan.js';
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

  // Review s40 S1 class A (b11, b21, b22): the span of a denied "context" sign (child@"the baby") erased the reduced-fetal-
  // movement finding it overlaps. Context signs are never denied, and a span over a sign not itself denied is never blanked.
  const fetal = [
    "I haven't felt the baby move since yesterday",
    "I haven't felt the baby move at all today",
    "We haven't felt the baby kick since last night",
    "haven't felt my baby move",
    "haven't felt the little one kick",
  ];
  // Review s40 S1 class B (b24): a negation before an absent function is the finding ("叫了没反应"), not a denial.
  const absent = [
    '叫了没反应',
    '叫她没有反应',
    '叫他没反应，一直睡',
    '拍他没反应',
    '喊他都没反应',
    '没有知觉',
    '没呼吸了',
    '没气了',
    '一天没尿',
    "He didn't respond when I called him",
    "she won't wake up",
    'no pulse',
  ];

  it('never blanks a reply that tells reduced fetal movement or an absent function (review s40 S1)', () => {
    for (const r of [...fetal, ...absent]) {
      expect(denied(r), r).toEqual([]);
      expect(withoutDeniedSigns(r), r).toBe(r);
    }
  });

  it('property: every sign read in a reply and not denied is still read once the denials are blanked', () => {
    const replies = [
      ...fetal,
      ...absent,
      "No bleeding, but I haven't felt the baby move since yesterday",
      '没有发烧，叫了没反应',
      '有点咳，呼吸不快，没有喘。',
      '前额有点胀痛。；眼睛没有闪光，看东西清楚。；上腹没有痛。',
      "He didn't fall or hit his head.",
    ];
    for (const r of replies) {
      const spans = deniedSignSpans(r);
      const deniedSigns = new Set(
        findSigns(r)
          .filter((h) => spans.some((s) => s.start <= h.start && s.end >= h.end))
          .map((h) => h.sign),
      );
      const after = new Set(findSigns(withoutDeniedSigns(r)).map((h) => h.sign));
      for (const h of findSigns(r)) if (!deniedSigns.has(h.sign)) expect(after.has(h.sign), `${r}: ${h.sign}`).toBe(true);
    }
  });

  it('still blanks plain denials beside the new guards', () => {
    expect(denied('有点咳，呼吸不快。')).toEqual(['呼吸不快']);
    expect(denied('嘴唇不紫，呼吸不快')).toContain('呼吸不快');
  });

  it('reads Cantonese 冇/唔 and zh-TW 沒/無 as negation cues, keeping offsets of the written reply (session 41)', () => {
    expect(denied('嘴唇唔紫，佢冇气促')).toEqual(['嘴唇唔紫', '冇气促']);
    expect(denied('嘴唇唔紫，佢冇氣促')).toEqual(['嘴唇唔紫', '冇氣促']);
    expect(denied('無頭暈，亦冇心口痛')).toEqual(['冇心口痛']);
    expect(withoutDeniedSigns('佢冇氣促，有少少咳')).toBe('佢   ，有少少咳');
  });

  it('keeps Cantonese inability, question forms and absent functions as told (session 41)', () => {
    for (const t of [
      '拎唔穩匙羹',
      '佢食唔落嘢',
      '仲係流緊血，止唔到',
      '唔知有冇氣促',
      '佢係唔係氣促我唔肯定',
      '佢叫極都冇反應',
      '冇好返，仲係咁',
      '佢唔係好喘',
    ])
      expect(deniedSignSpans(t)).toEqual([]);
  });
});

// Session-41 review (hidden S1): 乜 ("much") between 冇 and a finding is no gap a denial spans — "叫佢冇乜反應" (he
// hardly responds) is a finding, kept.
describe('a Cantonese "hardly" is no denial', () => {
  it('keeps 叫佢冇乜反應', () => expect(denied('叫佢冇乜反應，右手冇郁')).not.toContain('叫佢冇乜反應'));
  it('still reads a plain Cantonese denial', () => expect(denied('冇發燒，冇頭痛')).not.toEqual([]));
});
