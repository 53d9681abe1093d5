// Chinese organisations read by their grammar (organisations.ts): modifiers + a head noun in a work or study frame, or
// proper words alone before a shift or a post. A kind of workplace, a treating hospital, a maker of medicines and an
// organisation outside any frame are left. Sentences written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectOrganisationsZh } from './organisations.js';

const FOUND: [string, string][] = [
  ['父亲年轻时在株洲冶炼厂做了二十年电工，', '株洲冶炼厂'],
  ['她是岳麓区桃子湖小学的数学老师。', '桃子湖小学'],
  ['工作单位湖南省邮政公司。', '湖南省邮政公司'],
  ['他给湘联集团开了十年车，给湘联集团干了半辈子。', '湘联集团'],
  ['在高桥大市场经营一家干货档口。', '高桥大市场'],
  ['我爱人在比亚迪做质检员，经常上夜班。', '比亚迪'],
  ['儿子在宁乡县玉潭一中教书。', '玉潭一中'],
  ['女儿在桂花坪幼儿园上中班。', '桂花坪幼儿园'],
  ['我在株洲市中心医院做护士，最近失眠。', '株洲市中心医院'],
  ['儿子在芙蓉三小读书，发烧三天。', '芙蓉三小'],
];

const KEPT: string[] = [
  '我在一家公司上班，经常加班。',
  '在建筑公司上班的人容易腰疼。',
  '在当地的一家工厂做工。',
  '去湘雅医院看病，挂了心内科。',
  '我在株洲市中心医院做了手术，恢复得好。',
  '我在湘雅医院做人工关节置换，想问康复。',
  '孩子在幼儿园上中班，老是感冒。',
  '我在县医院做护士，经常夜班。',
  '我在社区医院上班，我在公立医院当过护士，在国企上过班。',
  '在湘潭市第一人民医院工作的医生说没事。',
  '我在河南中医学院一附院做的检查。',
  '吃了云南白药集团生产的药。',
  '在中国银行取钱时头晕。',
  '哈佛大学研究发现，运动有益。',
  '乙肝能进公司上班吗？',
  '可以给宝宝做局部的揉按。',
  '我在北京做手术。',
  '在招商银行贷了二十年款，压力大。',
  '在中国银行存了三年定期。',
  '最近听个医学院的同学说乙肝会传染。',
  '年轻时在深圳工厂打工，在北京公司上过班。',
];

describe('Chinese organisations by their grammar', () => {
  it.each(FOUND)('reads the workplace in %s', (text, org) => {
    expect(covered(text, org)).toBe(true);
    expect(detectOrganisationsZh(text).some((s) => s.text.includes(org.slice(-2)))).toBe(true);
  });
  it.each(KEPT)('reads no organisation in %s', (text) => {
    expect(detectOrganisationsZh(text)).toEqual([]);
  });
});
