// Addresses told as directions (address-directions.ts), through the whole detector. Texts written for this test, not
// taken from a blind batch.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';

describe('an address grows over the directions written with it', () => {
  it.each([
    ['家住海淀区学院路，五道口菜市场后面那个老家属院，7号楼302', '海淀区学院路，五道口菜市场后面那个老家属院，7号楼302'],
    ['现住址：西湖区文三路往里第二个巷子，卖早点那家隔壁的平房', '西湖区文三路往里第二个巷子'],
    ['患者住在金水区农业路跟花园路交叉口往东那个小区', '金水区农业路跟花园路交叉口往东那个小区'],
    ['老人住二七区大学路幸福里敬老院，子女不在身边', '二七区大学路幸福里敬老院'],
    ['住址：朝阳区望京街道，地铁站B口对面的青年公寓C栋1203', '朝阳区望京街道，地铁站B口对面的青年公寓C栋1203'],
    ['She rents the back unit of the fourplex on Alder St, past the laundromat.', 'the back unit of the fourplex on Alder St, past the laundromat'],
    [
      'Location: green double-wide behind the Circle K on Route 14, about a mile past the grain elevator',
      'green double-wide behind the Circle K on Route 14, about a mile past the grain elevator',
    ],
    ['Found at the end of Quarry Hill Road, the cabin with the tin roof.', 'the end of Quarry Hill Road, the cabin with the tin roof'],
    ['Scene: County Road 7 at the bend just south of Miller Creek bridge. Two vehicles.', 'County Road 7 at the bend just south of Miller Creek bridge'],
  ])('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });
});

describe('what the sentence goes on to say stays', () => {
  it.each([
    ['现住址：南岗区学府路88号3栋501（楼下是药店，没有电梯，要爬楼梯）', '没有电梯'],
    ['住址：道里区友谊路12号，独居，行走需助行器', '独居，行走需助行器'],
    ['Lives at 14 Birch Rd, past the school, with her husband; uses a walker.', 'with her husband; uses a walker'],
    ['Lives near campus and was short on sleep before the seizure.', 'near campus and was short on sleep'],
    ['Moved to Winnipeg in June; HbA1c 8.1 %.', 'June; HbA1c 8.1 %'],
    ['Takes the drug by oral route 3 times a day; lives on Main St.', 'oral route 3 times a day'],
    ['Letter from the judge of Family Court about custody.', 'Family Court'],
    ['Nodule on Rt 5 mm from the nipple, stable.', 'Rt 5 mm'],
    ['Lives on Oak Lane, past the unit where she has dialysis.', 'where she has dialysis'],
  ])('%s', (text, kept) => {
    const spans = detectPhi(text);
    const at = text.indexOf(kept);
    const redacted = spans.some((s) => s.type === 'ADDRESS' && s.start < at + kept.length && s.end > at);
    expect(redacted, JSON.stringify(spans)).toBe(false);
  });
});
