// Self-harm acts set up or done (s29, #19; blind as057, as068, ar070, ar065): charcoal lit in a room sealed by hand, a
// whole bottle swallowed with a burden statement in Cantonese, a rope and the deeds handed over in Cantonese, a whole box
// of a zh-TW paracetamol brand swallowed — each an emergency with the crisis line; an accident with its purpose named,
// a closed room only, a past attempt, a figure of speech and activated charcoal are not read as one.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readCharcoalLit } from './charcoal-lit.js';
import { normaliseText as normaliseAll } from './normalise.js';

// The older table alone, as these rows were written for it; since session 37 triage also decides a Cantonese message
// through core/cantonese-reading.ts and keeps the higher level (cantonese-adds.test.ts).
const normaliseText = (t: string): string => normaliseAll(t, { cantoneseReading: false });

const read = (t: string) => readCharcoalLit(normaliseText(t));
const crisis = (t: string): boolean => {
  const d = triageDetail(t, { pinyin: true });
  return d.level === 'emergency' && d.contributions.crisisLine !== null;
};

const ACTS = [
  '我在出租屋里烧了炭，门窗都用胶带封好了，现在头有点晕。其实也不知道为什么要跟你说',
  '我哥在宿舍点了一盆炭，门缝塞了湿毛巾，叫他也不开门',
  'I lit charcoal in my bedroom and taped up the windows and the door. Feeling sleepy now',
  "charcoal is burning in the bathroom, I've sealed the gaps with tape. sorry mum",
  '我喺房入面燒咗炭，門窗用膠紙封晒，頭好暈',
  '我在房間裡燒了炭，窗戶都用膠帶封起來了，頭很暈',
];

const SHUT_ONLY = '我在出租屋里烧了炭，门窗都关好了，现在头有点晕';
const NOT_ACTS = [
  '冬天太冷了，门窗都用胶带封好了，屋里烧了炭取暖，现在一家人头都很晕',
  SHUT_ONLY,
  '吃了活性炭，门缝用胶带封好了',
  '我们在车库里烧烤，门关着，现在有点头晕',
  '我没有烧炭，门窗用胶带封好了是为了防风',
];

describe('charcoal lit in a room sealed by hand', () => {
  it('reads the fire and the sealing', () => {
    for (const t of ACTS) expect(read(t), t).not.toBeNull();
  });
  it('reads no purpose-named fire, no room only shut, no activated charcoal', () => {
    for (const t of NOT_ACTS.slice(0, 3)) expect(read(t), t).toBeNull();
  });
  it('is an emergency with the crisis line', { timeout: 600_000 }, () => {
    for (const t of ACTS) expect(crisis(t), t).toBe(true);
  });
  it('leaves an accident, a past attempt and a negation without the crisis line', { timeout: 600_000 }, () => {
    for (const t of [
      ...NOT_ACTS.filter((t) => t !== SHUT_ONLY),
      '去年我在出租屋里烧过炭，门窗都用胶带封好了，后来被救了，现在挺好的',
      '头疼得要裂开，门窗都关好了',
    ])
      expect(crisis(t), t).toBe(false);
  });
  // A room only shut is no act for this reader (above), but charcoal burnt alone in a closed rented room with dizziness
  // now is what the learned intent reader (intent-reader.ts, session 33) reads as self-harm: the line is its call, an
  // over-call in the safe direction on an emergency (carbon monoxide) either way.
  it('a room only shut: the crisis line comes from the learned intent reader, not from this reader', () => {
    const d = triageDetail(SHUT_ONLY, { pinyin: true });
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBe('intent');
    expect(triageDetail(SHUT_ONLY, { pinyin: true, intent: null }).contributions.crisisLine).toBeNull();
  });
});

describe('Cantonese and zh-TW forms of an act done (normalise.ts)', () => {
  it('reads a whole bottle, a burden statement, deeds handed over, nobody answering', () => {
    expect(normaliseText('佢食咗成樽降血壓藥，話唔想再拖累我哋')).toBe('他吃了一整瓶降血压药，话不想再拖累我们');
    expect(normaliseText('活落去冇意思，將屋契全部交晒俾我，打佢電話冇人接')).toBe('活下去没有意思，将房产证全部全交给我，打他电话没人接');
    expect(normaliseText('我見佢袋咗條繩')).toBe('我见他拿了条绳子');
  });
  it('keeps the words that only look like them', () => {
    expect(normaliseText('打电话')).toBe('打电话');
    expect(normaliseText('成为医生')).toBe('成为医生');
    expect(normaliseText('成日咳')).toBe('成天咳');
    expect(normaliseText('問佢話答唔上嚟，睇嘢矇矇哋，打佢電話冇人聽')).toBe('问他话答不上来，睇东西矇矇哋，打他电话没人接');
    expect(normaliseText('我将成樽药倒晒出嚟数过')).toBe('我将成樽药倒晒出来数过');
  });
  it('makes the blind acts emergencies with the crisis line', { timeout: 600_000 }, () => {
    for (const t of [
      '我阿媽話佢食咗成樽降血壓藥，話唔想再拖累我哋，依家話好暈，我喺公司趕緊返去，使唔使等我返到先？',
      '阿爸成日話活落去冇意思，今朝佢將啲錢同屋契全部交晒俾我，話以後屋企靠我喇，跟住就出咗門，我見佢袋咗條繩，打佢電話冇人接',
      '我剛剛把一整盒普拿疼吞了，大概20顆，吐不出來，現在有點後悔了，可是身體沒什麼感覺，這樣會怎樣嗎',
    ])
      expect(crisis(t), t).toBe(true);
  });
});

