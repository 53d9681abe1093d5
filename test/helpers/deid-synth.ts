// Synthetic identifiers for the de-identification bench: a seeded generator for every Safe Harbor class and its
// Chinese counterpart, in both languages, inserted into real corpus text (../shared/data/corpus) in the shapes
// identifiers take: record headers, forms ("label: value" lines), chat sentences and signatures.
// Every value is invented; checksummed ones are valid (ID cards GB 11643, bank cards Luhn, VINs ISO 3779) so the
// detector cannot win by rejecting malformed numbers, and a share of values are written without any label.
// A test fixture (src/safety/phi/corpus.test.ts and the deid benches share it): src never imports bench/.
import { PHI_TYPES, type PhiType } from '../../src/core/phi-types.js';
import { idCardChecksum, luhnValid } from '../../src/safety/phi/index.js';
import { vinCheckDigit } from '../../src/safety/phi/shapes.js';
import type { Rng } from '../../src/core/random.js';

export { createRng as seeded, type Rng } from '../../src/core/random.js';

export type Lang = 'zh' | 'en';
export type Shape = 'record' | 'form' | 'chat' | 'signature';
export const SHAPES: readonly Shape[] = ['record', 'form', 'chat', 'signature'];
export const DEID_TYPES: readonly PhiType[] = PHI_TYPES;

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => pick(r, 'ABCDEFGHJKLMNPRSTUVWXYZ'.split(''))).join('');

// ---- values -------------------------------------------------------------------------------------------------
const ZH_SURNAMES =
  '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蒋蔡余杜叶程魏苏吕丁沈姚卢崔钟谭陆范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤'.split(
    '',
  );
