// A bleed still going after a measured 20 minutes or more (s43, #19; blind triage-bg bg110 was urgent).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { readsBleedingUnstopped } from './bleeding-unstopped.js';
import { readingText } from './reading-text.js';

const read = (t: string) => readsBleedingUnstopped(readingText(t));

describe('readsBleedingUnstopped: a bleed × the writer’s own minutes (≥ 20) × still going', () => {
  it.each([
    "my nose has been bleeding for 45 minutes and won't stop",
    "nosebleed started 50 minutes ago and it hasn't stopped, been pinching the soft part",
    "cut my hand on a tin, pressed on it for 25 minutes and it's still bleeding through the tea towel",
    'my dad’s nose has been bleeding for an hour, still dripping',
    '鼻子流血四十分钟了，还在流',
    '手上的口子按了半个小时，血还在往外冒',
  ])('%s', (text) => expect(read(text)).toBe(true));

  it.each([
    // stopped, short, light, days
    'on warfarin, had a nosebleed that lasted about 15 min, stopped with pinching. feel fine.',
    '吃华法林，今天流鼻血捏了半个小时才止住',
    "my nose has been bleeding for 10 minutes and won't stop",
    'my cut is still bleeding a bit after an hour',
    '手指割了个口子，按了半小时还在渗一点点血',
    'the graze has been bleeding on and off for 3 days, still going',
    // its own rules: a period, after a birth, gums; not a bleed at all
    'my period has been bleeding heavily for 3 hours and still going',
    '顺产后第5天，一个小时了还在出血',
    'my gums have been bleeding for 30 minutes after brushing, still going',
    'my blood pressure is still going up after 30 minutes of rest',
    // the count belongs to another clause's act (first run: bb052, the time she has been locked in)
    '我女儿初三，刚发现她手臂上好多新的划痕，有一道还在流血，现在她把自己反锁在厕所半个多小时了不出来，叫也不应',
    // a question, not a bleed told
    "how long should a nosebleed last, if it's still bleeding after 30 minutes what do I do?",
  ])('%s (not read)', (text) => expect(read(text)).toBe(false));
});

describe('triage: bg110 is an emergency', () => {
  it('bg110', () => {
    const text = readBenchProbes<{ id: string; text: string }>('blind/triage-bg.jsonl').find((r) => r.id === 'bg110')?.text ?? '';
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('bleeding-unstopped');
  });
});

// Review s43 (S2 pf04, pb07, pf05, pf06): whose bleed and what kind — an animal's, a trivial wound named as such, a
// recurring pattern asked about. The reading steps aside (START's level stands); a dose's frequency is no recurrence.
describe('readsBleedingUnstopped steps aside on an animal, a trivial wound, a recurrence', () => {
  it.each([
    "Dog's paw has been bleeding for 30 mins and won't stop, is there an emergency vet open?",
    'my paper cut is still bleeding after 20 minutes lol, its tiny though',
    'my new ear piercing is still bleeding after an hour, is that normal?',
    "My daughter's nosebleeds keep going for 30 minutes and won't stop every time, she gets them weekly, should we see ENT?",
    '我家狗的爪子流血半个小时了，还在流',
    '孩子经常流鼻血，每次都流二十多分钟止不住，要看什么科',
  ])('%s', (text) => expect(read(text)).toBe(false));

  it.each([
    "I'm on daily aspirin, my nose has been bleeding for 40 minutes and is still pouring",
    "my tiny baby's nose is still bleeding after 30 minutes",
    '孩子流鼻血流了四十分钟还没止住',
    // Review s44 (S1): the animal made the writer's wound; the bleed is the writer's.
    '我家狗把我手咬破了，20多分钟了血还在流',
  ])('still read: %s', (text) => expect(read(text)).toBe(true));
});
