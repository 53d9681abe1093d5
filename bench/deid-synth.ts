// Synthetic identifiers for bench/deid.bench.ts: a seeded generator of names, phones, ID cards, addresses,
// record numbers, birth dates, e-mails and URLs in realistic zh/en phrasings, inserted into real corpus text.
// Every value is invented (ID cards carry a valid GB 11643 checksum so the detector cannot cheat on format).
import { idCardChecksum } from '../src/safety/phi/index.js';
import type { PhiType } from '../src/safety/types.js';
import type { Rng } from '../src/core/random.js';

// Re-exported under the names bench/deid.bench.ts and src/safety/phi/corpus.test.ts import.
export { createRng as seeded, type Rng } from '../src/core/random.js';

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const ZH_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田', '董', '潘', '袁', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁', '沈', '姚', '卢', '崔', '钟', '欧阳', '司马', '诸葛', '上官'];
const ZH_GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '慧', '建国', '建华', '志强', '晓东', '海燕', '丹', '玉兰', '婷婷', '子轩', '浩然', '欣怡', '雨桐', '国庆', '红梅', '春生', '立新'];
const EN_FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Daniel', 'Karen', 'Priya', 'Wei', 'Carlos', 'Aisha', 'Olga'];
const EN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Patel', "O'Brien", 'McDonald'];
const PROVINCES = [['浙江省', '杭州市', ['西湖区', '拱墅区', '滨江区']], ['广东省', '深圳市', ['南山区', '福田区']], ['江苏省', '南京市', ['鼓楼区', '玄武区']], ['四川省', '成都市', ['武侯区', '锦江区']], ['湖北省', '武汉市', ['洪山区', '江汉区']], ['', '北京市', ['朝阳区', '海淀区', '东城区']], ['', '上海市', ['浦东新区', '徐汇区', '静安区']]] as const;
const ROADS = ['文三路', '建国路', '中山路', '人民路', '解放大道', '学院路', '长江路', '和平街', '科技园南路', '张江路', '幸福巷', '光明大街'];
const COMPOUNDS = ['阳光花园', '金色家园', '翠苑小区', '锦绣新村', '绿城公寓', '万科城', '和平里小区'];
const EN_STREETS = ['Oak', 'Maple', 'Main', 'Washington', 'Lake', 'Hill', 'Cedar', 'Park', 'Elm', 'Sunset', 'Lincoln', 'Massachusetts'];
const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Lane', 'Drive', 'Court', 'Way', 'Place'];
const CITIES = [['Springfield', 'IL'], ['Austin', 'TX'], ['Portland', 'OR'], ['Denver', 'CO'], ['Madison', 'WI'], ['Columbus', 'OH'], ['San Jose', 'CA']] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOMAINS = ['example.com', 'mail.example.org', 'qq.com', '163.com', 'hospital-example.cn', 'gmail.com', 'outlook.com'];
const REGIONS = ['110105', '310104', '440305', '330106', '510107', '420111', '320102', '370202'];

export interface Insertion {
  type: PhiType;
  /** The whole phrase inserted (cue + value). */
  phrase: string;
  /** The identifier value inside the phrase: what must be redacted. */
  value: string;
}

