// Numbers said aloud and written down as words (spoken-dates-en.ts, compact-readings.ts, reading.ts): dates of birth
// and telephone numbers in call transcripts and dictation. Texts written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { detectSpokenDatesEn } from './spoken-dates-en.js';
import { spokenDigits } from './reading.js';

const covered = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  const spans = detectPhi(text);
  for (let i = at; i < at + value.length; i++) if (/\S/.test(text[i]) && !spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
};
const dates = (text: string): string[] => detectSpokenDatesEn(text).map((s) => s.text);

describe('dates said in words', () => {
  it.each([
    ['NURSE: and her date of birth?\nMUM: the twenty-second of october two thousand and nine', 'the twenty-second of october two thousand and nine'],
    ['dob is august thirty-first nineteen sixty two, he lives alone', 'august thirty-first nineteen sixty two'],
    ['Patient states born September the eleventh, fifty-three.', 'September the eleventh, fifty-three'],
    ['CALLER: second of the eleventh, twenty oh four', 'second of the eleventh, twenty oh four'],
    ['birthday is eleven nine nineteen eighty seven', 'eleven nine nineteen eighty seven'],
    ['had his stent on the 14th of last February', 'the 14th of last February'],
    ['Next dose due on december sixth.', 'december sixth'],
    ['DOB twentieth April nineteen seventy, lives with son', 'twentieth April nineteen seventy'],
    ['first seizure in October nineteen ninety-nine', 'October nineteen ninety-nine'],
    ['her birthday is the sixth of Nov, nineteen seventy-four', 'the sixth of Nov, nineteen seventy-four'],
    ['last fall was on Thursday the twenty-second', 'Thursday the twenty-second'],
    ['date of birth is nine slash eleven slash forty-eight', 'nine slash eleven slash forty-eight'],
  ])('%s', (text, value) => {
    expect(dates(text)).toContain(value);
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('a modal, a verb, a fraction, counting and a dose are no date', () => {
    for (const t of [
      'you may first want to rest',
      'the band will march second after the choir',
      'a third of May was spent in hospital',
      'He was the third of four children',
      'take two tablets three times a day for five days',
      'born at thirty one weeks, twins',
      'It was the twelfth of never',
      'On the second of the month she pays rent',
      'I was the first May baby on the ward',
      'in march twenty twenty patients waited longer',
    ])
      expect(dates(t), t).toEqual([]);
  });

  it('numbers after a birth cue are a date only when they can be a day and a month', () => {
    expect(dates('date of birth twenty five fourteen nineteen ninety')).toEqual([]);
    expect(dates('the reading was three twelve twenty twenty')).toEqual([]);
  });
});

describe('telephone and record numbers said digit by digit', () => {
  it.each([
    // the question is in the turn before, out of the line's reach
    ['RN: best number to call you on?\nDAD: two one seven, five five five, zero one nine three.', 'two one seven, five five five, zero one nine three'],
    ['MUM: sorry — eight four seven two two nine three one six oh, that is my work line', 'eight four seven two two nine three one six oh'],
    // groups typed as digits among the words
    ['text me on 415 three three two 8870 after six', '415 three three two 8870'],
    // a group said as a pair, and the pronoun "one" before the number
    ['CALLER: the usual one, six oh two, four four one, nineteen twelve', 'six oh two, four four one, nineteen twelve'],
    // no reader knows the length: still a number read out
    ['caller: it is seven seven oh nine, double two, four one six', 'seven seven oh nine, double two, four one six'],
    // an area code said in brackets
    ['my number is (three one two) six six four, nine nine oh one', 'three one two) six six four, nine nine oh one'],
  ])('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('the pronoun "one" before the number stays', () => {
    const text = 'CALLER: the usual one, six oh two, four four one, nineteen twelve';
    expect(detectPhi(text).some((s) => s.text.startsWith('one'))).toBe(false);
  });

  it('counting, observations said as pairs and a few words are no number', () => {
    for (const t of [
      'one two three four five six seven eight',
      'count backwards: nine eight seven six five four three two one',
      'obs one twenty, ninety, sixty eight, thirty seven two, settled',
      'took one or two tablets, then three or four',
    ])
      expect(
        detectPhi(t).filter((s) => s.type === 'OTHER_ID' || s.type === 'PHONE'),
        t,
      ).toEqual([]);
  });

  it('reads a Chinese number read out with pauses as its grouping', () => {
    expect(spokenDigits('电话一五八，三三零九，七七二一')).toBe('电话158 3309 7721');
    expect(covered('家属：一五八，三三零九，七七二一，我是她女儿', '一五八，三三零九，七七二一')).toBe(true);
    // a list of weekdays, and groups of fewer than seven digits, are no number
    for (const t of ['周一三五，二四六休息', '一三五，二四六', '每周一三五，二四六七休息', '一二三，四五六，七八九，一起做操']) expect(spokenDigits(t)).toBe(t);
    expect(spokenDigits('一二三四五，六七')).toBe('12345，六七');
    // 幺 is a one said in a telephone number
    expect(spokenDigits('手机幺五八 三三零九 七七二幺')).toBe('手机158 3309 7721');
  });
});
