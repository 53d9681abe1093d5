// A numbered yes item is a yes to its question only as its own words scope it (session 25, review s25 R1–R22): someone
// else's, told of the past or as over, a question back, a worry or another act is no finding; a present, first-person
// yes with the same words beside it stays one. Rows mirror bench/consult-s25-item-yes-probes.jsonl.
import { describe, expect, it } from 'vitest';
import { itemYes } from './item-yes.js';
import { readReplies } from './replies.js';

const ZH3 = ['有没有突然剧烈的头痛？', '有没有晕倒、胸痛，或一侧手脚无力、说话不清？', '有没有发烧？'];
const EN3 = ['Any fever?', 'Any blood in the stool, black stools or vomiting blood?', 'Any weight loss?'];

describe('a yes item read in its own scope', () => {
  it.each([
    '是我妈有，我没有',
    '有，不过是我妈',
    '有（我爷爷）',
    '是我奶奶，不是我',
    '有，係我阿媽，唔係我',
    '有，不过是三年前',
    '对，上周，已经好了',
    '有过，已经好了',
    '有吗？',
    '会不会是吃坏了',
    '是不是肠胃炎',
    '有没有关系？',
    '有点担心',
    '有吃过药，没用',
    '有去医院看过，说没事',
    'Yes (my son, not me)',
    'yes, but that was my mom',
    'yes for my dad',
    'yes, years ago',
    'yes but only last year',
    'yes?? what does that mean',
    "yes I'm worried it could be an ulcer",
  ])('%s is qualified', (item) => {
    expect(itemYes(item)).toBe('qualified');
  });

  it.each([
    '有',
    '有，黑便',
    '有，刚才晕倒了一次',
    '有，昨天开始拉黑便',
    '有，以前也有过，现在又来了',
    '有，我老公说我脸色很差',
    '有，我和我妈都有',
    '有，我自己也有',
    '有看到手在抖',
    '有吃不下',
    '有，好了一点但还在',
    'yes, since last night',
    "yes, my wife noticed I'm pale and sweaty",
    'yes, had it before but now it is back',
    "yes, it hasn't gone away",
    'yes, me and my son both',
  ])('%s is a present yes', (item) => {
    expect(itemYes(item)).toBe('present');
  });

  it('a person named is the patient when the consultation is about someone else', () => {
    expect(itemYes('有，我儿子脖子很硬')).toBe('qualified');
    expect(itemYes('有，我儿子脖子很硬', { patientIsOther: true })).toBe('present');
    expect(itemYes('有，他身上有出血点压不褪', { patientIsOther: true })).toBe('present');
  });

  it('吐奶 is milk, not a grandmother', () => {
    expect(itemYes('有，吐奶')).toBe('present');
  });
});

describe('readReplies affirms a question only for a present yes', () => {
  it.each([
    ['1、没有 2、是我妈有，我没有 3、没有', []],
    ['1、没有\n2、有，不过是三年前\n3、没有', []],
    ['1、没有 2、会不会是吃坏了', []],
    ['1、没有 2、有，刚才晕倒了一次 3、没有', [ZH3[1]]],
    ['1、没有\n2、有\n3、没有', [ZH3[1]]],
  ])('%s', (reply, affirmed) => {
    expect(readReplies([{ asked: ZH3, reply }], 'zh').affirmed).toEqual(affirmed);
  });

  it.each([
    ['1. no 2. yes (my son, not me) 3. no', []],
    ['1. no 2. yes, years ago 3. no', []],
    ['1. no 2. yes, black stools twice today 3. no', [EN3[1]]],
  ])('%s', (reply, affirmed) => {
    expect(readReplies([{ asked: EN3, reply }], 'en').affirmed).toEqual(affirmed);
  });
});
