// A change told as progressing over weeks to years with nothing acute (gradual-course.ts, session 38): the learned reader
// alone may not make it an emergency (triage-bb bb036). A sudden change on top of a slow course is acute and stays.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { isGradualCourse } from './gradual-course.js';
import { normaliseText } from './normalise.js';

const gradual = (t: string) => isGradualCourse(normaliseText(t));

describe('isGradualCourse', () => {
  it('reads a span that runs to now with a change that progressed over it', () => {
    expect(gradual("Dad's 90 and over the past year he's started repeating stories and misplacing his keys more. Should we ask for a memory assessment?")).toBe(
      true,
    );
    expect(gradual('我爸今年87，这一年来记性越来越差，老是找不到东西，生活还能自理。')).toBe(true);
    expect(gradual('Over the past 6 months my dad has gradually lost interest in his garden and seems flat.')).toBe(true);
  });
  it('does not read days, a span with no change, or an acute change on a slow course', () => {
    expect(gradual("Mum's 85 and over the last two days she's gone much more muddled than her usual.")).toBe(false);
    expect(gradual('For the past year he has been fine on his tablets.')).toBe(false);
    expect(gradual('Over the past year Dad has got more forgetful, but this morning he suddenly could not lift his right arm.')).toBe(false);
    expect(gradual('这一年来我妈记性越来越差，今天突然叫不醒，呼吸很粗。')).toBe(false);
  });
});

describe('triage: a gradual course is no emergency on the reader alone', () => {
  it('bb036 (a 90-year-old, a year of memory decline, a routine question) is not an emergency', () => {
    const d = triageDetail(
      "Dad's 90 and over the past year he's started repeating stories and misplacing his keys more. Still manages at home. Should we ask for a memory assessment?",
    );
    expect(d.level).not.toBe('emergency');
  });
  it.each([
    ['Over the past year Dad has got more forgetful, but this morning he suddenly could not lift his right arm and his face is drooping.'],
    ['Over the last few months Mum has been more forgetful, and now she has collapsed and is not responding.'],
    ['这几个月来我老公越来越爱忘事，两个小时前突然说话含糊不清，一边嘴角歪了。'],
  ])('an acute change on a slow course stays an emergency: %s', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
});