function zhName(r: Rng): string {
  return pick(r, ZH_SURNAMES) + pick(r, ZH_GIVEN);
}
function enName(r: Rng): string {
  return `${pick(r, EN_FIRST)} ${pick(r, EN_LAST)}`;
}
export function idCard(r: Rng): string {
  const y = int(r, 1940, 2012);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const body = `${pick(r, REGIONS)}${y}${pad(m)}${pad(d)}${digits(r, 3)}`;
  return body + idCardChecksum(body);
}
function cnMobile(r: Rng): string {
  const n = `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`;
  return pick(r, [n, `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `+86 ${n}`, `+86-${n}`]);
}
function cnLandline(r: Rng): string {
  const area = pick(r, ['010', '021', '0571', '020', '0755', '028']);
  const local = `${int(r, 2, 8)}${digits(r, area.length === 3 ? 7 : 6)}`;
  return pick(r, [`${area}-${local}`, `(${area})${local}`, `${area} ${local}`]);
}
function usPhone(r: Rng): string {
  const a = int(r, 201, 989);
  const b = int(r, 200, 999);
  const c = digits(r, 4);
  return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
}
function zhAddress(r: Rng): string {
  const [prov, city, dists] = pick(r, PROVINCES);
  const dist = pick(r, dists);
  const head = pick(r, [`${prov}${city}${dist}`, `${city}${dist}`]);
  return pick(r, [
    `${head}${pick(r, ROADS)}${int(r, 1, 999)}号`,
    `${head}${pick(r, ROADS)}${int(r, 1, 999)}号${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 1, 30)}0${int(r, 1, 4)}室`,
    `${head}${pick(r, COMPOUNDS)}${int(r, 1, 40)}号楼${int(r, 101, 2804)}室`,
    `${pick(r, COMPOUNDS)}${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 101, 1802)}室`,
  ]);
}
function enAddress(r: Rng): string {
  const [city, st] = pick(r, CITIES);
  const street = `${int(r, 1, 9999)} ${pick(r, EN_STREETS)} ${pick(r, SUFFIXES)}`;
  return pick(r, [street, `${street}, ${city}, ${st} ${digits(r, 5)}`, `${street}, Apt ${int(r, 1, 40)}${pick(r, ['A', 'B', ''])}, ${city}, ${st} ${digits(r, 5)}`]);
}
function mrn(r: Rng): string {
  return pick(r, [`ZY${int(r, 2015, 2025)}${digits(r, 5)}`, digits(r, int(r, 6, 10)), `${pick(r, ['A', 'MZ', 'H'])}-${digits(r, 6)}`, `${int(r, 2018, 2025)}-${digits(r, 5)}`]);
}
function dobZh(r: Rng): string {
  const y = int(r, 1935, 2015);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return pick(r, [`${y}年${m}月${d}日`, `${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}.${pad(m)}.${pad(d)}`]);
}
function dobEn(r: Rng): string {
  const y = int(r, 1935, 2015);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return pick(r, [`${pad(m)}/${pad(d)}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]} ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
}
function email(r: Rng): string {
  const user = pick(r, [`${pick(r, EN_FIRST).toLowerCase()}.${pick(r, EN_LAST).toLowerCase().replace("'", '')}`, `user${digits(r, 5)}`, `${pick(r, EN_FIRST).toLowerCase()}${int(r, 1, 99)}`]);
  return `${user}@${pick(r, DOMAINS)}`;
}
function url(r: Rng): string {
  return pick(r, [`https://www.${pick(r, ['myclinic', 'healthblog', 'patient-forum'])}.com/p/${digits(r, 6)}`, `http://${pick(r, DOMAINS)}/u/${digits(r, 4)}?id=${digits(r, 3)}`, `www.${pick(r, ['weibo', 'example', 'zhihu'])}.cn/${digits(r, 7)}`]);
}

