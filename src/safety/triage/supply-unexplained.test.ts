import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readingText } from './reading-text.js';
import { readUnboundedIngestion } from './supply-unexplained.js';

const read = (t: string) => readUnboundedIngestion(readingText(t));

describe('readUnboundedIngestion: an ingestion nobody can bound, no accident marker', () => {
  it.each([
    ['My sister has swallowed everything in her bathroom cupboard, pills, the lot. She is drowsy.', 'container-contents'],
    ['He texted that he had taken whatever was in the medicine cabinet and wants to sleep.', 'container-contents'],
    ['Roommate took an unknown amount of her lithium, the pot is empty, she is being sick.', 'unknown-amount'],
    ["no idea how many of my antidepressants i've taken tonight, the bottle is empty", 'unknown-amount'],
    ['我老公把家里药箱里的药全吃了，问他吃了多少他也不说', 'container-contents'],
    ['室友把抽屉里的药全部吃掉了，现在一直吐', 'container-contents'],
    ['我妈刚才把降压药吞了，不知道有多少片，现在头晕', 'unknown-amount'],
    ["My brother won't tell us how much of his methadone he has taken today, he is nodding off.", 'unknown-amount'],
  ])('%s → %s', (text, kind) => {
    expect(read(text)).toBe(kind);
  });

  it.each([
    // accident markers: a pet, dementia, forgetting, a mistake, a routine or a course
    'Our dog ate everything in the medicine cabinet while we were out.',
    'My mum has dementia and took everything in her pill organiser, she forgot she had taken them.',
    'I took everything in my pill organiser by mistake, thinking it was one day.',
    'I have taken all the tablets in the blister pack as prescribed over the past week.',
    '老人老年痴呆，不知道吃了多少药',
    // no medicine: food, drink
    "I don't know how many biscuits I ate tonight, is that bad for my sugar?",
    'He ate everything in the kitchen cupboard after the party.',
    '我昨晚喝了一整瓶啤酒，不知道喝了多少杯',
    // a hypothetical, a history, a question
    'What if someone took everything in the medicine cabinet, would it kill them?',
    'Years ago I swallowed everything in the bathroom cabinet; I am well now.',
    // an ordinary purpose, a drug taken for a high
    'My husband took whatever was in the first aid kit for his headache, is that ok?',
    'He took an unknown number of ecstasy pills at the festival and is overheating.',
    // an organiser filled, not swallowed
    'I popped every tablet out of the blister packs into my weekly pill box.',
  ])('no reading: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('triage: the unbounded ingestion is an emergency with the line worded for uncertainty', () => {
  it('an adult: emergency, crisis line, "if this may not have been an accident"', () => {
    const d = triageDetail('My partner says she has taken everything in the medicine cabinet and wants to be left alone, she sounds drowsy.');
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
    expect(d.message).toMatch(/may not have been an accident/);
  });

  it('a young child: the poison emergency without the crisis line', () => {
    const d = triageDetail('My 3 year old got into the bathroom cabinet, no idea how many of the iron tablets he swallowed.');
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(false);
  });
});

// Session-41 review (S2): "how much" asked with a unit, a wait or a permission is a dosing question, no amount taken.
describe('a dosing question is no unknown amount', () => {
  it.each([
    "I don't know how much Tylenol I'm allowed, I took two at noon and my head still hurts",
    '吃了一片布洛芬，不清楚吃了多少毫克，能再吃吗',
    'took an ibuprofen, not sure how many hours to wait before the next one',
    '不知道吃多少片合适，我刚吃了一片感冒药',
  ])('%s', (text) => expect(readUnboundedIngestion(text)).toBeNull());
  it('an amount already taken and unknown still counts', () => expect(readUnboundedIngestion('她吞了药，不知道吞了多少，现在叫不醒')).toBe('unknown-amount'));
});

// Session 43 (blind triage-bg bg017): an amount told as large and never measured, as the act's object, anchored to a
// recent time in its sentence.
describe('a large unmeasured amount taken recently', () => {
  it.each([
    'she took a lot of paracetamol last night',
    "A year 9 student just told me she took 'a lot' of paracetamol last night after a fight at home and feels fine now.",
    'He swallowed a handful of his sleeping pills about an hour ago.',
    'my flatmate took loads of her antidepressants this morning and is being sick',
    '他昨晚吃了一大把安眠药，现在叫不醒',
    '她刚才把好多药都吞了',
  ])('%s', (text) => expect(read(text)).toBe('large-unmeasured'));

  it.each([
    // no recent anchor: a habit or a history
    'my dad takes a lot of pills every morning',
    'I have taken a lot of painkillers over the years',
    // a count is measured (the rules read it); no medicine
    'I took 3 paracetamol last night',
    'I took a lot of photos last night',
    // denied, for a complaint, a hypothetical, a dosing question
    "I didn't take a lot of paracetamol last night, just two",
    'I took a lot of paracetamol last night for my toothache',
    'what happens if someone took a lot of paracetamol last night?',
    'I took a lot of ibuprofen this morning, how many hours should I wait before the next dose?',
    '我昨晚吃了好多感冒药治感冒',
  ])('%s (not read)', (text) => expect(read(text)).toBeNull());

  it('bg017: an emergency with the line worded for uncertainty', () => {
    const d = triageDetail(
      "I'm a school counsellor. A year 9 student just told me she took 'a lot' of paracetamol last night after a fight at home and feels fine now, just a bit sick. She's begging me not to tell her parents. What's the protocol here?",
    );
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBe('unbounded');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
});

// Review s43 (S2 pb02, pb03, pf01, pf03, pf14): the large amount told as a case (a patient, homework, an assignment) or a
// treatment (at the hospital, during chemo, a regimen), or taken "cos of" a complaint, is not read; a motive told with
// "because of" is no complaint and stays read.
describe('large-unmeasured steps aside on a case, a treatment, a complaint given with "because of"', () => {
  it.each([
    'My grandad took a lot of medicines yesterday - his GP changed his whole regimen, 9 different tablets, is that normal?',
    "My pharmacology homework: a patient took a lot of paracetamol last night, what's the antidote?",
    "my mum took a lot of meds yesterday at the hospital during her chemo, is it normal she's this tired?",
    'our nurse said a patient took "a lot" of insulin last night on the ward, what happens to them? asking for my nursing assignment',
  ])('%s (not read)', (text) => expect(read(text)).toBeNull());

  // Review s44 (S1): "because of / cos of" a complaint no longer steps aside (a motive does not bound an overdose).
  it.each([
    'i took a lot of my sleeping pills an hour ago because of everything',
    'she took a lot of paracetamol last night after a fight with her mum',
    'Took loads of ibuprofen yesterday cos of my toothache, stomach feels a bit off',
    "I've taken loads of paracetamol since this morning because of my toothache, like the whole packet",
  ])('still read: %s', (text) => expect(read(text)).toBe('large-unmeasured'));
});
