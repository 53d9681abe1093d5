// A lethal supply made ready (s23, #19; blind am079): preparatory behaviour is a plan in act — emergency with the
// crisis line — unless a purpose of care is told (an organiser, a review, disposal, a pet's doses, supplements).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readPreparedMeans } from './prepared-means.js';

const PREPARED = [
  'how long does it take if u take 48 paracetamol at once. ive got them lined up on the desk',
  "I've counted out all my sertraline and put them in a pile next to a glass of water",
  "I've popped every tablet out of the blister packs, 56 of them, they're in a bowl on my bedside table",
  'I bought 4 boxes of paracetamol from different shops so they would not stop me, they are all out on the table',
  '我把攒了几个月的安眠药都倒出来了 数了一下有四十多片 就摆在床头',
  '药已经数好了 六十片 就等他们睡着',
];
const CARE = [
  'I counted my pills for the pill organiser, 28 metformin in there. ok to take with breakfast?',
  '我把这周的药都分好放在药盒里了 一共二十一片 饭前吃还是饭后吃',
  "I've got all my old pills out on the table to take back to the pharmacy for disposal, about 60",
  '把家里过期的药都倒出来了 准备拿去药店回收 大概五十片',
  'lined up my supplements on the desk: vitamin D, fish oil, magnesium. which should I take in the morning?',
  '我把维生素都倒出来数了一下 还剩六十粒 够吃两个月吗',
  'how many paracetamol can I take in a day? I have a headache and took 2 at 8am',
];

describe('prepared means: a lethal supply made ready', () => {
  it.each(PREPARED)('read, and an emergency with the crisis line: %s', (text) => {
    expect(readPreparedMeans(text)).not.toBeNull();
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(CARE)('a purpose of care or no supply made ready is none: %s', (text) => {
    expect(readPreparedMeans(text)).toBeNull();
  });
  it('the whole supply contemplated with a word of finality is a plan', () => {
    const d = triageDetail('thinking about taking all my pills to end it');
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});
