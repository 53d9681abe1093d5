import { describe, expect, it } from 'vitest';
import { layTermGroups, temperatureTerms } from './lay-terms.js';

describe('lay ↔ clinical table', () => {
  const groups = layTermGroups();

  it('holds a few hundred groups in both languages, each with at least two names', () => {
    const zh = groups.filter((g) => /\p{Script=Han}/u.test(g[0]));
    expect(zh.length).toBeGreaterThan(150);
    expect(groups.length - zh.length).toBeGreaterThan(150);
    for (const g of groups) expect(g.length).toBeGreaterThanOrEqual(2);
  });

  it('lists no name twice within a group', () => {
    for (const g of groups) expect(new Set(g.map((t) => t.toLowerCase())).size, g.join('|')).toBe(g.length);
  });
});

describe('temperatureTerms', () => {
  it.each([
    ['孩子烧到39度', ['发热']],
    ['体温38.5℃正常吗', ['发热']],
    ['37.5度算发烧吗', ['发热']],
    ['my son has a 102 degree temperature', ['fever']],
    ['101°F for two days', ['fever']],
    ['37度', []],
    ['吃了3片药', []],
    ['he is 39 years old', []],
  ])('%s → %j', (query, expected) => {
    expect(temperatureTerms(query)).toEqual(expected);
  });
});
