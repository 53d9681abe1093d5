import { describe, expect, it } from 'vitest';
import { PARACETAMOL_PRODUCTS } from '../../knowledge/paracetamol-products.js';
import { triageDetail } from '../triage.js';
import { productsTaken, readParacetamol } from './paracetamol-sum.js';

// Session 15 (triage #19): paracetamol added up by ingredient across the brands and cold remedies taken.
describe('paracetamol summed over products', () => {
  it.each([
    // 2 × 500 mg every 4 hours = 6 g a day
    ['been taking 2 panadol every 4 hours since yesterday for the flu', 6000],
    // 感康 250 × 2 × 3 = 1.5 g + 泰诺林 650 × 2 × 3 = 3.9 g → 5.4 g (each sentence tells its own act)
    ['感康吃了每次2片，一天3次。泰诺林也在吃，每次2片，一天3次', 5400],
    ['我昨天一共吃了8克左右的扑热息痛，还吃了感冒灵', 8000],
    ['took two Lemsip Max sachets and 6 panadol this afternoon', 5000],
    // Habitual use told is use: 3 × 500 mg × 6 a day.
    ['My husband takes 3 panadol every 4 hours for his back', 9000],
  ])('%s → over the limit (%d mg)', (text, mg) => {
    const r = readParacetamol(text);
    expect(r.mgPerDay).toBe(mg);
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('paracetamol-over-limit');
  });

  it('uses 75 mg/kg for a child whose weight is told', () => {
    const text = 'my 2 year old is 12kg, I gave her 3 doses of calpol and 2 tylenol today, about 1.2g in total';
    expect(readParacetamol(text).limitMg).toBe(900);
    expect(triageDetail(text).reasons).toContain('paracetamol-over-limit');
  });

  it('reads a weight in 公斤 (no word boundary after Chinese): 4 × 125 + 3 × 325 mg in a 15 kg child is over 75 mg/kg', () => {
    const text = '孩子3岁，15公斤，今天吃了4袋小儿氨酚黄那敏，还有3片泰诺';
    const r = readParacetamol(text);
    expect(r.limitMg).toBe(1125);
    expect(r.mgPerDay).toBe(1475);
    expect(triageDetail(text).reasons).toContain('paracetamol-over-limit');
  });

  it.each([
    ['泰诺林每次1片，一天3次，吃了两天'],
    // A count in a sentence that tells no act (a doctor's instruction) is not added.
    ['医生说泰诺林每次2片，一天4次。我今天吃了1片'],
    ['took 2 paracetamol at lunch for a headache'],
    ['took 8g of metformin today by mistake with my usual panadol'],
    ['家里还有两盒泰诺林，我吃了1片'],
    ['Should I take 3 panadol every 4 hours?'],
    // A count in another sentence than the act: what the doctor allowed, not what was taken.
    ['My doctor said I can take up to 8 paracetamol a day. I took 2 this morning.'],
    ['If I take 3 panadol every 4 hours will it hurt my liver?'],
    ['这一周一共吃了十几克对乙酰氨基酚，腰疼'],
  ])('%s → not over the limit', (text) => {
    expect(triageDetail(text).reasons).not.toContain('paracetamol-over-limit');
  });

  it('a list of amounts after one act is all taken: 3,000 mg over three products, not over the limit', () => {
    const text = '我妈今天吃了两袋感冒灵，三片泰诺林，还有两片白加黑';
    const r = readParacetamol(text);
    expect(r.mgPerDay).toBe(3000);
    expect(productsTaken(r)).toBe(3);
    expect(['urgent', 'emergency']).toContain(triageDetail(text).level);
  });

  it('two products that both hold paracetamol, taken, without amounts → urgent', () => {
    const d = triageDetail('感冒了，昨天吃了泰诺，今天又吃了感康');
    expect(d.reasons).toContain('paracetamol-doubled');
    expect(['urgent', 'emergency']).toContain(d.level);
  });

  it.each([
    ['泰诺和白加黑能一起吃吗'],
    ['Can I take paracetamol with Lemsip?'],
    ['took tylenol (acetaminophen) for my headache'],
    // Only one of the two is told taken: the other is prescribed beside it.
    ['医生开了泰诺林，我在吃感冒灵，能一起吃吗'],
  ])('%s → no doubled rule (asked, or one medicine named twice)', (text) => {
    expect(triageDetail(text).reasons).not.toContain('paracetamol-doubled');
  });

  it('counts the generic name as a second product only beside a combination remedy', () => {
    expect(productsTaken(readParacetamol('took paracetamol and then a lemsip'))).toBe(2);
    expect(productsTaken(readParacetamol('took tylenol, which is acetaminophen'))).toBe(1);
  });

  it('every product row names its source and a positive strength or none', () => {
    for (const p of PARACETAMOL_PRODUCTS) {
      expect(p.source.length).toBeGreaterThan(5);
      expect(p.mg === null || p.mg > 0).toBe(true);
    }
    const names = PARACETAMOL_PRODUCTS.flatMap((p) => p.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});

// Session 16 (left from session 15): a children's liquid told by its volume is mL × the labelled paracetamol per mL (a
// concentration told, else the product's lowest liquid strength), against 75 mg/kg for a child whose weight is told.
describe('a liquid told in mL', () => {
  it.each([
    // 60 mL × 24 mg/mL (Infant Calpol, the lowest) = 1,440 mg > 75 × 11 = 825 mg.
    'my toddler 11kg drank about 60ml of calpol from the bottle',
    // 40 mL × 32 mg/mL (泰诺林 混悬液) = 1,280 mg > 75 × 15 = 1,125 mg.
    '我儿子3岁15公斤，今天喂了泰诺林混悬液一共40毫升',
    // A concentration told: 50 mL × 250/5 = 2,500 mg > 75 × 20 = 1,500 mg.
    'my 6 year old (20kg) had 50ml of calpol 250mg/5ml today',
  ])('%s → over the limit', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('paracetamol-over-limit');
  });
  it('a dose within the limit is not (5 mL four times a day, 12 kg: 480 mg ≤ 900 mg); the concentration is no volume', () => {
    expect(readParacetamol('gave my 12kg daughter 5ml of calpol 4 times a day').mgPerDay).toBe(480);
    expect(readParacetamol('my son is 14kg and I gave him 10ml of calpol 120mg/5ml').mgPerDay).toBe(240);
    expect(triageDetail('宝宝10公斤，每次喂泰诺林5毫升，一天4次').reasons).not.toContain('paracetamol-over-limit');
  });
});

describe('session 17: counts with their strength, a per-day count beside a span, a liquid named by its form', () => {
  it.each([
    'I took 4 x 500mg paracetamol 6 times a day for 3 days',
    "My 2 year old (12kg) drank about 60 ml of Children's Tylenol",
    "my 2 year old 12kg had about 60 ml of children's tylenol",
  ])('over the limit: %s', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
  it.each([
    'I took 2 x 500mg paracetamol 4 times a day for 3 days for my back',
    'took 6 paracetamol a day this week for my toothache',
    "my 4 year old (16kg) had 5 ml of children's tylenol for a fever",
    "gave my 2yo 5ml of infants' calpol at bedtime, she's 12kg",
  ])('within it: %s', (text) => {
    expect(triageDetail(text).level).toBe('routine');
  });
});

// Session 18 (triage #19): infant drops drunk by the bottle read routine at first sight in s17 (ah110: two 15 mL bottles of
// 泰诺林混悬滴剂, 100 mg/mL, for a 10 kg child). A bottle drunk is bottles × its size; an untold weight is the age's (APLS).
describe('a bottle drunk', () => {
  it.each([
    ['宝宝一岁半 10公斤 刚才趁我做饭把两瓶泰诺林混悬滴剂都喝光了 一瓶15ml的 现在看着没事 还在笑 要不要紧'],
    ['my toddler (2) drank a bottle of infant paracetamol drops, 15ml, she seems fine'],
    ['my 3 year old got into the cupboard and drank a whole 100ml bottle of calpol'],
    ['my 10 month old drank the bottle of infant tylenol drops, it was a 30ml bottle'],
    ['孩子两岁 把一整瓶泰诺林混悬滴剂喝了 15毫升那种 现在在玩'],
  ])('%s → over the limit', (text) => {
    const r = readParacetamol(text);
    expect(r.mgPerDay ?? 0).toBeGreaterThan(r.limitMg);
    expect(triageDetail(text).reasons).toContain('paracetamol-over-limit');
  });
  it.each([
    ['宝宝1岁 喂了1.2毫升泰诺林滴剂退烧 要隔多久'],
    ['买了一瓶15ml的泰诺林滴剂 每次给宝宝喂多少'],
    ['the bottle of infant paracetamol drops says 15ml, how much for a 9 month old?'],
    ['我家有一瓶泰诺林滴剂 15ml 宝宝半岁 喂了0.8ml 还是烧'],
    ['孩子三岁 一天喂了三次泰诺林 每次5毫升 还烧怎么办'],
    ['孩子2岁 一瓶美林100毫升 能喝几天'],
  ])('%s → a dose or a supply, not over', (text) => {
    expect(triageDetail(text).reasons).not.toContain('paracetamol-over-limit');
  });
});

// Session 20 (review s19 S1): a child named by a word and no age or weight ("toddler", "宝宝", "the kid") is read at the
// weight that word means (APLS), not the adult's 4 g; a whole or half bottle of untold size that is over the child's
// limit only at the product's largest pack is still an emergency for a child (NHS: go to A&E if you think a child has
// taken too much) — the size is read from the bottle at the hospital, not guessed at home.
describe('a child with no age told, and a bottle of untold size', () => {
  it('reads the weight the child word means', () => {
    expect(readParacetamol('the kid drank a whole bottle of Calpol').limitMg).toBe(75 * 16);
    expect(readParacetamol('toddler drank half a bottle of Calpol').limitMg).toBe(75 * 12);
    expect(readParacetamol('孩子把一整瓶泰诺林滴剂喝完了').limitMg).toBe(75 * 16);
    expect(readParacetamol('宝宝把一整瓶泰诺林滴剂喝完了').limitMg).toBe(75 * 10);
  });
  it('keeps the smallest pack as the amount and the largest as what it may have been', () => {
    const r = readParacetamol('toddler drank half a bottle of Calpol');
    expect(r.mgPerDay).toBe(0.5 * 60 * 24);
    expect(r.mgPerDayMax).toBe(0.5 * 200 * 24);
    const told = readParacetamol('toddler drank half a 100ml bottle of Calpol');
    expect(told.mgPerDayMax).toBe(told.mgPerDay);
  });
  it.each([
    'toddler drank half a bottle of Calpol',
    'the kid drank a whole bottle of Calpol',
    '孩子把一整瓶泰诺林滴剂喝完了',
    'my little one drank most of a bottle of Calpol',
  ])('%s → emergency', (t) => {
    expect(triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level).toBe('emergency');
  });
  it('an adult who drank half a bottle of a child’s liquid stays under the adult limit', () => {
    expect(triageDetail('I drank half a bottle of Calpol for my sore throat', { locale: 'en-GB' }).level).not.toBe('emergency');
  });
});
