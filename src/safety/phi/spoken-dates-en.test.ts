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

// The s32 review's probes (coord/reviews-s32, deid-probes*.jsonl), as written there.
describe('review fix: the S1 and S2 probes', () => {
  it.each([
    ['Contact no one three nine, two two four, eight eight one.', 'one three nine, two two four, eight eight one'],
    ['Phone no one four seven two two nine eight three six.', 'one four seven two two nine eight three six'],
    ["The tel no one seven seven two, eight eight three, nine one four is the daughter's.", 'one seven seven two, eight eight three, nine one four'],
    ['my mobile is the one ending, no wait, mobile no one two one three four four five five six.', 'one two one three four four five five six'],
  ])('S1-A: a leading "one" after "no" is the number\'s first digit: %s', (text, value) => {
    expect(covered(text, value)).toBe(true);
  });

  it('S1-A: only the determiner\'s own "one" is the pronoun ("The new one, one seven…" keeps the second one)', () => {
    const text = 'Which one? The new one, one seven seven three, two nine four, five five one.';
    expect(covered(text, 'one seven seven three, two nine four, five five one')).toBe(true);
  });

  it.each([
    ['Patient May Fourth Smith, DOB the ninth of May nineteen sixty.', 'May Fourth Smith'],
    ['Referral from Dr. June Second, cardiology.', 'June Second'],
  ])('S1-B: a date in words never cuts a name: %s', (text, name) => {
    expect(detectPhi(text).some((s) => s.type === 'NAME' && s.text.includes(name))).toBe(true);
    expect(covered(text, name)).toBe(true);
  });

  it.each([
    [
      'b-l02',
      'Digit span test: I said seven four one nine two eight three five and she repeated seven four one nine two eight three, missing the last digit.',
      ['seven four one nine two eight three five'],
    ],
    [
      'b-l16',
      'Fetal heart rate one four five, one four two, one four eight, one five zero on serial checks, all reassuring.',
      ['one four five, one four two, one four eight, one five zero'],
    ],
    ['p-b02', 'Pain scores over the week were seven, six, six, five, four, four, three.', ['seven, six, six, five, four, four, three']],
    ['p-b03', 'Temps today three seven two, three seven eight, three eight one.', ['three seven two, three seven eight, three eight one']],
    ['p-b04', 'Serial sevens: nine three, eight six, seven nine, seven two, six five.', ['nine three, eight six, seven nine, seven two, six five']],
    ['p-b05', 'Digit span forwards: six two nine four one eight seven, backwards: three one five eight two.', ['six two nine four one eight seven']],
    ['p-b09', 'Warfarin doses this week: five, five, three, five, five, three, five milligrams.', ['five, five, three, five, five, three, five']],
    ['p-b10', 'Insulin units per meal two four six, two four six, two four eight.', ['two four six, two four six, two four eight']],
    ['p-b11', 'Fetal heart one four zero, one three eight, one four two, reactive trace.', ['one four zero, one three eight, one four two']],
    ['p-b12', 'Blood sugars five six, seven eight, nine two, six four this morning.', ['five six, seven eight, nine two, six four']],
    ['p-b14', 'She took two, two, one, two, two, one, one tablets each day last week.', ['two, two, one, two, two, one, one']],
    [
      'p-b16',
      'Hearing test words at frequencies two five zero, five zero zero, one zero zero zero hertz.',
      ['two five zero, five zero zero, one zero zero zero'],
    ],
    ['p-b17', 'Obs 112 24 96 one four zero over ninety on arrival.', ['112 24 96 one four zero']],
    ['p-b18', 'We did a story in group: the girl counted one, three, five, seven, nine, two, four steps.', ['one, three, five, seven, nine, two, four']],
    ['p-b22', '剂量递增：一二五，二五零，五零零毫克，每两周加一次。', ['一二五，二五零，五零零']],
    ['p-b25', '記憶測試：七四一，九二八，三六五，佢記得頭六個。', ['七四一，九二八，三六五']],
    ['p-b26', '体温三七二，三七八，三八一，夜间发热。', ['三七二，三七八，三八一']],
  ])('S2: a clinical series said digit by digit is kept (%s)', (_id, text, keep) => {
    const spans = detectPhi(text);
    for (const k of keep) {
      const at = text.indexOf(k);
      expect(
        spans.filter((s) => s.start < at + k.length && at < s.end).map((s) => s.text),
        k,
      ).toEqual([]);
    }
  });

  it('S2 limit: a read-out number with no cue beside it counts when the turn before asks for it, or by its shape', () => {
    expect(covered('NURSE: what is the best number?\nPT: seven seven oh nine, double two, four one six', 'seven seven oh nine, double two, four one six')).toBe(
      true,
    );
    expect(covered('You can reach me at nine one seven, five five five, oh one two three.', 'nine one seven, five five five, oh one two three')).toBe(true);
    expect(covered("Mr. Oyelaran's social is five two three, one nine, eight eight four one.", 'five two three, one nine, eight eight four one')).toBe(true);
  });

  it('老周 before a telephone is a surname, not a weekday; 周一三五 stays days', () => {
    expect(spokenDigits('老周一三八，零零一三，八零零零')).toBe('老周138 0013 8000');
    expect(spokenDigits('每周一三五，二四六七休息')).toBe('每周一三五，二四六七休息');
  });
});
