// The stroke read by sign structure (session 41): a body part on one side × a lost function, or speech changed, × told
// now. Texts written for this session (not from a batch) except c46-017's Cantonese wordings, the S1 it was built for.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readStrokeSigns } from './stroke-sign-structure.js';

const read = (t: string) => readStrokeSigns(normaliseText(t, { cantoneseReading: true }));

describe('stroke by sign structure', () => {
  it.each([
    ['c46-017 opening (food out of the mouth corner since breakfast)', '阿媽今朝食早餐，啲粥成日由嘴角漏出嚟，係咪假牙鬆咗？'],
    ['c46-017 replies', '而家先留意到佢右手拎唔穩匙羹，跌咗兩次。叫佢笑，右邊嘴角好似郁唔到。'],
    ['yue hand', '我阿媽食緊飯突然隻左手拎唔起對筷子'],
    ['yue hand, woke with it', '婆婆今朝起身右手郁唔到，叫佢揸拳都揸唔埋'],
    ['yue drink out of one corner', '阿爸頭先飲茶，杯茶成日由左邊嘴角流出嚟'],
    ['zh-TW arm + speech', '我先生講話突然不清楚，右邊手臂也沒力氣'],
    ['zh speech + face', '爷爷刚才说话突然说不清楚，右边脸好像动不了'],
    ['zh drool + smile', '阿公今天早上起來左邊嘴角一直流口水，笑起來歪一邊'],
    ['en leg on waking', 'My mother woke up this morning unable to move her left leg'],
    ['en dribble since breakfast', "Water dribbles out of the left corner of Nan's mouth since breakfast"],
    ['en two domains', "Dad's speech is suddenly garbled and the left side of his face won't move"],
  ])('%s → emergency', (_id, text) => {
    expect(read(text).level).toBe('emergency');
    expect(triageDetail(text).level).toBe('emergency');
  });

  it.each([
    ['sprained wrist', '我打波扭親右手手腕，腫咗，拎唔穩杯水'],
    ['slept on the arm', '昨晚枕着左胳膊睡觉，早上起来左手发麻没劲，甩了甩好多了'],
    ['dental anaesthetic (zh)', '刚拔完智齿，麻药还没过，左边嘴唇麻木，喝水从嘴角漏出来'],
    ['dental anaesthetic (en)', "Had a filling at the dentist an hour ago, left side of my lip is still droopy and I'm dribbling my coffee"],
    ["Bell's palsy weeks old (zh-TW)", '三個禮拜前診斷顏面神經麻痺，右邊嘴角還是會漏水'],
    ["Bell's palsy named (en)", "I woke up today and my face was droopy on one side, I was diagnosed with Bell's palsy yesterday"],
    ["a child's speech", '我兒子兩歲半，講話還不太清楚，只會講幾個字'],
    ["a child's lisp (yue)", '我個仔三歲講嘢仲係黐脷，係咪要剪脷筋？'],
    ['a baby drooling', '宝宝今天一直流口水，嘴角都红了'],
    ['old deficit after a stroke', '我爸十年前中风过，右手一直没什么力气，说话也有点慢'],
    ['a vaccine arm', '今天打完新冠疫苗，左手臂没力，抬起来有点痛'],
    ['muscles after lifting', '我老公今天右手没劲，因为昨天搬了一整天的家具，肌肉酸痛'],
    ['a cramp', '刚才跑完步左腿抽筋了，动不了'],
    ['a question about the signs', 'What are the signs of a stroke? Face drooping, arm weakness on one side, slurred speech?'],
    ['drink, speech alone', 'He had a few drinks tonight and his speech is slurred'],
    ['months old weakness', 'My right hand has been weak and clumsy for months, typing is hard'],
  ])('%s: no stroke structure', (_id, text) => {
    expect(read(text).level).toBeNull();
  });

  it('a deficit that has fully gone is a TIA (urgent), as the other focal-deficit rules', () => {
    const d = triageDetail(
      "About an hour ago Gran couldn't move her right hand and her speech was muddled for ten minutes, now she's completely back to normal",
    );
    expect(d.level).toBe('urgent');
    expect(d.reasons).toContain('transient-ischaemic-attack');
  });

  it('adds no learned-reader feature (the self-harm head and crisis line are as without the rule)', () => {
    const d = triageDetail('老公半小时前说话突然乱七八糟，词都用错了，右手也拿不稳手机');
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
});

// Session-41 review (S2): a jaw out of place after a yawn is a local cause of a mouth that will not close, no stroke.
describe('a dislocated jaw is no face sign', () => {
  it.each(['刚才打哈欠以后嘴巴合不拢了，下巴好像脱臼了', "My jaw clicked when I yawned and now my mouth won't close properly"])('%s', (text) =>
    expect(triageDetail(text).level).not.toBe('emergency'),
  );
});
