// Quick replies written as a list on one line bind item by item (session 25). Until then "1、没有 2、有 3、没有" was
// the answer to question 1 only ("没有 2、有 3、没有", a no): the yes to question 2 never reached the case. Rows mirror
// bench/consult-s25-list-reply-probes.jsonl; each list shape has a twin with the same numbers in another sense.
import { describe, expect, it } from 'vitest';
import { readReplies } from './replies.js';
import { splitListLines } from './reply-lists.js';

const ZH3 = ['有没有胸痛？', '有没有发烧？', '这种情况持续多久了？'];
const EN3 = ['Any chest pain?', 'Any fever?', 'How long has this been going on?'];

describe('a list on one line is read one item a line', () => {
  it.each([
    ['1、没有 2、有 3、没有', '1、 没有\n2、 有\n3、 没有'],
    ['①没有 ②有 ③没有', '1、 没有\n2、 有\n3、 没有'],
    ['①没有②有③没有', '1、 没有\n2、 有\n3、 没有'],
    ['1、没有，2、有，3、没有', '1、 没有，\n2、 有，\n3、 没有'],
    ['1. no 2. 3 days 3. 64', '1、 no\n2、 3 days\n3、 64'],
    ['1) yes 2) no', '1、 yes\n2、 no'],
    ['1、没有 2、39度 3、没有', '1、 没有\n2、 39度\n3、 没有'],
    ['①没有', '1、 没有'],
  ])('%s', (reply, lines) => {
    expect(splitListLines(reply, 3)).toBe(lines);
  });

  it.each([
    '烧了2、3天', // two or three days: the number is glued to a word
    '1、2天', // one or two days: no second mark
    '1、 2、3天', // item 1 names nothing
    '1. 2. 3.',
    '1.没有2.有', // marks glued to words are not told apart from 2、3天
    "I'm 64. 65 next month",
    '38.5. no rash',
    'about 1.5 days, nothing else',
    '吃了2、3片药，1、2个小时就好了',
    '答：1、没有 2、有', // a list must open its line
    '1 no 2 no 3 no', // numbers without marks
    '1、没有\n2、有', // already one item a line
    'no. 2 days. 45.',
  ])('leaves %s as written', (reply) => {
    expect(splitListLines(reply, 3)).toBe(reply);
  });

  it('splits off only the questions the turn asked: an extra item stays with the last answer', () => {
    expect(splitListLines('1、没有 2、39度 3、没有 4、我老伴在化疗', 3)).toBe('1、 没有\n2、 39度\n3、 没有 4、我老伴在化疗');
    expect(splitListLines('1、没有 2、有', 1)).toBe('1、没有 2、有');
  });
});

describe('each item binds to its question', () => {
  it('a yes to question 2 is affirmed, in Chinese and English, with Arabic or circled numbers', () => {
    expect(readReplies([{ asked: ZH3, reply: '1、没有 2、有 3、3天' }], 'zh')).toMatchObject({
      affirmed: ['有没有发烧？'],
      facts: { duration: '3天' },
      free: '',
    });
    expect(readReplies([{ asked: ZH3, reply: '①没有 ②有 ③两天' }], 'zh')).toMatchObject({ affirmed: ['有没有发烧？'], facts: { duration: '两天' } });
    expect(readReplies([{ asked: EN3, reply: '1) no 2) yes 3) 2 days' }], 'en')).toMatchObject({ affirmed: ['Any fever?'], facts: { duration: '2 days' } });
  });

  it('all noes affirm nothing', () => {
    expect(readReplies([{ asked: ZH3, reply: '1、没有 2、没有 3、没有' }], 'zh').affirmed).toEqual([]);
    expect(readReplies([{ asked: EN3, reply: '①no ②no ③no' }], 'en').affirmed).toEqual([]);
  });

  it('an item past the questions frees no words (a third party, a denial, a past course stay out of the rules)', () => {
    const r = readReplies([{ asked: ZH3, reply: '1、没有 2、38度 3、没有 4、我老伴在化疗，我就是感冒' }], 'zh');
    expect(r).toMatchObject({ freed: '', free: '', affirmed: [] });
    expect(readReplies([{ asked: ZH3, reply: '①没有 ②38度 ③没有 ④不在化疗' }], 'zh')).toMatchObject({ freed: '', affirmed: [] });
  });

  it('a circled list, read whole as the patient’s words before, keeps its words: the items only add what they bind', () => {
    const r = readReplies([{ asked: ZH3, reply: '①没有 ②39度，叫不醒 ③没有 ④现在喘不上气' }], 'zh');
    expect(r).toMatchObject({ free: '①没有 ②39度，叫不醒 ③没有 ④现在喘不上气', unfreed: '①没有 ②39度，叫不醒 ③没有 ④现在喘不上气', freed: '' });
    expect(readReplies([{ asked: ZH3, reply: '①没有 ②有 ③两天' }], 'zh')).toMatchObject({ free: '①没有 ②有 ③两天', affirmed: ['有没有发烧？'] });
  });

  it('numbers in another sense stay the patient’s words', () => {
    const r = readReplies([{ asked: ZH3, reply: '烧了2、3天了，没有别的' }], 'zh');
    expect(r.free).toBe('烧了2、3天了，没有别的');
    expect(r.affirmed).toEqual([]);
  });
});
