import { describe, expect, it } from 'vitest';
import { ACUTE_CHANGE_QUESTIONS } from './acute-change.js';
import { askedAgain, signsAsked } from './same-signs.js';

describe('same-signs: one question asked twice in other words', () => {
  it('reads the stroke signs in both wordings as the same question (review s38 S2-c)', () => {
    const own = '有没有口角歪斜、一侧手脚无力、说话不清？';
    expect(askedAgain(ACUTE_CHANGE_QUESTIONS.zh[1], [own])).toBe(true);
    expect(signsAsked(own).size).toBeGreaterThanOrEqual(2);
  });

  it('a question asking one more sign, a single shared sign or no sign is not a repeat', () => {
    const own = '有没有口角歪斜、一侧手脚无力、说话不清？';
    // alertness / confusion, drinking / fever / breathing: other signs than the stroke question's
    expect(askedAgain(ACUTE_CHANGE_QUESTIONS.zh[0], [own])).toBe(false);
    expect(askedAgain(ACUTE_CHANGE_QUESTIONS.zh[2], [own])).toBe(false);
    expect(askedAgain('症状是几点开始的？是突然出现的吗？', [own])).toBe(false);
    expect(askedAgain('这种情况持续多久了？', ['这种情况持续多久了？'])).toBe(false);
    expect(askedAgain('有没有发烧？', ['有没有发烧、呕吐？'])).toBe(false);
    expect(askedAgain(ACUTE_CHANGE_QUESTIONS.en[1], [])).toBe(false);
  });
});
