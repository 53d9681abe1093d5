// A place named in Chinese prose between a locative verb and a demonstrative of place (s35). Lines written for these
// tests, not taken from any batch: the places must be redacted; the common places, persons and directions must stay.
import { describe, expect, it } from 'vitest';
import { namedPlaceZh } from './locative-places-zh.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

describe('a place between a locative verb and a demonstrative of place', () => {
  it.each([
    ['我妈说停车场入口在建设北路那边，要登记车牌', '建设北路'],
    ['上周在五角场那边的诊所打的针', '五角场'],
    ['孩子放学后去东湖绿道附近跑步，回来就喘', '东湖绿道'],
    ['上周在五角场那边的诊所打的针', '五角场'],
    ['他去士古來那間診所拿藥', '士古來'],
  ])('%s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
  it.each([
    ['我在省肿瘤那边复查过', '省肿瘤'],
    ['到室友那边住了两天', '室友'],
    ['去年在我们这边住院', '我们'],
    ['在学校门口那边等了半天', '学校门口'],
    ['在老家那边看的中医', '老家'],
    ['在急诊那边排队两小时', '急诊'],
    ['在护士站那边登记', '护士站'],
    ['在菜市场附近摔倒', '菜市场'],
    ['在东北那边打工十年', '东北'],
    ['现在医院那边说要转院', '医院'],
    // Hospitals and clinics are care providers, not a person's place; a famous one the dictionary knows neither.
    ['上周在中山医院那边做的胃镜', '中山医院'],
    ['去乡镇卫生院那边开药', '乡镇卫生院'],
    ['在协和那边挂的号', '协和'],
    ['住在厂区那边', '厂区'],
    // Review s35 (S2): a clinical service of the shared lay-term vocabulary is no place.
    ['去核磁那边排队，大概要两小时。', '核磁'],
    ['你去抽血那边，再到彩超那边等叫号。', '彩超'],
  ])('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('reads the value by the dictionary', () => {
    expect(namedPlaceZh('人民路')).toBe(true);
    expect(namedPlaceZh('杭州滨江')).toBe(true);
    expect(namedPlaceZh('小区')).toBe(false);
    expect(namedPlaceZh('外婆家')).toBe(false);
  });
});
