import { describe, expect, it } from 'vitest';
import { createEntityMatcher, normalizeTerm, type EntityEntry, type EntityMention, type EntityType } from './entity-matcher.js';

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** The matcher's contract written the slow, obvious way (one slice per name length at every position). */
function sliceEveryLength(entries: EntityEntry[], text: string): EntityMention[] {
  const priority: Record<EntityType, number> = { disease: 0, symptom: 1, drug: 2, check: 3, department: 4, food: 5 };
  const dict = new Map<string, EntityType>();
  for (const { term, type } of entries) {
    const t = normalizeTerm(term);
    if (t.length > 40 || (HAN.test(t) ? t.length < 2 : t.length < 3)) continue;
    const prev = dict.get(t);
    if (prev === undefined || priority[type] < priority[prev]) dict.set(t, type);
  }
  const lens = [...new Set([...dict.keys()].map((k) => k.length))].sort((a, b) => b - a);
  // Lower-case without changing length (İ lower-cases to two code units and is kept as is), so offsets hold.
  const lower = [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  const out: EntityMention[] = [];
  for (let i = 0; i < lower.length; ) {
    let found = 0;
    if (i === 0 || !WORD.test(lower[i - 1]) || HAN.test(lower[i - 1]) || HAN.test(lower[i])) {
      for (const len of lens) {
        const type = i + len <= lower.length ? dict.get(lower.slice(i, i + len)) : undefined;
        if (type === undefined) continue;
        const next = lower[i + len];
        if (!HAN.test(lower[i + len - 1]) && next !== undefined && WORD.test(next) && !HAN.test(next)) continue;
        out.push({ text: text.slice(i, i + len), type, start: i, end: i + len });
        found = len;
        break;
      }
    }
    i += found || 1;
  }
  return out;
}

describe('entity matcher edge cases', () => {
  const entries: EntityEntry[] = [
    { term: '糖尿病', type: 'disease' },
    { term: '2型糖尿病', type: 'disease' },
    { term: '糖尿病肾病', type: 'disease' },
    { term: '肾病', type: 'disease' },
    { term: '头痛', type: 'symptom' },
    { term: '痛风', type: 'disease' },
    { term: 'aspirin', type: 'drug' },
    { term: 'aspirin c', type: 'drug' },
    { term: 'Type 2 diabetes', type: 'disease' },
    { term: 'diabetes', type: 'disease' },
    { term: 'CT检查', type: 'check' },
    { term: '阿司匹林', type: 'food' },
    { term: '阿司匹林', type: 'drug' },
  ];
  const m = createEntityMatcher(entries);

  it('nested names: the longest wins and consumes its characters', () => {
    expect(m.match('糖尿病肾病').map((x) => x.text)).toEqual(['糖尿病肾病']);
    expect(m.match('2型糖尿病').map((x) => x.text)).toEqual(['2型糖尿病']);
  });

  it('overlaps: left to right, the earlier name wins', () => {
    // 头痛 and 痛风 overlap in 头痛风; 头痛 starts first.
    expect(m.match('头痛风')).toEqual([{ text: '头痛', type: 'symptom', start: 0, end: 2 }]);
  });

  it('mixed zh/en: Latin names next to Han characters, boundaries inside Latin words', () => {
    expect(m.match('服用Aspirin后头痛')).toEqual([
      { text: 'Aspirin', type: 'drug', start: 2, end: 9 },
      { text: '头痛', type: 'symptom', start: 10, end: 12 },
    ]);
    // "aspirin c" is followed by a letter, so the shorter "aspirin" is tried and ends on a boundary.
    expect(m.match('aspirin cx').map((x) => x.text)).toEqual(['aspirin']);
    expect(m.match('xaspirin, TYPE 2 DIABETES; prediabetes').map((x) => x.text)).toEqual(['TYPE 2 DIABETES']);
    expect(m.match('做CT检查').map((x) => x.text)).toEqual(['CT检查']);
  });

  it('one name with several types takes the most specific', () => {
    expect(m.typeOf('阿司匹林')).toBe('drug');
  });

  it('empty text and an empty dictionary match nothing', () => {
    expect(m.match('')).toEqual([]);
    expect(createEntityMatcher([]).match('糖尿病')).toEqual([]);
    expect(createEntityMatcher([]).size).toBe(0);
  });

  it('agrees with slicing every length on mixed random text', () => {
    let seed = 11;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const pieces = ['糖尿病', '肾病', '头痛', '风', 'aspirin', ' ', 'c', 'x', '2型', 'type 2 ', 'diabetes', '，', 'ct检查', 'İ', '𠮷'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: rand(12) }, () => pieces[rand(pieces.length)]).join('');
      expect(m.match(text)).toEqual(sliceEveryLength(entries, text));
    }
  });
});
