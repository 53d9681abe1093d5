import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { REFERRAL_DOSES } from '../../knowledge/toxic-doses.js';
import { DOSE_LIMITS } from '../screening/dose-limits.js';
import { triageDetail } from '../triage.js';
import { readDosePerKg } from './dose-per-kg.js';

// Session 24 (triage #19, knowledge; blind an114: a 20 kg six-year-old given 5 × 500 mg paracetamol → routine): a
// swallowed medicine read as amount × unit strength ÷ body weight against the poison centres' referral dose. The probes
// (bench/triage-s24-dose-per-kg-probes.jsonl) were written before the code: 22 ingestions at or over the line (zh,
// Cantonese, en; tablets × strength, N x mg, a mass, a syrup's volume × concentration, a weight told or an age) and 32
// look-alikes (therapeutic doses per kg, an adult's dose, asked not taken, nearly taken, stock and storage, sweets and
// vitamins, a leaflet's per-kg figure, past and third-party episodes, a dog).

interface Probe {
  id: string;
  expect: 'emergency' | 'urgent' | 'routine' | 'not-emergency';
  text: string;
}
const probes: Probe[] = readBenchProbes<Probe>('triage-s24-dose-per-kg-probes.jsonl');

describe('dose per kg: the probes written before the code', () => {
  it.each(probes.filter((p) => p.expect === 'emergency'))('$id is an emergency: $text', ({ text }) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
  it.each(probes.filter((p) => p.expect !== 'emergency'))('$id is read as no over-referral ingestion: $text', ({ text }) => {
    expect(readDosePerKg(text)).toBeNull();
  });
});

describe('dose per kg: the reader', () => {
  it('reads an114 as 125 mg/kg paracetamol, over the 75 mg/kg referral line, and holds it against reassurance', () => {
    const text = '给孩子吃退烧药，我把说明看错了，6岁的孩子给他吃了5片对乙酰氨基酚，每片500毫克，孩子20公斤，现在还没什么反应';
    expect(readDosePerKg(text)).toMatchObject({ agent: 'paracetamol', mg: 2500, kg: 20, threshold: 75 });
    expect(triageDetail(text)).toMatchObject({ level: 'emergency' });
    expect(triageDetail(text).reasons).toContain('dose-per-kg-over-referral');
  });
  it.each([
    ['孩子二十公斤，误吃了十片苯海拉明，每片25毫克', 'diphenhydramine', 12.5],
    ['Toddler, 12 kg, drank 100 ml of ibuprofen syrup 100mg/5ml', 'ibuprofen', 2000 / 12],
    ['my 2 year old (12kg) ate 10 of the 200mg ferrous sulfate tablets', 'iron', 650 / 12],
    ['3岁的孩子吃了5粒布洛芬缓释胶囊，每粒300毫克', 'ibuprofen', 1500 / 14],
  ])('%s → %s %d mg/kg', (text, agent, perKg) => {
    const r = readDosePerKg(text);
    expect(r?.agent).toBe(agent);
    expect(r?.mgPerKg).toBeCloseTo(perKg, 1);
  });
  it.each([
    // under the line
    '我女儿20公斤，吃了5片维生素C，每片500毫克',
    "I'm 50kg and took 2 x 500mg paracetamol for period pain",
    'My son (20 kg) took 5 ml of ibuprofen 100mg/5ml',
    'my 2 year old (12kg) ate 3 of the 200mg ferrous sulfate tablets',
    "I'm 70kg and took 4 x 25mg diphenhydramine to sleep",
    'Grandma weighs 45 kg and took her usual 5 mg amlodipine twice by mistake',
    '宝宝10公斤，喂了2.5毫升泰诺林，每毫升32毫克',
    // the count is stock, not what was swallowed
    '一盒对乙酰氨基酚20片，每片500毫克，孩子20公斤，吃了一片',
    // a weight that is nobody's body
    'Our 20 kg dog ate 5 x 500mg paracetamol',
    'I lost 5 kg this month and took 10 x 500 mg paracetamol',
    'I carried a 20 kg bag of rice and then took 2 x 500 mg paracetamol',
    "I'm 80 kg and my 2 year old ate 1 of my 500mg paracetamol",
    // a course, not one ingestion
    'my 20 kg son had 5 x 400 mg ibuprofen over two days',
    '孩子二十公斤，医生开了布洛芬，每次一片200毫克',
    // a leaflet's figure, a what-if, nearly, past or treated
    '说明书说布洛芬超过每公斤100毫克会中毒，孩子20公斤，他吃了一片200毫克的',
    '孩子20公斤，如果吃了5片对乙酰氨基酚，每片500毫克，会怎么样',
    'My 3 year old, 14 kg, almost swallowed 10 of my 200 mg ibuprofen but I grabbed them',
    '孩子20公斤，上周吃了5片对乙酰氨基酚，每片500毫克，现在没事了',
    '三年前孩子5岁时吃了10片布洛芬，每片300毫克，住了院',
  ])('no finding: %s', (text) => {
    expect(readDosePerKg(text)).toBeNull();
  });
  it("every referral row's names come from the dose table or its own extra names", () => {
    for (const r of REFERRAL_DOSES) expect(DOSE_LIMITS.some((d) => d.id === r.id) || (r.extraNames?.length ?? 0) > 0).toBe(true);
  });
});

// Review s24 (R1 R2 R18-R23): an adult's own regular dose was read against the accidental-ingestion lines, and fruit weighed
// in 斤 as a child's body weight. The lines count only for an excess or error event; the one weight reader
// (paracetamol-sum bodyWeights) knows a body from goods. bench/triage-s24-dose-per-kg-fix-probes.jsonl: dn* must stay quiet.
const fixProbes: Probe[] = readBenchProbes<Probe>('triage-s24-dose-per-kg-fix-probes.jsonl');

describe('dose per kg: a course or goods is no ingestion event (review s24)', () => {
  it.each(fixProbes.filter((p) => p.expect !== 'emergency'))('$id: no per-kg or paracetamol finding: $text', ({ text }) => {
    expect(readDosePerKg(text)).toBeNull();
    expect(triageDetail(text).reasons).not.toContain('paracetamol-over-limit');
  });
  it.each([
    ['孩子3岁，三十斤，偷吃了8片布洛芬，每片300毫克', 'ibuprofen', 15],
    ["I'm 60 kg and took 10 x 240 mg verapamil by mistake instead of my vitamins", 'verapamil', 60],
    ['我体重50公斤，吃错药了，吃了十片硝苯地平，每片30毫克', 'nifedipine', 50],
    ['我妈45公斤，把地尔硫卓多吃了，一共吃了八片，每片90毫克', 'diltiazem', 45],
    ["I'm 55kg and took too many of my nortriptyline, 10 x 25mg", 'nortriptyline', 55],
    ['孩子5岁，吃了一斤葡萄以后又偷吃了12片对乙酰氨基酚，每片500毫克', 'paracetamol', 18],
    ['I weigh 50 kg and I took 30 x 500 mg paracetamol an hour ago', 'paracetamol', 50],
    ['个仔4岁，三十二斤，食咗10粒撲熱息痛，每粒500毫克', 'paracetamol', 16],
  ])('an excess or a child still counts: %s → %s at %d kg', (text, agent, kg) => {
    expect(readDosePerKg(text)).toMatchObject({ agent, kg });
    expect(triageDetail(text).level).toBe('emergency');
  });
});
