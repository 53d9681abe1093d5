// Administrative chains read by their levels (gazetteer.ts): a province, city or district name followed at once by a
// unit below it is one place with no locative before it. Phrasings written for these tests, not taken from any blind
// batch; real corpus text (huatuo26m) bounds how often chains fire on clinical prose. The detector reads traditional
// text on its simplified reading (reading.ts), so the rows are simplified.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectGazetteerPlaces } from './gazetteer.js';

const places = (text: string): string[] => detectGazetteerPlaces(text).map((s) => s.text);

describe('administrative chains', () => {
  it.each([
    ['IP属地 浙江温州，账号注册于2019年。', '浙江温州'],
    ['户籍所在地：河南洛阳，无业。', '河南洛阳'],
    ['她说娘家是安徽六安的，嫁过来十年了。', '安徽六安'],
    ['联系地址：江西 赣州 章贡区（具体门牌未提供）', '江西 赣州 章贡区'],
    ['患者，男，52岁，湖北黄冈人，长期务工。', '湖北黄冈'],
    ['转诊来源：广东佛山顺德，当地诊所首诊。', '广东佛山顺德'],
    ['她从小在云南大理长大。', '云南大理'],
  ])('reads %s as one place', (text, place) => {
    expect(places(text)).toContain(place);
  });

  it.each([
    '建议到四川大学华西医院就诊。',
    '服用云南白药胶囊2粒 tid。',
    '他是湖南人，口味偏辣。',
    '江苏省人民医院心内科会诊意见：同意。',
    '北京时间 08:00 服药一次。',
    '患者讲上海话，沟通可。',
    '浙江大学医学院附属邵逸夫医院随访。',
    '湖北中医药大学附属医院针灸科。',
    '上海瑞金医院内分泌科复诊。',
    '云南普洱茶可以降血脂吗？',
    '新疆哈密瓜血糖高能吃吗？',
  ])('keeps %s (a province alone, an institution, a dialect, a product named by its place)', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('fires rarely on real consultations (huatuo26m)', () => {
    const texts = (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[]; output: string[] }[])
      .slice(0, 2000)
      .map((x) => `${x.instruction.join('')}\n${x.output.join('')}`);
    const fired = texts.flatMap((t) => places(t));
    // Real places in these texts count against it too; a chain reader gone wrong fires on hundreds.
    expect(fired.length).toBeLessThan(40);
  });
});

// s39 review (S1): a hospital-branch word nearby (门诊部, 分院, 院区) is no institution when the chain follows a locative —
// the home address after 住/在 stays redacted, as before chains were read.
describe('a chain after a locative beside a branch word', () => {
  it.each([
    ['住在杭州滨江靠近门诊部那个小区', '滨江'],
    ['住广州天河体育中心院区附近', '天河'],
    ['我们小区在成都武侯紧挨着华西院区', '武侯'],
  ])('%s keeps %s redacted', (text, part) => {
    expect(places(text).some((p) => p.includes(part))).toBe(true);
  });
});