const ZH_COMPOUND = ['欧阳', '司马', '诸葛', '上官', '慕容', '司徒'];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '慧',
  '建国',
  '建华',
  '志强',
  '晓东',
  '海燕',
  '丹',
  '玉兰',
  '婷婷',
  '子轩',
  '浩然',
  '欣怡',
  '雨桐',
  '国庆',
  '红梅',
  '春生',
  '立新',
  '思远',
  '梓萱',
  '家豪',
  '诗琪',
  '一鸣',
  '俊杰',
  '雅婷',
  '文博',
  '佳怡',
  '宇航',
  '淑华',
  '桂兰',
  '德明',
  '永福',
];
const EN_FIRST = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Daniel',
  'Karen',
  'Priya',
  'Wei',
  'Carlos',
  'Aisha',
  'Olga',
  'Kevin',
  'Laura',
  'Ahmed',
  'Emily',
  'Nathan',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Patel',
  "O'Brien",
  'McDonald',
  'Nguyen',
  'Kowalski',
  'Okafor',
];
const PROVINCES = [
  ['浙江省', '杭州市', ['西湖区', '拱墅区', '滨江区']],
  ['广东省', '深圳市', ['南山区', '福田区']],
  ['江苏省', '南京市', ['鼓楼区', '玄武区']],
  ['四川省', '成都市', ['武侯区', '锦江区']],
  ['湖北省', '武汉市', ['洪山区', '江汉区']],
  ['', '北京市', ['朝阳区', '海淀区', '东城区']],
  ['', '上海市', ['浦东新区', '徐汇区', '静安区']],
] as const;
const ROADS = ['文三路', '建国路', '中山路', '人民路', '解放大道', '学院路', '长江路', '和平街', '科技园南路', '张江路', '幸福巷', '光明大街'];
const COMPOUNDS = ['阳光花园', '金色家园', '翠苑小区', '锦绣新村', '绿城公寓', '万科城', '和平里小区'];
const EN_STREETS = ['Oak', 'Maple', 'Main', 'Washington', 'Lake', 'Hill', 'Cedar', 'Park', 'Elm', 'Sunset', 'Lincoln', 'Massachusetts'];
const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Lane', 'Drive', 'Court', 'Way', 'Place'];
export const CITIES = [
  ['Springfield', 'IL'],
  ['Austin', 'TX'],
  ['Portland', 'OR'],
  ['Denver', 'CO'],
  ['Madison', 'WI'],
  ['Columbus', 'OH'],
  ['San Jose', 'CA'],
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOMAINS = ['example.com', 'mail.example.org', 'qq.com', '163.com', 'hospital-example.cn', 'gmail.com', 'outlook.com'];
const REGIONS = ['110105', '310104', '440305', '330106', '510107', '420111', '320102', '370202'];
const PLATE_PROV = '京沪粤浙苏川鄂鲁豫湘';

export const zhSurname = (r: Rng): string => (r() < 0.08 ? pick(r, ZH_COMPOUND) : pick(r, ZH_SURNAMES));
export const zhName = (r: Rng): string => zhSurname(r) + pick(r, ZH_GIVEN);
const enName = (r: Rng): string => `${pick(r, EN_FIRST)} ${pick(r, EN_LAST)}`;
export function idCard(r: Rng): string {
  const body = `${pick(r, REGIONS)}${int(r, 1940, 2012)}${pad(int(r, 1, 12))}${pad(int(r, 1, 28))}${digits(r, 3)}`;
  return body + idCardChecksum(body);
}
function bankCard(r: Rng, grouped: boolean): string {
  for (;;) {
    const n = `${pick(r, ['6222', '6228', '6217', '4539', '5425'])}${digits(r, 12)}`;
    if (luhnValid(n)) return grouped ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n;
  }
}
function vin(r: Rng): string {
  const body = `${pick(r, ['1HG', 'LSV', 'WDD', 'JTD', '5YJ', 'LFV'])}${upper(r, 2)}${digits(r, 3)}0${upper(r, 1)}${upper(r, 1)}${digits(r, 6)}`;
  return body.slice(0, 8) + (vinCheckDigit(body) ?? '0') + body.slice(9);
}
const cnMobile = (r: Rng): string => {
  const n = `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`;
  return pick(r, [n, `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `+86 ${n}`]);
};
const cnLandline = (r: Rng): string => {
  const area = pick(r, ['010', '021', '0571', '020', '0755', '028']);
  const local = `${int(r, 2, 8)}${digits(r, area.length === 3 ? 7 : 6)}`;
  return pick(r, [`${area}-${local}`, `(${area})${local}`, `${area} ${local}`]);
};
const usPhone = (r: Rng): string => {
  const [a, b, c] = [int(r, 201, 989), int(r, 200, 999), digits(r, 4)];
  return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`]);
};
function zhAddress(r: Rng): string {
  const [prov, city, dists] = pick(r, PROVINCES);
  const head = pick(r, [`${prov}${city}${pick(r, dists)}`, `${city}${pick(r, dists)}`]);
  return pick(r, [
    `${head}${pick(r, ROADS)}${int(r, 1, 999)}号`,
    `${head}${pick(r, ROADS)}${int(r, 1, 999)}号${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 1, 30)}0${int(r, 1, 4)}室`,
    `${head}${pick(r, COMPOUNDS)}${int(r, 1, 40)}号楼${int(r, 101, 2804)}室`,
    `${pick(r, COMPOUNDS)}${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 101, 1802)}室`,
    `${pick(r, ['河南省', '山东省', '安徽省'])}${pick(r, ['周口市', '临沂市', '阜阳市'])}${pick(r, ['太康县', '沂水县', '临泉县'])}${pick(r, ['城关镇', '马厂镇', '杨桥镇'])}${pick(r, ['李庄村', '王营村', '东湖村'])}${int(r, 1, 9)}组${int(r, 1, 99)}号`,
  ]);
}
function enAddress(r: Rng): string {
  const [city, st] = pick(r, CITIES);
  const street = `${int(r, 1, 9999)} ${pick(r, ['', 'N. ', 'W '])}${pick(r, EN_STREETS)} ${pick(r, SUFFIXES)}`;
  return pick(r, [
    street,
    `${street}, ${city}, ${st} ${digits(r, 5)}`,
    `${street}, Apt ${int(r, 1, 40)}${pick(r, ['A', 'B', ''])}, ${city}, ${st} ${digits(r, 5)}`,
  ]);
}
const zhDate = (r: Rng): string => {
  const [y, m, d] = [int(r, 1935, 2024), int(r, 1, 12), int(r, 1, 28)];
  return pick(r, [`${y}年${m}月${d}日`, `${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}.${pad(m)}.${pad(d)}`, `${m}月${d}日`, `${y}年${m}月`]);
};
const enDate = (r: Rng): string => {
  const [y, m, d] = [int(r, 1935, 2024), int(r, 1, 12), int(r, 1, 28)];
  return pick(r, [
    `${pad(m)}/${pad(d)}/${y}`,
    `${MONTHS[m - 1]} ${d}, ${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${MONTHS[m - 1]} ${d}`,
  ]);
};
const email = (r: Rng): string =>
  `${pick(r, [`${pick(r, EN_FIRST).toLowerCase()}.${pick(r, EN_LAST).toLowerCase().replace("'", '')}`, `user${digits(r, 5)}`, `zw${digits(r, 3)}`])}@${pick(r, DOMAINS)}`;
const url = (r: Rng): string =>
  pick(r, [
    `https://www.${pick(r, ['myclinic', 'healthblog', 'patient-forum'])}.com/p/${digits(r, 6)}`,
    `http://${pick(r, DOMAINS)}/u/${digits(r, 4)}?id=${digits(r, 3)}`,
    `www.${pick(r, ['weibo', 'example', 'zhihu'])}.cn/${digits(r, 7)}`,
  ]);
const ssn = (r: Rng): string => `${int(r, 100, 665)}-${pad(int(r, 1, 99))}-${pad(int(r, 1, 9999), 4)}`;
const mrn = (r: Rng): string =>
  pick(r, [
    `ZY${int(r, 2015, 2025)}${digits(r, 5)}`,
    digits(r, int(r, 6, 10)),
    `${pick(r, ['A', 'MZ', 'H'])}-${digits(r, 6)}`,
    `${int(r, 2018, 2025)}-${digits(r, 5)}`,
  ]);
const ipv4 = (r: Rng): string =>
  pick(r, [
    `192.168.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `172.${int(r, 16, 31)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `${int(r, 23, 223)}.${int(r, 10, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
  ]);
const ipv6 = (r: Rng): string => `2001:db8:${int(r, 0, 0xffff).toString(16)}::${int(r, 1, 0xffff).toString(16)}`;
const plate = (r: Rng): string =>
  `${pick(r, PLATE_PROV.split(''))}${upper(r, 1)}${pick(r, [`${upper(r, 1)}${digits(r, 4)}`, digits(r, 5), `D${upper(r, 1)}${digits(r, 4)}`, `·${digits(r, 5)}`, `F${digits(r, 5)}`])}`;

// ---- phrasings: (value, cue) per type and language; `v` marks the value ---------------------------------------
type Maker = (r: Rng) => { value: string; cue: (v: string) => string };
const m =
  (value: (r: Rng) => string, ...cues: ((v: string) => string)[]): Maker =>
  (r) => ({ value: value(r), cue: pick(r, cues) });

const ZH: Record<PhiType, Maker[]> = {
  NAME: [
    m(
      zhName,
      (v) => `患者${v}，`,
      (v) => `我叫${v}`,
      (v) => `姓名：${v}`,
      (v) => `就诊人：${v}`,
      (v) => `家属${v}说`,
      (v) => `我爸${v}今年68岁`,
      (v) => `签名：${v}`,
      (v) => `联系人：${v}`,
      (v) => `${v}，男，45岁`,
      (v) => `${v}先生`,
      // Role-labelled fields, role nouns, relatives, chat speakers, signatures and brackets (wider shapes).
      (v) => `受血者：${v}　血型：O型`,
      (v) => `被保险人：${v}，证件类型：身份证`,
      (v) => `参保人：${v}\n`,
      (v) => `由其孙女${v}代诉病史`,
      (v) => `临床药师${v}审方`,
      (v) => `\n${v}：今天血糖还行\n`,
      (v) => `\n——${v}　敬上`,
      (v) => `${v}（工号N2231）已交班`,
      (v) => `兹有${v}，女，33岁，因病休息`,
      (v) => `其母${v}反映孩子睡眠差`,
    ),
    m(
      (r) => `${zhSurname(r)}${pick(r, ['老师', '姐', '哥', '师傅', '护士长'])}`,
      (v) => `${v}说没事`,
      (v) => `是${v}帮我挂的号`,
    ),
    m(
      (r) => `老${zhSurname(r)}`,
      (v) => `${v}昨天来复查`,
      (v) => `隔壁${v}也这样`,
    ),
    m(
      (r) => `${zhSurname(r)}${pick(r, ['阿姨', '医生', '主任', '大夫'])}`,
      (v) => `${v}说没事`,
      (v) => `找${v}看的`,
    ),
  ],
  ADDRESS: [
    m(
      zhAddress,
      (v) => `家住${v}`,
      (v) => `地址：${v}`,
      (v) => `现住在${v}`,
      (v) => `报告寄到${v}`,
    ),
  ],
  DATE: [
    m(
      zhDate,
      (v) => `出生日期：${v}`,
      (v) => `${v}入院`,
      (v) => `于${v}出院`,
      (v) => `生日是${v}`,
      (v) => `${v}做的手术`,
      (v) => `入院日期：${v}`,
    ),
  ],
  AGE: [
    m(
      (r) => `${int(r, 90, 104)}岁`,
      (v) => `老人${v}`,
      (v) => `我奶奶今年${v}了`,
      (v) => `年龄：${v}`,
    ),
  ],
  PHONE: [
    m(
      cnMobile,
      (v) => `电话${v}`,
      (v) => `手机：${v}`,
      (v) => `有问题打${v}`,
    ),
    m(
      cnLandline,
      (v) => `座机${v}`,
      (v) => `联系电话：${v}`,
    ),
  ],
  FAX: [
    m(
      cnLandline,
      (v) => `传真：${v}`,
      (v) => `传真号码${v}`,
    ),
  ],
  EMAIL: [
    m(
      email,
      (v) => `邮箱${v}`,
      (v) => `报告发到 ${v}`,
    ),
  ],
  SSN: [
    m(
      ssn,
      (v) => `美国社保号SSN ${v}`,
      (v) => `SSN：${v}`,
    ),
  ],
  MRN: [
    m(
      mrn,
      (v) => `住院号${v}`,
      (v) => `门诊号：${v}`,
      (v) => `病案号 ${v}`,
    ),
    m(
      (r) => String(int(r, 1, 60)),
      (v) => `床号：${v}`,
    ),
  ],
  HEALTH_PLAN: [
    m(
      (r) => digits(r, int(r, 10, 16)),
      (v) => `医保卡号：${v}`,
      (v) => `社保卡号${v}`,
      (v) => `医保号${v}`,
    ),
  ],
  ACCOUNT: [
    m(
      (r) => bankCard(r, r() < 0.5),
      (v) => `银行卡号 ${v}`,
      (v) => `退款打到${v}`,
      (v) => `${v}`,
    ),
  ],
  LICENSE: [
    m(
      (r) => `${digits(r, 15)}`,
      (v) => `执业证书编号${v}`,
      (v) => `医师资格证号：${v}`,
    ),
    m(
      (r) => `${upper(r, 1)}${digits(r, 11)}`,
      (v) => `驾驶证号${v}`,
    ),
  ],
  ID_CARD: [
    m(
      idCard,
      (v) => `身份证号${v}`,
      (v) => `证件号码：${v}`,
      (v) => `${v}`,
    ),
    m(
      (r) => `${pick(r, ['南', '北', '军', '政'])}字第${digits(r, 7)}号`,
      (v) => `军官证${v}`,
    ),
  ],
  PASSPORT: [
    m(
      (r) => `E${digits(r, 8)}`,
      (v) => `护照号${v}`,
      (v) => `护照：${v}`,
    ),
    m(
      (r) => `C${digits(r, 8)}`,
      (v) => `港澳通行证${v}`,
    ),
  ],
  VEHICLE: [
    m(
      vin,
      (v) => `车架号${v}`,
      (v) => `VIN：${v}`,
    ),
  ],
  PLATE: [
    m(
      plate,
      (v) => `车牌${v}`,
      (v) => `开着${v}的车`,
      (v) => `车牌号：${v}`,
    ),
  ],
  DEVICE: [
    m(
      (r) => `${upper(r, 3)}${digits(r, 6)}`,
      (v) => `起搏器序列号${v}`,
      (v) => `设备编号：${v}`,
    ),
    m(
      (r) => `35${digits(r, 13)}`,
      (v) => `手机IMEI ${v}`,
    ),
  ],
  URL: [
    m(
      url,
      (v) => `详见${v} `,
      (v) => `链接：${v} `,
    ),
  ],
  IP: [
    m(
      ipv4,
      (v) => `登录IP ${v}`,
      (v) => `从${v}访问`,
    ),
    m(ipv6, (v) => `IP地址${v}`),
  ],
  BIOMETRIC: [
    m(
      (r) => `FP${digits(r, 8)}`,
      (v) => `指纹编号${v}`,
    ),
    m(
      (r) => `IR-${digits(r, 6)}`,
      (v) => `虹膜模板号${v}`,
    ),
  ],
  SOCIAL: [
    m(
      (r) => `${pick(r, ['zhang', 'li', 'wx', 'dr'])}_${pick(r, ['wei', 'na', 'jk'])}${digits(r, 2)}`,
      (v) => `微信号 ${v}`,
      (v) => `加我微信${v}`,
    ),
    m(
      (r) => `${int(r, 1, 9)}${digits(r, int(r, 6, 9))}`,
      (v) => `QQ ${v}`,
      (v) => `QQ号：${v}`,
    ),
  ],
  EMPLOYER: [
    m(
      (r) => `${pick(r, ['杭州市第二中学', '华润置地有限公司', '南京市鼓楼区人民法院', '深圳市腾讯计算机系统有限公司', '武汉大学'])}`,
      (v) => `工作单位：${v}`,
      (v) => `我在${v}上班`,
    ),
  ],
  OTHER_ID: [
    m(
      (r) => `${upper(r, 1)}${digits(r, 5)}`,
      (v) => `工号${v}`,
      (v) => `学号：${v}`,
    ),
    m(
      (r) => `DA${digits(r, 8)}`,
      (v) => `健康档案号${v}`,
    ),
  ],
};
const EN: Record<PhiType, Maker[]> = {
  NAME: [
    m(
      enName,
      (v) => `My name is ${v}`,
      (v) => `Patient ${v} reports this`,
      (v) => `Name: ${v}`,
      (v) => `Signed, ${v}`,
      (v) => `${v} called about the results`,
      (v) => `Regards,\n${v}`,
      (v) => `Mrs. ${v} is my mother`,
      // Role-labelled fields, role nouns, positions, credentials (wider shapes).
      (v) => `Claimant: ${v}   Claim #: 5521`,
      (v) => `Decedent: ${v}\n`,
      (v) => `Escorted by attorney ${v} today`,
      (v) => `\n${v}, 67, presents with cough`,
      (v) => `Handed over to ${v}, RN.`,
      (v) => `Subject HX-0231 (${v}) completed the visit`,
      (v) => `Parents Ana and ${v} were present`,
    ),
    m(
      (r) => `${pick(r, EN_LAST).toUpperCase()}, ${pick(r, EN_FIRST)}`,
      (v) => `Patient: ${v}    MRN on file`,
      (v) => `\n${v}\n`,
    ),
    m(
      (r) => `${pick(r, EN_FIRST).charAt(0)}. ${pick(r, EN_LAST)}`,
      (v) => `Ordering: ${v}, DO`,
      (v) => `handover from RN ${v}.`,
    ),
    m(
      (r) => pick(r, EN_LAST),
      (v) => `Dr. ${v} saw me`,
      (v) => `Mr ${v} was seen today`,
    ),
    m(
      (r) => pick(r, EN_FIRST),
      (v) => `my son ${v} is 6`,
      (v) => `Dear ${v},`,
    ),
  ],
  ADDRESS: [
    m(
      enAddress,
      (v) => `I live at ${v}`,
      (v) => `Address: ${v}`,
    ),
    m(
      (r) => pick(r, CITIES)[0],
      (v) => `we live in ${v}`,
    ),
    m(
      (r) => digits(r, 5),
      (v) => `ZIP code ${v}`,
    ),
  ],
  DATE: [
    m(
      enDate,
      (v) => `DOB: ${v}`,
      (v) => `admitted on ${v}`,
      (v) => `discharged ${v}`,
      (v) => `born on ${v}`,
      (v) => `seen on ${v}`,
    ),
  ],
  AGE: [
    m(
      (r) => `${int(r, 90, 104)}-year-old`,
      (v) => `a ${v} woman`,
      (v) => `my ${v} grandfather`,
    ),
    m(
      (r) => `${int(r, 90, 104)} years old`,
      (v) => `she is ${v}`,
    ),
  ],
  PHONE: [
    m(
      usPhone,
      (v) => `call me at ${v}`,
      (v) => `Phone: ${v}`,
      (v) => `my cell is ${v}`,
    ),
  ],
  FAX: [
    m(
      usPhone,
      (v) => `Fax: ${v}`,
      (v) => `fax number ${v}`,
    ),
  ],
  EMAIL: [
    m(
      email,
      (v) => `email me at ${v}`,
      (v) => `<${v}>`,
    ),
  ],
  SSN: [
    m(
      ssn,
      (v) => `SSN ${v}`,
      (v) => `social security number ${v}`,
      (v) => `${v}`,
    ),
  ],
  MRN: [
    m(
      mrn,
      (v) => `MRN: ${v}`,
      (v) => `Medical Record No. ${v}`,
      (v) => `Chart #: ${v}`,
    ),
  ],
  HEALTH_PLAN: [
    m(
      (r) => `${upper(r, 3)}${digits(r, 9)}`,
      (v) => `Member ID ${v}`,
      (v) => `Medicare number ${v}`,
      (v) => `policy number ${v}`,
    ),
  ],
  ACCOUNT: [
    m(
      (r) => bankCard(r, r() < 0.5),
      (v) => `card number ${v}`,
      (v) => `${v}`,
    ),
    m(
      (r) => digits(r, 10),
      (v) => `account #${v}`,
      (v) => `bank account ${v}`,
    ),
  ],
  LICENSE: [
    m(
      (r) => `${upper(r, 2)}${digits(r, 7)}`,
      (v) => `DEA ${v}`,
    ),
    m(
      (r) => `${upper(r, 1)}${digits(r, 7)}`,
      (v) => `driver's license ${v}`,
      (v) => `license number ${v}`,
    ),
  ],
  ID_CARD: [
    m(
      idCard,
      (v) => `Chinese ID ${v}`,
      (v) => `ID card number ${v}`,
    ),
  ],
  PASSPORT: [
    m(
      (r) => digits(r, 9),
      (v) => `passport number ${v}`,
      (v) => `Passport: ${v}`,
    ),
  ],
  VEHICLE: [
    m(
      vin,
      (v) => `VIN ${v}`,
      (v) => `vehicle identification number ${v}`,
    ),
  ],
  PLATE: [
    m(
      (r) => `${int(r, 1, 9)}${upper(r, 3)}${digits(r, 3)}`,
      (v) => `license plate ${v}`,
      (v) => `plate number ${v}`,
    ),
  ],
  DEVICE: [
    m(
      (r) => `${upper(r, 2)}${digits(r, 6)}`,
      (v) => `pacemaker serial number ${v}`,
      (v) => `S/N ${v}`,
    ),
    m(
      (r) => Array.from({ length: 6 }, () => int(r, 0, 255).toString(16).toUpperCase().padStart(2, '0')).join(':'),
      (v) => `MAC ${v}`,
      (v) => `device MAC address ${v}`,
    ),
  ],
  URL: [
    m(
      url,
      (v) => `see ${v} for the photos`,
      (v) => `(${v})`,
    ),
  ],
  IP: [
    m(
      ipv4,
      (v) => `logged in from ${v}`,
      (v) => `IP ${v}`,
    ),
    m(ipv6, (v) => `IPv6 ${v}`),
  ],
  BIOMETRIC: [
    m(
      (r) => `FP-${digits(r, 7)}`,
      (v) => `fingerprint ID ${v}`,
    ),
    m(
      (r) => `VP${digits(r, 6)}`,
      (v) => `voiceprint ID ${v}`,
    ),
  ],
  SOCIAL: [
    m(
      (r) => `@${pick(r, EN_FIRST).toLowerCase()}_${digits(r, 2)}`,
      (v) => `Instagram ${v}`,
      (v) => `Twitter: ${v}`,
    ),
    m(
      (r) => `${pick(r, EN_FIRST).toLowerCase()}${digits(r, 3)}`,
      (v) => `WeChat ID ${v}`,
    ),
  ],
  EMPLOYER: [
    m(
      (r) => pick(r, ['Acme Logistics Inc.', 'Northside Foods LLC', 'Riverside Elementary School', 'Bluewave Technologies']),
      (v) => `I work at ${v}`,
      (v) => `Employer: ${v}`,
    ),
  ],
  OTHER_ID: [
    m(
      (r) => `CLM-${int(r, 2019, 2025)}-${digits(r, 5)}`,
      (v) => `claim number ${v}`,
    ),
    m(
      (r) => `E${digits(r, 6)}`,
      (v) => `employee ID ${v}`,
    ),
  ],
};

export interface Insertion {
  type: PhiType;
  /** The whole phrase inserted (cue + value). */
  phrase: string;
  /** The identifier value inside the phrase: what must be redacted. */
  value: string;
}

export function makeInsertion(r: Rng, type: PhiType, lang: Lang): Insertion {
  const { cue, value } = pick(r, (lang === 'zh' ? ZH : EN)[type])(r);
  return { type, value, phrase: cue(value) };
}

export interface PlantedSpan {
  type: PhiType;
  start: number;
  end: number;
  value: string;
}
export interface Planted {
  text: string;
  /** Offsets of each inserted identifier value in `text`. */
  planted: PlantedSpan[];
  shape: Shape;
}

/** Appends phrases, recording where each value landed. */
class Builder {
  text = '';
  planted: PlantedSpan[] = [];
  add(s: string): void {
    this.text += s;
  }
  put(ins: Insertion): void {
    const at = this.text.length + ins.phrase.indexOf(ins.value);
    this.text += ins.phrase;
    this.planted.push({ type: ins.type, start: at, end: at + ins.value.length, value: ins.value });
  }
}

/** Chat: phrases at sentence boundaries of a real text (or at its start/end). */
export function plant(r: Rng, original: string, inserts: Insertion[], lang: Lang): Planted {
  const bounds = [0, original.length];
  const re = lang === 'zh' ? /[。！？；，\n]/g : /[.!?;\n]\s/g;
  for (const mm of original.matchAll(re)) bounds.push((mm.index ?? 0) + mm[0].length);
  const positions = inserts.map(() => pick(r, bounds)).sort((a, b) => a - b);
  const b = new Builder();
  let at = 0;
  inserts.forEach((ins, i) => {
    b.add(original.slice(at, positions[i]));
    at = positions[i];
    if (lang === 'en' && b.text.length && !/\s$/.test(b.text)) b.add(' ');
    b.put(ins);
    b.add(lang === 'zh' ? '。' : '. ');
  });
  b.add(original.slice(at));
  return { text: b.text, planted: b.planted, shape: 'chat' };
}

/** One real text carrying identifiers in one of the four shapes. */
export function makeDocument(r: Rng, original: string, types: PhiType[], lang: Lang, shape: Shape): Planted {
  const inserts = types.map((t) => makeInsertion(r, t, lang));
  if (shape === 'chat') return plant(r, original, inserts, lang);
  const b = new Builder();
  if (shape === 'record' || shape === 'form') {
    // Header lines ("label: value" or the phrase itself), then the real text as the complaint / history.
    for (const ins of inserts) {
      b.put(ins);
      b.add(shape === 'form' ? '\n' : lang === 'zh' ? '；' : '; ');
    }
    b.add(lang === 'zh' ? (shape === 'record' ? '\n主诉及现病史：' : '\n咨询内容：') : shape === 'record' ? '\nHistory: ' : '\nQuestion: ');
    b.add(original);
  } else {
    // Signature: the real text, then a sign-off block.
    b.add(original);
    b.add(lang === 'zh' ? '\n\n' : '\n\n');
    for (const ins of inserts) {
      b.put(ins);
      b.add('\n');
    }
  }
  return { text: b.text, planted: b.planted, shape };
}
