// An ingestion already done, told plainly with a count or "the lot", and a count corrected upward in the same breath
// (review s20 S2/S3; count-correction.ts, ingestion.ts): an emergency. A correction downward is left as told (raise only);
// a count that is no medicine (minutes of yoga, push-ups, a pizza) is no ingestion.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { correctCounts } from './count-correction.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('correctCounts', () => {
  it.each([
    ['I took 3 of my sleeping pills, no wait, it was 30.', 'I took 30 of my sleeping pills, no wait, it was 30.'],
    ['吃了两片安眠药，不对，是二十片', '吃了20片安眠药，不对，是二十片'],
    ["my brother swallowed 2, no wait, he's just told me 25 of his tramadol", 'my brother swallowed 25 of his tramadol'],
  ])('%s', (text, read) => {
    expect(correctCounts(text)).toBe(read);
  });
  it.each(['I took 20 paracetamol, no wait, it was two', 'took it 2 hours ago, no wait, 5 hours', 'I took 2 paracetamol for my headache'])(
    'left as told: %s',
    (text) => {
      expect(correctCounts(text)).toBe(text);
    },
  );
});

describe('an ingestion done, with a count or the lot, is an emergency', () => {
  it.each([
    'I really did just take 50 paracetamol.',
    'My son took the lot of my tramadol, about 30 tablets.',
    'My husband swallowed the lot of his diazepam, maybe 25',
    'took the whole lot of my sertraline, like 28 tabs',
    'I did take them. all 60 of the amitriptyline.',
    'yes I did it, 30 paracetamol at 9pm',
    "I overdosed years ago. Now I've just done it again — 30 of my lamotrigine an hour ago.",
    'I took 3 of my sleeping pills, no wait, it was 30. I want to sleep forever.',
    'took 3 sleeping pills, sorry I mean 30',
    '吃了两片安眠药，不对，是二十片，刚吃的',
    '吃了兩片安眠藥，唔係，係二十片',
    'my dad took 4 of his diazepam, actually no, he says 40',
    'ok I actually did take them, all 50 of the co-codamol',
    'I took 5 of my zopiclone - sorry, I mean 50',
    '他吃了三片曲马多，不对，应该是三十片，刚刚吃的',
  ])('%s', (text) => {
    expect(t(text).level).toBe('emergency');
  });
  it.each([
    'I really did just take 50 paracetamol.',
    'I took 3 of my sleeping pills, no wait, it was 30. I want to sleep forever.',
    'did it. 40 amitriptyline at 8.',
  ])('with the crisis line: %s', (text) => {
    expect(t(text).contributions.crisisLine).not.toBeNull();
  });
  it.each([
    "I've done it again — 30 push-ups before breakfast. Is my shoulder pain from that?",
    'took the lot of my amoxicillin as prescribed, course finished yesterday, still a bit of a cough',
    'my son ate the lot of the leftover pizza, now he has a tummy ache',
    "I'm 19, no wait, I'm 20 next month. Can I take ibuprofen with my period?",
    'We did it! 40 weeks pregnant today. When should I call the midwife?',
  ])('no ingestion emergency: %s', (text) => {
    expect(t(text).level).not.toBe('emergency');
  });
});
