// Self-harm acts set up or done (s29, #19; blind as057, as068, ar070, ar065): charcoal lit in a room sealed by hand, a
// whole bottle swallowed with a burden statement in Cantonese, a rope and the deeds handed over in Cantonese, a whole box
// of a zh-TW paracetamol brand swallowed — each an emergency with the crisis line; an accident with its purpose named,
// a closed room only, a past attempt, a figure of speech and activated charcoal are not read as one.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readCharcoalLit } from './charcoal-lit.js';
import { normaliseText } from './normalise.js';

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

const NOT_ACTS = [
  '冬天太冷了，门窗都用胶带封好了，屋里烧了炭取暖，现在一家人头都很晕',
  '我在出租屋里烧了炭，门窗都关好了，现在头有点晕',
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
    for (const t of [...NOT_ACTS, '去年我在出租屋里烧过炭，门窗都用胶带封好了，后来被救了，现在挺好的', '头疼得要裂开，门窗都关好了'])
      expect(crisis(t), t).toBe(false);
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