// Review fix (s29, crisis-review.md): ordinary messages the new readers had put on emergency + the crisis line — a
// tube run to a car for an ordinary use, a charcoal fire with a draught-proofing/cooking/incense purpose or in a news
// report, "took all of them" with no medicine, 成樽水/成盒朱古力 — are back to their START reading; the acts stay read.
describe('review fix: ordinary messages near the new readers', () => {
  it('reads no charcoal act where a purpose or a report is told', () => {
    for (const t of [
      '奶奶在房间里生了炭火，门缝用报纸塞住了防风，现在她头晕恶心',
      '台风要来，窗户都用胶带贴好了，晚上在阳台点了炭烤鱿鱼',
      '阿嬤房間點了炭爐，門縫用毛巾塞住擋風，她說這樣比較不會漏風',
      '新闻说有人在酒店烧了炭，还用胶带封了门缝，太可怕了',
      '我妈在厨房生了炭炉煲汤，窗户用保鲜膜封了挡油烟',
      '寺庙里点了炭炉烧香，窗户用胶带封好了',
      '腊肉在熏，点了炭，窗户都用胶带封了',
    ])
      expect(read(t), t).toBeNull();
  });
  it('reads a counted measure of charcoal and a room sealed airtight', () => {
    expect(read('我把自己锁在卧室里，点了两包炭，窗缝全用胶带贴死了')).not.toBeNull();
    expect(read('我在房间里烧了炭，门窗都用胶带封得密不透风')).not.toBeNull();
  });
  it('keeps Cantonese 成樽/成盒 as typed unless a medicine follows', () => {
    expect(normaliseText('我饮咗成樽水都仲系好口渴')).toBe('我喝了成樽水都仲系好口渴');
    expect(normaliseText('我只狗食咗成盒朱古力')).toContain('成盒');
    expect(normaliseText('老公食咗成盒安眠藥')).toContain('一整盒安眠药');
  });
  it('gives no crisis line to an ordinary tube at a car, a cooking fire, a news report or non-medicine boxes', { timeout: 600_000 }, () => {
    for (const t of [
      'my dad has a tube connected to the car to drain the oil, is the smell bad for kids?',
      'the oxygen tube is run to the car from her concentrator, is it safe to drive with it',
      '软管接到车上给车加玻璃水，顺便问下玻璃水误入眼睛怎么办',
      '软管插进车窗给车里的充气床垫打气，露营用',
      '新闻说有人在酒店烧了炭，还用胶带封了门缝，太可怕了',
      'The kids took all of them - the empty egg boxes - for the craft project',
    ])
      expect(crisis(t), t).toBe(false);
  });
  it('keeps an elder’s draught-proofed brazier with symptoms an emergency, without the crisis line', { timeout: 600_000 }, () => {
    const d = triageDetail('奶奶在房间里生了炭火，门缝用报纸塞住了防风，现在她头晕恶心', { pinyin: true });
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it('still reads the hose into the car or in the garage, and charcoal counted by the bag', { timeout: 600_000 }, () => {
    for (const t of [
      "is it normal to feel totally peaceful once you've decided? hose is already fitted to the car in the garage, just waiting for everyone to go to sleep",
      '管子已经接到车里了，等他们都睡了',
      '我把自己锁在卧室里，点了两包炭，窗缝全用胶带贴死了',
    ])
      expect(crisis(t), t).toBe(true);
  });
  it('reads the hose with the engine running or someone sitting in it as the set-up (s29 review r004)', { timeout: 600_000 }, () => {
    expect(crisis("I'm done. hose is connected to the car, engine running, I'm sitting in it now")).toBe(true);
    expect(crisis('my dad has a tube connected to the car to drain the oil, engine running, is the smell bad for kids?')).toBe(false);
  });
});
