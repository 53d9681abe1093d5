// A chat speaker's display name that holds a relation or a role beside the name, joined by a dash or a bar
// ("大姐-丽萍：", "阿嬤的孫女-佩珊：", "Mum - Sarah:"): the part shaped like a name is the person, the relation is not
// (speaker-lines.ts). Near misses: labelled values whose parts are no person ("血压-晨起：", "BP - morning:").
// Session-23 probes, written before the reader (deid-26 misses: 大姐-丽萍 ×6, 阿嬤的孫女-佩珊 ×6).
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';

const over = (text: string, part: string, from = 0) => {
  const at = text.indexOf(part, from);
  if (at < 0) throw new Error(`probe part ${JSON.stringify(part)} not in its text`);
  return { at, spans: detectPhi(text).filter((s) => s.start < at + part.length && at < s.end) };
};
/** Every occurrence of `part` fully inside detected spans. */
const coveredAll = (text: string, part: string) => {
  for (let from = text.indexOf(part); from >= 0; from = text.indexOf(part, from + 1)) {
    const { at, spans } = over(text, part, from);
    for (let k = 0; k < part.length; k++) if (!spans.some((s) => s.start <= at + k && at + k < s.end)) return false;
  }
  return true;
};
const untouched = (text: string, part: string) => over(text, part).spans.length === 0;

const GROUP = '"老爸住院群"（5人）\n\n大姐-丽萍：今天方主任查房说爸的引流管可以拔了\n小弟-建军：太好了，那啥时候能出院\n大姐-丽萍：说看周五复查的CT';
const TW = '09:12 阿嬤的孫女-佩珊：曉雯護理師早安～阿嬤昨晚有發燒\n09:20 阿嬤的孫女-佩珊：尿袋大概300，顏色有點深\n09:23 護理師-曉雯：好的我下午過去';
const DASH = '二姐—秀英：妈今天吃饭怎么样？\n三弟—志刚：吃了半碗粥\n二姐—秀英：那就好，我晚上过去';
const BAR = '儿子|浩然：爸的药我拿了\n女儿|雨桐：好的，谢谢哥\n儿子|浩然：明天我去办出院';
const TIMED = '[20:01] 女婿-张伟：到医院了，在急诊\n[20:03] 大女儿-张丽：好，我马上来';
const EN = 'Mum - Sarah: did she eat anything today?\nDad - Mike: yes, some soup at lunch\nMum - Sarah: good, I will call the ward';
const EN2 = '[09:12] Granddaughter-Peishan: morning, grandma had a fever\n[09:20] Granddaughter-Peishan: the urine bag is about 300';

describe('the name part of a speaker label with a relation', () => {
  it.each([
    [GROUP, '丽萍'],
    [GROUP, '建军'],
    [TW, '佩珊'],
    [TW, '曉雯'],
    [DASH, '秀英'],
    [DASH, '志刚'],
    [BAR, '浩然'],
    [BAR, '雨桐'],
    [TIMED, '张伟'],
    [TIMED, '张丽'],
    [EN, 'Sarah'],
    [EN, 'Mike'],
    [EN2, 'Peishan'],
  ])('%s → %s', (text, part) => {
    expect(coveredAll(text, part)).toBe(true);
  });
});

describe('near misses: the relation, and labelled values that are no speaker', () => {
  it.each([
    [GROUP, '大姐-'],
    [DASH, '二姐—'],
    [TW, '阿嬤的孫女-'],
    [EN, 'Mum - '],
    ['血压-晨起：135/85\n血压-睡前：128/80\n血压-晨起：130/82', '晨起'],
    ['用药-早餐后：阿司匹林100mg\n用药-睡前：阿托伐他汀20mg\n用药-早餐后：二甲双胍0.5g', '早餐后'],
    ['医生-门诊：请按时服药\n护士-病房：明早空腹抽血\n医生-门诊：一周后复诊', '门诊'],
    ['医生-门诊：请按时服药\n护士-病房：明早空腹抽血\n医生-门诊：一周后复诊', '病房'],
    ['体温-上午：37.2\n体温-下午：38.1\n体温-上午：36.9', '上午'],
    ['BP - morning: 135/85\nBP - evening: 128/80\nBP - morning: 130/82', 'morning'],
    ['Dose - Breakfast: 10 units\nDose - Supper: 6 units\nDose - Breakfast: 12 units', 'Breakfast'],
  ])('%s keeps %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

// Review s23 (deid.md rows 17–18) and own near misses: a medicine beside a relation in a chat label, or a line whose
// message is a dose, is a log of who takes what — no speaker's name.
describe('review s23: a medicine or a dose line beside a relation is no name', () => {
  it.each([
    ['爸爸-华法林：3mg\n爸爸-华法林：2.5mg', '华法林'],
    ['妈妈-安博维：1片\n妈妈-拜新同：1片', '拜新同'],
    ['Mum - Sertraline: 50mg\nMum - Zopiclone: 7.5mg', 'Zopiclone'],
    ['Son - Ventolin: 2 puffs\nSon - Clenil: 1 puff', 'Clenil'],
    ['Dad - Metformin: 500mg\nDad - Ramipril: 5mg', 'Ramipril'],
    ['妈妈-阿莫西林：1片\n妈妈-布洛芬：半片', '阿莫西林'],
    ['奶奶-美林：5ml\n奶奶-达菲：1粒', '达菲'],
  ])('%s keeps %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
  it('names beside a relation are still found', () => {
    expect(coveredAll('爸爸-建国：今天量了血压\n妈妈-秀兰：多少', '建国')).toBe(true);
    expect(coveredAll('爸爸-建国：今天量了血压\n妈妈-秀兰：多少', '秀兰')).toBe(true);
  });
});
