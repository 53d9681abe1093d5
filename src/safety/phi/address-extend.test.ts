// Address chains grown from any piece a reader found (address-extend.ts): the whole chain is redacted, in prose as in
// fields, and words that only end in a unit character stay. Sentences written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { detectUnitPlaces, extendAddresses } from './address-extend.js';

const CHAINS: [string, string][] = [
  ['老人家住浙江省宁波市鄞州区首南街道天童北路288号万达广场5幢1单元1702室，独居', '浙江省宁波市鄞州区首南街道天童北路288号万达广场5幢1单元1702室'],
  ['外婆一直住在临沂市兰山区白沙埠镇后朱村2组', '临沂市兰山区白沙埠镇后朱村2组'],
  ['事发时他在龙岗区坂田街道骑车送件', '龙岗区坂田街道'],
  ['出院后回到金地花园东二区养病', '金地花园东二区'],
  ['社工已联系石桥镇民政办', '石桥镇'],
  ['覆診地址：油麻地彌敦道450號三樓', '油麻地彌敦道450號'],
  ['Her salon is on Bloor Street West, near the station.', 'Bloor Street West'],
  ['Moved to Laval (H7N 4B2) last year.', 'H7N 4B2'],
  ['Home address: No. 12 Okafor Crescent, Ikeja, Lagos', 'No. 12 Okafor Crescent, Ikeja, Lagos'],
  ['Lives at Blk 221 Bedok North St 3, #05-412, Singapore 460221 with her son', 'Blk 221 Bedok North St 3, #05-412, Singapore 460221'],
  ['Correspondence: 14 Jalan Mawar 3, Taman Sentosa, 41200 Klang, Selangor', '14 Jalan Mawar 3, Taman Sentosa, 41200 Klang, Selangor'],
  ['He moved to flat 2, 9 Quarry Road, Alnwick NE66 2AB last spring.', 'flat 2, 9 Quarry Road, Alnwick NE66 2AB'],
];

const KEPT: [string, string][] = [
  ['术后硬膜外镇痛效果好，回老家乡下休养', '镇痛'],
  ['城市和农村的发病率不同，社区医院可以随访', '社区'],
  ['消化道出血，注意道路安全', '消化道'],
  ['副主任医师查房：心率82次/分', '主任'],
];

describe('address chains grown from any anchor', () => {
  it.each(CHAINS)('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it.each(KEPT)('keeps %s', (text, word) => {
    const at = text.indexOf(word);
    expect(detectPhi(text).filter((s) => s.start < at + word.length && at < s.end)).toEqual([]);
  });

  it('extends to the right only over smaller units and to the left only over larger ones', () => {
    const text = '住在西湖区文三路88号华星小区3栋，杭州市人民政府旁';
    const piece = { type: 'ADDRESS' as const, start: 2, end: 5, text: '西湖区' };
    expect(extendAddresses(text, [piece]).map((s) => s.text)).toEqual(['西湖区文三路88号华星小区3栋']);
    const small = '杭州市西湖区';
    expect(extendAddresses(small, [{ type: 'ADDRESS', start: 3, end: 6, text: '西湖区' }]).map((s) => s.text)).toEqual(['杭州市西湖区']);
  });

  it('finds townships anywhere and estates only after a locative or before their block numbers', () => {
    expect(detectUnitPlaces('联系石桥镇民政办').map((s) => s.text)).toEqual(['石桥镇']);
    expect(detectUnitPlaces('住在金色家园小区').map((s) => s.text)).toEqual(['金色家园小区']);
    expect(detectUnitPlaces('这个高档小区很安静')).toEqual([]);
    expect(detectUnitPlaces('马鞍镇卫生院门诊')).toEqual([]);
  });
});

// Session 43: the numbered tail below the street — a hyphen chain, a room after a pause, 房, an estate named without
// its unit word — read only by its position after a street, a house number or an estate.
describe('the numbered tail of a Chinese address (s43)', () => {
  it.each([
    ['家属住址：长春市朝阳区红旗街88号5-1-702，电话见前', '长春市朝阳区红旗街88号5-1-702'],
    ['现住成都市武侯区倪家桥路9号锦华苑6-2-301。', '成都市武侯区倪家桥路9号锦华苑6-2-301'],
    ['住金凤区北京中路翠湖名邸12-1-1101 有事打电话', '金凤区北京中路翠湖名邸12-1-1101'],
    ['地址：江岸区台北路金都花园7栋3单元，1204\n联系人：女儿', '江岸区台北路金都花园7栋3单元，1204'],
    ['我报的是 南山区桃园路荔苑 八栋 五零二', '南山区桃园路荔苑 八栋 五零二'],
    ['病人家在海珠区江南大道中180号2301房', '海珠区江南大道中180号2301房'],
    ['住址：昌平区回龙观街道龙泽苑街道东区9号楼', '昌平区回龙观街道'],
    // s44: the full building-entrance-room chain after one space (the room has three or four digits).
    ['家住西安市雁塔区长延堡街道紫薇里 6-2-402，母亲陪同', '西安市雁塔区长延堡街道紫薇里 6-2-402'],
    ['住址：太原市小店区亲贤北街12号 3-1-1102\n电话见前', '太原市小店区亲贤北街12号 3-1-1102'],
    // s44: a block named after a Hong Kong estate, then its room.
    ['佢住喺大埔富善邨善雅樓2307，今朝跌親', '大埔富善邨善雅樓2307'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it.each([
    // A count, a dose or a score after the chain is no room.
    ['住在3栋2单元，120分钟后到急诊', '120分钟'],
    ['家在解放路5号，服药1-0-1，每日', '1-0-1'],
    ['住解放路5号 12-03-2024入院', '12-03-2024'],
    ['家在解放路5号，复诊3-2-1方案', '3-2-1'],
    // s44: after a space, a chain whose last part is no room, or a date, stays.
    ['家住幸福小区 3-2-1 方案化疗', '3-2-1'],
    ['家住幸福小区6栋 2-1-2019 复查', '2-1-2019'],
    // s44: "楼下", "樓梯" after an estate are prose, not a named block.
    ['住在金华苑对面楼下的诊所看病', '楼下'],
  ])('keeps what is no tail: %s', (text, word) => {
    const at = text.indexOf(word);
    expect(detectPhi(text).filter((s) => s.type === 'ADDRESS' && s.start < at + word.length && at < s.end)).toEqual([]);
  });
});
