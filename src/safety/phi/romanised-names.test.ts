// A name written in both scripts (romanised-names.ts), through detectPhi. Lines written for these tests (not taken
// from any blind batch).
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const NAMES: [string, string[]][] = [
  // After the Han name: one romanised word per character (Cantonese, Hokkien), or pinyin with the given name in one word.
  ['姓名：麥穎彤 MAK WING TUNG    性別：女', ['MAK WING TUNG']],
  ['患者姓名 Name：郑嘉懿 / ZHENG JIAYI\n性别 Sex：女', ['ZHENG JIAYI']],
  ['病人：黄亚妹 NG AH MOI    MyKad: 700101-10-5566', ['NG AH MOI']],
  // Before it, as a label prints it.
  ['YEUNG HOI YAN 楊凱欣   F / 67Y   HN20441190', ['YEUNG HOI YAN']],
  // A courtesy title between: the romanisation grows over a part another reader found.
  ['Patient: 葉思敏 Ms YIP Sze Man   Date: 2025-01-03', ['YIP Sze Man']],
];

const KEPT: [string, string][] = [
  ['患者王志刚 MRI CT 均未见异常', 'MRI CT'],
  ['患者李秀英 BP HR 平稳', 'BP HR'],
  ['患者陈建华 ICU 转入', 'ICU'],
  ['患者周明远 PCI TO LAD', 'PCI TO LAD'],
];

describe('romanised names beside a Han name', () => {
  it.each(NAMES)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it.each(KEPT)('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
});
