// An ending said indirectly × a lethal means ready or researched, by one person at risk (indirect-course.ts, session 38).
// Targets are triage-bb bb070/bb073 (first-sight misses) and new texts of the class; look-alikes hold one role only, or a
// role with an ordinary purpose named.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readIndirectCourse } from './indirect-course.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readIndirectCourse(normaliseText(t));

describe('readIndirectCourse: a statement and a means, one person at risk', () => {
  it('reads a reunion with a late partner (an elder living alone) with a knotted rope at the bedside (bb070)', () => {
    expect(read("我是社区网格员，今天走访一个独居老人，他说'等我把房子过户的事办完就去找老伴了'，床头放着一根打好结的绳子。要不要报警？")).toMatchObject({
      statement: 'reunion',
      means: 'ready',
      who: 'other',
    });
  });
  it('reads affairs settled then a going when no reunion is said', () => {
    expect(
      read('Our neighbour said once he has signed the house over to his daughter he will be at peace. There is a rope tied in a loop in his garage.'),
    ).toMatchObject({ statement: 'settledThenGone' });
    expect(
      read("Our neighbour said once he's signed the house over to his daughter he'll be at peace. There's a rope tied in a loop in his garage."),
    ).toMatchObject({ statement: 'settledThenGone' });
  });
  it('reads a burden said and an amount researched for sufficiency (bb073, a husband)', () => {
    expect(
      read("Today she said the baby would be better off without her and I found she's been googling how many units of insulin would be enough."),
    ).toMatchObject({ statement: 'burden', means: 'researched' });
  });
  it('reads new wordings of the class (teacher, pharmacist, friend, postpartum zh)', () => {
    expect(read('我是班主任，班上一个女生在周记里写“我只是家里的累赘，没有我爸妈会轻松很多”，今天她同桌说看到她书包里藏着一包刀片。')).not.toBeNull();
    expect(
      read(
        "I'm a pharmacist. A regular customer, an elderly man whose wife died in spring, told me today he'll be with his wife again soon, and asked me how many of his heart tablets would be enough to not wake up.",
      ),
    ).toMatchObject({ statement: 'reunion', means: 'researched' });
    expect(read('我朋友最近一直说“我走了你们就都解脱了，不会再拖累你们”，刚才她室友发现她抽屉里藏着一瓶农药。')).not.toBeNull();
    expect(read('我老婆生完孩子一个多月，昨晚跟我说“孩子没有我这样的妈会过得更好”，我看她手机在搜“胰岛素打多少会死”。')).not.toBeNull();
  });
  it('does not read one role alone or a role with an ordinary purpose', () => {
    for (const t of [
      '我爸今年78，身体挺好，最近在找律师立遗嘱，说等房子过户给我弟的事办完就去海南过冬。这样安排合理吗？',
      'My husband bought a new rope and tied it in a loop for the tent this weekend. Any tips for camping with toddlers?',
      "My wife has been googling how many units of insulin would be enough for our son's pizza night. She said she feels like a burden asking the nurse again.",
      'Grandad has been sorting his papers since Nan died and said he will be with her again one day. He is eating well.',
      'The family would be better off without her cooking, honestly. She also bought a pack of sleeping tablets for the flight.',
      '我是药店店员，一个阿姨来问她孙子一型糖尿病，胰岛素打多少才够，她说怕算错。',
      '我爸在阳台上用打好结的绳子晾腊肉，他说没有我们回来帮忙他也过得很好。',
      '我外婆自从外公去年走了以后，经常说想去陪外公，天天哭。',
    ])
      expect(read(t)).toBeNull();
  });
});

describe('triage: the indirect course is an emergency with the crisis line', () => {
  it.each([
    ["我是社区网格员，今天走访一个独居老人，他说'等我把房子过户的事办完就去找老伴了'，床头放着一根打好结的绳子。要不要报警？会不会是我想多了"],
    [
      "My wife had our baby 5 weeks ago. Today she said the baby would be better off without her and I found she's been googling how many units of insulin would be enough. She's type 1. She's in the bedroom now.",
    ],
    [
      'My sister gave birth last month. She keeps saying her husband and the twins would be fine without her, and her partner found a bottle of her sleeping pills hidden under her pillow. What do we do?',
    ],
  ])('%s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
});
