import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { accidentalAccess, readCountDrop, readLevelDrop } from './level-drop.js';

// Session 21 (triage #19, knowledge; study ak029, review s20 S5): an amount GONE from a young child's reach, read as
// arithmetic on the container (what was there before minus what is left; mL, 毫升, teaspoons, fl oz; tablets counted),
// is what the child took when the child had the container or no adult's dosing or own use is told — then compared with
// the paracetamol limit by the child's weight (age, or the APLS weight of the word) or with the one-pill classes. Own
// probes written first: /tmp/probes/triage-knowledge-s21/{probes,wrapped,harmless}.tsv.
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;

describe('a level told before and after, in any unit', () => {
  it.each([
    ["It was nearly full, about 100ml, and now there's maybe 10ml left.", 60, 80],
    ["the calpol bottle had 80 ml in it this morning and now it's down to about 5 ml", 60, 75],
    ['there was about 80ml left in it and now theres maybe 5ml', 60, 75],
    ["it was full yesterday (4 fl oz) and now it's empty", undefined, 118.28],
    ['drank the rest of the Calpol, there was about half a bottle left', 60, 30],
    ['泰诺林本来还有大半瓶，现在只剩一点点了', 100, 100 * (2 / 3) - 5],
    ['本来有80毫升，现在只剩5毫升', undefined, 75],
    ['the bottle was about 3/4 full, now maybe 20ml left', 80, 40],
    ['Calpol (120mg/5ml) bottle was half full, now 10ml left', 60, 20],
  ] as const)('%s → %s mL pack, %s mL gone', (text, pack, ml) => {
    expect(readLevelDrop(text, pack)?.ml).toBeCloseTo(ml, 1);
  });
  it.each([['it is half full'], ['now 20 ml left'], ['was full, still full'], ['I take it on an empty stomach, it was full']])('%s → no drop', (text) => {
    expect(readLevelDrop(text, 100)).toBeNull();
  });
});

describe('tablets counted before and after', () => {
  it.each([
    ['there were 16 paracetamol in the box, now only 4', 12],
    ['降压药本来还剩十片，现在只剩五片', 5],
    ['there were 20 in the pack and now there are 14', 6],
    ['一板药少了六片', 6],
  ] as const)('%s → %s gone', (text, units) => {
    expect(readCountDrop(text)?.units).toBe(units);
  });
  it.each([['she is now 3 and had 2 tablets'], ['now 2 hours later'], ['there were 3 of us at dinner']])('%s → no count drop', (text) => {
    expect(readCountDrop(text)).toBeNull();
  });
});

describe('whose doing the amount gone is', () => {
  it.each([
    'my 2 yr old got the calpol bottle open while i was in the shower',
    '两岁的孩子一直在玩那个药盒',
    'my toddler was alone with it',
    'found her with the bottle',
  ])('%s → the child had it', (t) => expect(accidentalAccess(t)).toBe(true));
  it.each([
    "we've given her doses for her fever and now it's half empty",
    '孩子发烧这几天我按说明喂了几次',
    'I took 4 for my migraine',
    "that's two weeks of my dose",
    '是我爸这几天吃的',
  ])('%s → an adult dosed or used it', (t) => expect(accidentalAccess(t)).toBe(false));
});

describe('a child and an amount gone: emergency (no swallowing verb needed)', () => {
  it.each([
    'my 2 yr old got the calpol bottle open while i was in the shower. there was about 80ml left in it and now theres maybe 5ml. she seems totally fine and is playing with her dolls. do i actually need to do anything or just watch her?',
    "My 2 year old got the Calpol open. It was nearly full, about 100ml, and now there's maybe 10ml left.",
    "the calpol bottle had 80 ml in it this morning and now it's down to about 5 ml, my toddler was alone with it",
    '孩子两岁，泰诺林本来还有大半瓶，现在只剩一点点了',
    "My 4 year old had the children's Tylenol bottle, it was full yesterday (4 fl oz) and now it's empty",
    'My toddler drank the rest of the Tylenol, there was about half a bottle (4 oz) left',
    "My 2 year old got the Calpol open, it was full (200ml) and now it's empty, he's fine and playing",
    'My daughter (20 months) drank the whole 100 ml bottle of infant paracetamol',
    'there were 16 paracetamol in the box, now only 4, my two-year-old had the box',
    '降压药本来还剩十片，现在只剩五片，两岁的孩子一直在玩那个药盒',
    "There were 20 of grandad's amlodipine in the box this morning and now 17, my 18 month old was playing with it",
    '孩子一岁半，奶奶的降糖药本来有八片，现在只剩六片，孩子在旁边玩',
  ])('%s', (t) => expect(level(t)).toBe('emergency'));
});

/** The rule findings (not the learned reader's own opinion). */
const ruleReasons = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).contributions.rules.reasons;

describe('an adult dosing or using the medicine, a child beside it: no poisoning read', () => {
  it.each([
    "The Calpol bottle was full last week, we've given her doses for her fever and now it's half empty",
    '孩子发烧这几天，泰诺林本来有大半瓶，我按说明喂了几次，现在剩一半',
    'I gave my 3 year old 7.5ml of Calpol, the bottle had 100ml and now has 92.5ml, is that right?',
    "There were 16 paracetamol in the box this morning, now 12, I took 4 for my migraine. My son is 2, he's asleep.",
    'My toddler loves playing with the empty Calpol bottle, is that ok?',
    '孩子两岁，药盒里本来有十片降压药，现在只剩五片，是我爸这几天吃的',
  ])('%s → no paracetamol or child-medicine finding', (t) => {
    expect(ruleReasons(t).filter((r) => /paracetamol|child-/.test(r))).toEqual([]);
  });
});

// Review s21 S0d (NEW): "there were N …" is a level only when a later level is told; without one the count was taken.
describe('a supply told and then taken is the count taken', () => {
  it.each([
    'there were 16 paracetamol and I took all 16 two hours ago',
    'there were 16 paracetamol, i took them',
    'there were 16 co-codamol, i took them',
    'there were 20 paracetamol in the pack and I swallowed all 20 last night',
  ])('%s → emergency', (t) => {
    expect(level(t)).toBe('emergency');
  });
});
