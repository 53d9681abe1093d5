// A lethal supply made ready (s23, #19; blind am079): preparatory behaviour is a plan in act — emergency with the
// crisis line — unless a purpose of care is told (an organiser, a review, disposal, a pet's doses, supplements).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readPreparedMeans } from './prepared-means.js';
import { readStatedPlan } from './stated-plan.js';

/** Made ready beside a sign of risk (review s23: the preparation is a plan only so — a lethality question, finality,
 *  low mood, a past attempt, a row, precautions against being stopped). "counted out all my sertraline … in a pile next
 *  to a glass of water" and 我把攒了几个月的安眠药都倒出来了 with no such sign are left to the screen (known misses). */
const PREPARED = [
  'how long does it take if u take 48 paracetamol at once. ive got them lined up on the desk',
  "I've counted out all my sertraline and put them in a pile next to a glass of water. I'm done",
  "I've popped every tablet out of the blister packs, 56 of them, they're in a bowl on my bedside table. nobody would miss me",
  'I bought 4 boxes of paracetamol from different shops so they would not stop me, they are all out on the table',
  '我把攒了几个月的安眠药都倒出来了 数了一下有四十多片 就摆在床头 活着没意思',
  "I've lined up all 50 of my sleeping pills on the table. I'm done.",
  'I tried to overdose two years ago. Tonight I counted out all my amitriptyline, 60 tabs',
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

/** Review s23 (R1–R21, p02/p08/p30/p156/p161/q01): counting, storing, organisers, shortages, dose changes, travel and
 *  things that are no medicine (sweets, marbles, iPads, batteries) — no sign of risk told — are no plan and no crisis. */
const NO_RISK = [
  '医生开了30片，我数了一下只有28片，是不是药房少给了',
  "Grandad's 28 tablets are lined up in his Monday-to-Sunday box",
  '孩子攒了二十颗糖，一口气吃完了会不会蛀牙',
  '孩子攒了三十颗弹珠，都摆在床上',
  'The teacher lined up all 25 tablets (iPads) on the desk for the class',
  '我把药都倒出来放到新的瓶子里了，标签要不要留着',
  "I've been laid up all week with flu and finished all my pills",
  'My psychiatrist pushed my sertraline dose up to 150 mg, I have 28 tablets left',
  "I've stockpiled 3 boxes of paracetamol because of shortages, how long do they keep?",
  '我在药店排好队，买了好几盒感冒药，能一起吃吗',
  'I keep all 60 of my blood pressure pills in a bowl on the kitchen table, is that ok for storage?',
  "We're returning old medicines — I emptied out all the bottles into a bag for the pharmacy",
  'I buy my insulin pens from different pharmacies because of stock problems, all of them, is that fine?',
  'I set up all my medication reminders on my phone, 30 tablets a month',
  '我将成樽藥倒晒出嚟數過，有三十粒，醫生開少咗？',
  '我把妈妈的药都数了一遍，三十多粒，怕她吃重了',
  '我把降压药和降糖药都摆在桌上拍照给医生看，一共二十几片',
  '我攒了好几盒布洛芬，因为经常痛经，怎么保存',
  '我把所有的药都倒在桌子上整理，有几十粒，不知道哪个是哪个',
  'I counted out 40 tablets and put them in my travel case for my trip',
  '我把二十颗纽扣电池都摆在桌上分类，准备回家',
  'The pharmacist counted out 30 tablets for my prescription but I think she gave me 28, what should I do?',
  "my son has ADHD, I've got all his methylphenidate, 30 tablets, counted out for school term",
  'I set out 21 tablets for my 3-week holiday, is that enough for twice a day?',
  'I poured all the pills into my hand to check them and dropped some on the floor',
  "I crushed all 30 tablets into a glass of juice for my mum's weekly jar, she can't swallow pills",
];

describe('prepared means: a lethal supply made ready', () => {
  it.each(NO_RISK)('no sign of risk told: no plan and no crisis line: %s', (text) => {
    expect(readStatedPlan(text)?.kind).not.toBe('preparedMeans');
    expect(triageDetail(text).contributions.crisisLine).toBeNull();
  });
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
