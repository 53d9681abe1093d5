import { describe, expect, it } from 'vitest';
import { harmFrame, measuredAt, untakenAt } from './entity-reading.js';

const at = (q: string, name: string) => q.indexOf(name);
const endOf = (q: string, name: string) => q.indexOf(name) + name.length;

describe('a medicine the writer has not taken', () => {
  it.each([
    ['我从来没吃过二甲双胍，为什么血糖还这么高', '二甲双胍'],
    ['我爸没吃二甲双胍，血糖怎么这么高', '二甲双胍'],
    ['她未服用阿司匹林，为什么还出血', '阿司匹林'],
    ["I've never taken metformin but my sugar is high", 'metformin'],
    ["I'm not on metformin, why is my a1c rising", 'metformin'],
    ["my mum didn't take her amlodipine today", 'amlodipine'],
  ])('%s', (q, name) => expect(untakenAt(q, at(q, name))).toBe(true));

  it.each([
    // A choice asked about is about the medicine.
    ['不吃二甲双胍会怎样', '二甲双胍'],
    ["what happens if I don't take metformin", 'metformin'],
    ['吃了二甲双胍以后肚子疼', '二甲双胍'],
    ['二甲双胍伤肾吗', '二甲双胍'],
    // Another clause's negation.
    ['我没吃饭，吃了布洛芬胃痛', '布洛芬'],
    ["I didn't eat, then took ibuprofen", 'ibuprofen'],
  ])('not %s', (q, name) => expect(untakenAt(q, at(q, name))).toBe(false));
});

describe('a medicine or hormone name standing for a level', () => {
  it.each([
    ['孕早期黄体酮低会流产吗', '黄体酮'],
    ['肾上腺素偏高会怎样', '肾上腺素'],
    ['胰岛素水平升高是什么意思', '胰岛素'],
    ['is a fasting insulin of 30 high', 'insulin'],
    ['what do high insulin levels mean', 'insulin'],
  ])('%s', (q, name) => expect(measuredAt(q, endOf(q, name))).toBe(true));

  it.each([
    ['打胰岛素低血糖了怎么办', '胰岛素'],
    ['阿司匹林高剂量有什么风险', '阿司匹林'],
    ['胰岛素怎么打', '胰岛素'],
    ['how much insulin should I take', 'insulin'],
    ['insulin is 30 units a day, too much?', 'insulin'],
  ])('not %s', (q, name) => expect(measuredAt(q, endOf(q, name))).toBe(false));
});

// Review s30: a medicine's harm asked about, or its ingestion or a reaction told — the synthesised page steps aside.
describe("a medicine's harm or ingestion", () => {
  it.each([
    // S1 content (r-c30, r2-01) and the gate rows whose caution START showed.
    '二甲双胍会引起乳酸酸中毒吗',
    '吃二甲双胍的人喝酒会不会酸中毒',
    '我阿媽食緊二甲雙胍，係咪會傷腎㗎',
    '請問吃二甲雙胍會傷腎嗎',
    '吃二甲双胍的时候能喝酒吗',
    '食咗二甲双胍可唔可以饮酒',
    '布洛芬伤胃吗，吃了会不会胃出血',
    '阿莫西林能和布洛芬一起吃吗',
    '氨氯地平有什么副作用',
    'does amoxicillin cause diarrhea in babies',
    'can I drink alcohol on metronidazole',
    'is it safe to take ibuprofen with lisinopril',
    'lisinopril side effects',
    // Ingestion, overdose or a reaction (r2-12, gate ev-e10, ev-x22, ev-e07).
    'I took too much insulin and now shaky and sweaty',
    'took penicillin and now my throat feels like its closing up',
    'overdosed on tylenol 2 hours ago feel fine',
    'my son ate a handful of my amlodipine pills',
    '孩子喝了小半瓶碘酊',
    '孩子误吃了奶奶的二甲双胍好几片',
    '吃了阿莫西林后喉咙发紧',
    '不小心吃多了布洛芬',
  ])('%s', (q) => expect(harmFrame(q)).toBe(true));

  it.each([
    '二甲双胍',
    '二甲双胍怎么吃',
    'what is lisinopril used for',
    'amoxicillin',
    'how do I use an albuterol inhaler',
    '血常规',
    '奥美拉唑要吃多久才可以停',
    'prednisolone eye drops how many times a day',
  ])('not %s', (q) => expect(harmFrame(q)).toBe(false));
});

// The reviewer's own harm-shaped probes that HEAD still led with the page (r-a05, r-a09, r-a32, r-a37, r2-03, r-a34).
describe("a medicine's harm told as a reaction or asked loosely", () => {
  it.each([
    '吃了红霉素肠溶片胃不舒服正常吗',
    'doxycyline make me sick to my stomach, normal?',
    '巴氯芬吃了头晕怎么办',
    '医生开咗甲硝唑，可唔可以饮啤酒',
    'is prednisone dangerous for someone with an infection',
    'i ran out of my sertraline 3 days ago and feel dizzy',
  ])('%s', (q) => expect(harmFrame(q)).toBe(true));
});
