// A locality opening a neighbourhood facility's name (s36). Lines written for these tests, not taken from any batch:
// the localities must be redacted; the same heads with a common modifier, a clause before them, a street or a famous
// hospital must stay.
import { describe, expect, it } from 'vitest';
import { facilityPlaceZh } from './facility-places-zh.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

describe('a locality before a neighbourhood facility', () => {
  it.each([
    ['复诊地点：大坪综合诊所 二楼3号诊室', '大坪'],
    ['我妈每周三在拱宸桥社区卫生服务中心量血压。', '拱宸桥'],
    ['昨天下午在萧山区社区医院拍了胸片', '萧山区'],
    ['接種地點：將軍澳健康院　疫苗：流感', '將軍澳'],
    ['老人早上去桂城街市买菜时摔倒', '桂城'],
    ['上周带孩子去龙华社康打了流感疫苗', '龙华'],
  ])('%s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
  it.each([
    ['建议先去社区卫生服务中心测个血糖。', '社区卫生服务中心'],
    ['我们在附近诊所输了三天液，没有好转。', '附近诊所'],
    ['牙疼的话去口腔诊所看看，别拖。', '口腔诊所'],
    ['孩子发烧去儿童医院还是社区医院好？', '儿童医院'],
    ['昨晚在协和医院急诊观察了一夜。', '协和医院'],
    ['在这家诊所开的药吃了没用。', '这家诊所'],
    ['村里没有医生，只能去镇卫生院。', '镇卫生院'],
    ['中医诊所开的方子能和降压药一起吃吗？', '中医诊所'],
    ['他在私人诊所做的手术，现在伤口红肿。', '私人诊所'],
    ['出院后到门诊药房取药。', '门诊药房'],
    // A clause before the head, not a name: a referral, a contact, a determiner.
    ['计划：转介社康护士家访。', '转介'],
    ['如有疑问，请联络本诊所。', '请联络本'],
    ['已告知社区卫生服务中心电话。', '已告知'],
    // A field's label is no facility named in the text.
    ['调剂药局：康宁药局', '调剂'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
});

describe('facilityPlaceZh', () => {
  it('reads a name the dictionary does not know, a listed place or a rare noun', () => {
    expect(facilityPlaceZh('宏茂桥')).toBe(true);
    expect(facilityPlaceZh('新街口')).toBe(true);
    expect(facilityPlaceZh('民治')).toBe(true);
  });
  it('refuses a kind, a province, a street and a clause', () => {
    expect(facilityPlaceZh('华人社区')).toBe(false);
    expect(facilityPlaceZh('广东省')).toBe(false);
    expect(facilityPlaceZh('友谊路')).toBe(false);
    expect(facilityPlaceZh('月底前送乡')).toBe(false);
  });
});

// Review fix s36: the reviewer's over-redactions (deid-probes b18–b73) — a care kind, a programme or a chain's brand
// before a clinic or a shop head is no place; a place with positive evidence still is.
describe('a care kind or a brand before a facility (review fix)', () => {
  it.each([
    ['我在益丰大药房买了布洛芬，又去美年健康中心做了体检。', '益丰'],
    ['我在益丰大药房买了布洛芬，又去美年健康中心做了体检。', '美年'],
    ['在老百姓大药房和海王星辰药房都问过，没货。', '老百姓'],
    ['去屈臣氏药房买了口罩，又去杏一藥局買了維他命。', '杏一'],
    ['她去医美诊所打了玻尿酸，脸肿了。', '医美'],
    ['孩子上次是在（儿保诊所）看的。', '儿保'],
    ['我都去健保藥局領慢箋。', '健保'],
    ['阿公去長照診所復健。', '長照'],
    ['喺衛生署診所打咗針。', '衛生署'],
    ['喺衛生署診所打咗針。', '喺'],
    ['去慢病药房拿药。', '慢病'],
    ['去特药药房拿药。', '特药'],
    ['这个靶向药只能在国谈药房买。', '国谈'],
    ['取药地点：门诊西药房', '门诊西'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it.each([
    ['昨天下午在萧山区社区医院拍了胸片', '萧山区'],
    ['复诊地点：宏茂桥综合诊所', '宏茂桥'],
  ])('%s still redacts %s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
});