type Maker = (r: Rng) => { cue: (v: string) => string; value: string };
const ZH: Record<Exclude<PhiType, 'DATE'>, Maker[]> = {
  NAME: [
    (r) => ({ value: zhName(r), cue: (v) => `患者${v}` }),
    (r) => ({ value: zhName(r), cue: (v) => `我叫${v}` }),
    (r) => ({ value: zhName(r), cue: (v) => `姓名：${v}` }),
    (r) => ({ value: zhName(r), cue: (v) => `${v}先生` }),
    (r) => ({ value: zhName(r), cue: (v) => `${v}女士` }),
    (r) => ({ value: zhName(r), cue: (v) => `主治医生是${v}医生` }),
    (r) => ({ value: zhName(r), cue: (v) => `家属${v}` }),
  ],
  PHONE: [
    (r) => ({ value: cnMobile(r), cue: (v) => `我的电话是${v}` }),
    (r) => ({ value: cnMobile(r), cue: (v) => `手机：${v}` }),
    (r) => ({ value: cnLandline(r), cue: (v) => `座机${v}` }),
    (r) => ({ value: cnMobile(r), cue: (v) => `有问题打${v}` }),
  ],
  ID_CARD: [
    (r) => ({ value: idCard(r), cue: (v) => `身份证号${v}` }),
    (r) => ({ value: idCard(r), cue: (v) => `证件号码：${v}` }),
    (r) => ({ value: idCard(r), cue: (v) => `${v}` }),
  ],
  ADDRESS: [
    (r) => ({ value: zhAddress(r), cue: (v) => `家住${v}` }),
    (r) => ({ value: zhAddress(r), cue: (v) => `地址：${v}` }),
    (r) => ({ value: zhAddress(r), cue: (v) => `现住在${v}` }),
  ],
  MRN: [
    (r) => ({ value: mrn(r), cue: (v) => `病历号：${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `住院号${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `门诊号 ${v}` }),
  ],
  DOB: [
    (r) => ({ value: dobZh(r), cue: (v) => `出生日期：${v}` }),
    (r) => ({ value: dobZh(r), cue: (v) => `生于${v}` }),
    (r) => ({ value: dobZh(r), cue: (v) => `生日是${v}` }),
  ],
  EMAIL: [(r) => ({ value: email(r), cue: (v) => `邮箱${v}` }), (r) => ({ value: email(r), cue: (v) => `报告发到 ${v}` })],
  URL: [(r) => ({ value: url(r), cue: (v) => `详见${v} ` }), (r) => ({ value: url(r), cue: (v) => `链接：${v} ` })],
};
const EN: Record<Exclude<PhiType, 'DATE'>, Maker[]> = {
  NAME: [
    (r) => ({ value: enName(r), cue: (v) => `My name is ${v}` }),
    (r) => ({ value: enName(r), cue: (v) => `Patient ${v} reports this` }),
    (r) => ({ value: pick(r, EN_LAST), cue: (v) => `Dr. ${v} saw me` }),
    (r) => ({ value: enName(r), cue: (v) => `Mrs. ${v} is my mother` }),
    (r) => ({ value: enName(r), cue: (v) => `Name: ${v}` }),
  ],
  PHONE: [
    (r) => ({ value: usPhone(r), cue: (v) => `call me at ${v}` }),
    (r) => ({ value: usPhone(r), cue: (v) => `Phone: ${v}` }),
    (r) => ({ value: usPhone(r), cue: (v) => `my cell is ${v}` }),
  ],
  ID_CARD: [(r) => ({ value: idCard(r), cue: (v) => `ID card number ${v}` })],
  ADDRESS: [
    (r) => ({ value: enAddress(r), cue: (v) => `I live at ${v}` }),
    (r) => ({ value: enAddress(r), cue: (v) => `Address: ${v}` }),
  ],
  MRN: [
    (r) => ({ value: mrn(r), cue: (v) => `MRN: ${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `Medical Record No. ${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `Patient ID ${v}` }),
  ],
  DOB: [
    (r) => ({ value: dobEn(r), cue: (v) => `DOB: ${v}` }),
    (r) => ({ value: dobEn(r), cue: (v) => `born on ${v}` }),
    (r) => ({ value: dobEn(r), cue: (v) => `Date of Birth ${v}` }),
  ],
  EMAIL: [(r) => ({ value: email(r), cue: (v) => `email me at ${v}` })],
  URL: [(r) => ({ value: url(r), cue: (v) => `see ${v} for the photos` })],
};

export const DEID_TYPES: Exclude<PhiType, 'DATE'>[] = ['NAME', 'PHONE', 'ID_CARD', 'ADDRESS', 'MRN', 'DOB', 'EMAIL', 'URL'];

export function makeInsertion(r: Rng, type: Exclude<PhiType, 'DATE'>, lang: 'zh' | 'en'): Insertion {
  const { cue, value } = pick(r, (lang === 'zh' ? ZH : EN)[type])(r);
  return { type, value, phrase: cue(value) };
}

export interface Planted {
  text: string;
  /** Offsets of each inserted identifier value in `text`. */
  planted: { type: PhiType; start: number; end: number; value: string }[];
}

/** Insert identifiers at sentence boundaries of a real text (or at its start/end). */
export function plant(r: Rng, original: string, inserts: Insertion[], lang: 'zh' | 'en'): Planted {
  const bounds = [0, original.length];
  const re = lang === 'zh' ? /[。！？；，\n]/g : /[.!?;\n]\s/g;
  for (const m of original.matchAll(re)) bounds.push((m.index ?? 0) + m[0].length);
  const positions = inserts.map(() => pick(r, bounds)).sort((a, b) => a - b);
  let text = '';
  let at = 0;
  const planted: Planted['planted'] = [];
  inserts.forEach((ins, i) => {
    const pos = positions[i];
    text += original.slice(at, pos);
    at = pos;
    const lead = lang === 'zh' ? '' : text.length && !/\s$/.test(text) ? ' ' : '';
    const sep = lang === 'zh' ? '。' : '. ';
    const startOfPhrase = text.length + lead.length;
    text += `${lead}${ins.phrase}${sep}`;
    const vStart = startOfPhrase + ins.phrase.indexOf(ins.value);
    planted.push({ type: ins.type, start: vStart, end: vStart + ins.value.length, value: ins.value });
  });
  text += original.slice(at);
  return { text, planted };
}

// ---- Holdout phrasings: written after the detector, run once before any change (see bench note). ----
function spacedId(r: Rng): string {
  const id = idCard(r);
  return pick(r, [id, `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, id.toLowerCase()]);
}
function village(r: Rng): string {
  return `${pick(r, ['河南省', '山东省', '安徽省'])}${pick(r, ['周口市', '临沂市', '阜阳市'])}${pick(r, ['太康县', '沂水县', '临泉县'])}${pick(r, ['城关镇', '马厂镇', '杨桥镇'])}${pick(r, ['李庄村', '王营村', '东湖村'])}${int(r, 1, 9)}组${int(r, 1, 99)}号`;
}
const HOLDOUT_ZH: Record<Exclude<PhiType, 'DATE'>, Maker[]> = {
  NAME: [
    (r) => ({ value: zhName(r), cue: (v) => `联系人：${v}` }),
    (r) => ({ value: zhName(r), cue: (v) => `病人${v}，女` }),
    (r) => ({ value: zhName(r), cue: (v) => `签名：${v}` }),
    (r) => ({ value: zhName(r), cue: (v) => `找${v}主任看的` }),
    (r) => ({ value: zhName(r), cue: (v) => `我老公${v}也有这个病` }),
    (r) => ({ value: zhName(r), cue: (v) => `本人${v}，今年40岁` }),
  ],
  PHONE: [
    (r) => ({ value: cnMobile(r), cue: (v) => `联系电话：${v}` }),
    (r) => ({ value: cnMobile(r), cue: (v) => `手机号码是${v}` }),
    (r) => ({ value: `(0${int(r, 10, 99)}${int(r, 1, 9)})${digits(r, 8)}`, cue: (v) => `办公室${v}` }),
    (r) => ({ value: cnMobile(r), cue: (v) => `加微信${v}` }),
  ],
  ID_CARD: [
    (r) => ({ value: spacedId(r), cue: (v) => `公民身份号码${v}` }),
    (r) => ({ value: spacedId(r), cue: (v) => `身份证：${v}` }),
  ],
  ADDRESS: [
    (r) => ({ value: village(r), cue: (v) => `家在${v}` }),
    (r) => ({ value: zhAddress(r), cue: (v) => `报告寄到${v}` }),
    (r) => ({ value: zhAddress(r), cue: (v) => `住址 ${v}` }),
  ],
  MRN: [
    (r) => ({ value: mrn(r), cue: (v) => `ID号：${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `就诊卡号${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `病案号:${v}` }),
  ],
  DOB: [
    (r) => ({ value: `${int(r, 1940, 2010)}年${int(r, 1, 12)}月`, cue: (v) => `出生年月：${v}` }),
    (r) => ({ value: dobZh(r), cue: (v) => `我是${v}出生的` }),
  ],
  EMAIL: [(r) => ({ value: email(r).toUpperCase(), cue: (v) => `E-mail:${v}` })],
  URL: [(r) => ({ value: `HTTPS://WWW.EXAMPLE.COM/${digits(r, 5)}`, cue: (v) => `网址 ${v} ` })],
};
const HOLDOUT_EN: Record<Exclude<PhiType, 'DATE'>, Maker[]> = {
  NAME: [
    (r) => ({ value: enName(r), cue: (v) => `I'm ${v}` }),
    (r) => ({ value: pick(r, EN_LAST), cue: (v) => `Mr ${v} was seen today` }),
    (r) => ({ value: enName(r), cue: (v) => `patient: ${v}` }),
    (r) => ({ value: enName(r), cue: (v) => `Signed, ${v}` }),
    (r) => ({ value: pick(r, EN_FIRST), cue: (v) => `my son ${v} is 6` }),
  ],
  PHONE: [
    (r) => ({ value: `+44 20 ${digits(r, 4)} ${digits(r, 4)}`, cue: (v) => `UK number ${v}` }),
    (r) => ({ value: `${int(r, 201, 989)}-${int(r, 200, 999)}-${digits(r, 4)}`, cue: (v) => `text ${v}` }),
    (r) => ({ value: `(${int(r, 201, 989)}) ${int(r, 200, 999)} ${digits(r, 4)}`, cue: (v) => `cell: ${v}` }),
  ],
  ID_CARD: [(r) => ({ value: spacedId(r), cue: (v) => `Chinese ID ${v}` })],
  ADDRESS: [
    (r) => ({ value: `${int(r, 1, 9999)} N. ${pick(r, EN_STREETS)} St., ${pick(r, CITIES)[0]}, ${pick(r, CITIES)[1]} ${digits(r, 5)}`, cue: (v) => `we moved to ${v}` }),
    (r) => ({ value: `${int(r, 1, 999)} W ${int(r, 1, 99)}th Street`, cue: (v) => `office at ${v}` }),
  ],
  MRN: [
    (r) => ({ value: digits(r, 7), cue: (v) => `Chart #: ${v}` }),
    (r) => ({ value: mrn(r), cue: (v) => `Hospital No. ${v}` }),
  ],
  DOB: [
    (r) => ({ value: `${int(r, 1, 12)}/${int(r, 1, 28)}/${int(r, 1940, 2010)}`, cue: (v) => `D.O.B.: ${v}` }),
    (r) => ({ value: dobEn(r), cue: (v) => `birthdate ${v}` }),
  ],
  EMAIL: [(r) => ({ value: email(r), cue: (v) => `<${v}>` })],
  URL: [(r) => ({ value: `http://${pick(r, DOMAINS)}/x/${digits(r, 4)}`, cue: (v) => `(${v})` })],
};

export function makeHoldoutInsertion(r: Rng, type: Exclude<PhiType, 'DATE'>, lang: 'zh' | 'en'): Insertion {
  const { cue, value } = pick(r, (lang === 'zh' ? HOLDOUT_ZH : HOLDOUT_EN)[type])(r);
  return { type, value, phrase: cue(value) };
}
