// The de-identification vocabulary: one typed list of identifier classes (HIPAA Safe Harbor, 45 CFR 164.514(b)(2),
// plus their Chinese counterparts). The detector (src/safety/phi), the data pipeline's deid step, log and prompt
// redaction, the CLI `--types` allow-lists and the benches all read this list; nothing else names PHI types.

export const PHI_TYPES = [
  'NAME',
  'ADDRESS',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'ID_CARD',
  'PASSPORT',
  'VEHICLE',
  'PLATE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'SOCIAL',
  'EMPLOYER',
  'OTHER_ID',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

export interface PhiSpan {
  type: PhiType;
  /** Offsets in the original text (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
}

export function isPhiType(value: unknown): value is PhiType {
  return typeof value === 'string' && (PHI_TYPES as readonly string[]).includes(value);
}

/** Older names still accepted on input (`--types DOB`). */
export const PHI_TYPE_ALIASES: Readonly<Record<string, PhiType>> = { DOB: 'DATE', WECHAT: 'SOCIAL', QQ: 'SOCIAL', CARD: 'ACCOUNT', BANK: 'ACCOUNT' };

/** What each class covers, with examples: printed by `--help` and the safety README. */
export const PHI_CLASSES: Readonly<Record<PhiType, { what: string; examples: readonly string[] }>> = {
  NAME: {
    what: 'person names: role-labelled fields, role nouns, name before sex/age or credentials, titles, honorifics, signatures, chat speakers, nicknames, every later mention',
    examples: [
      '受血者：沈佳慧',
      '患者全志勇，男，55岁',
      '村医次仁',
      '老张',
      '王阿姨',
      '我爸王建国',
      'Claimant: Jasmine Patel',
      'attorney Carla Vance',
      'Dorothy Klein, 91,',
      'Leah Kaufman, DDS',
    ],
  },
  ADDRESS: {
    what: 'geography smaller than a state: street, city, county, ZIP, 省/市/区/县/街道/路/号/小区/村',
    examples: [
      '杭州市西湖区文三路90号',
      '参保地：江西省南昌市',
      '李庄村7组',
      '老家在莆田',
      '1200 K St NW, Suite 610, Washington, DC 20005',
      'Bozeman, MT',
      'fly to Boston',
      'ZIP 02139',
    ],
  },
  DATE: {
    what: 'dates tied to a person (birth, admission, discharge, death, visits); the year is kept in the placeholder',
    examples: ['出生日期：1985年3月12日', '3月5日入院', '农历九月初六', 'admitted on 03/05/2023', 'review on 19/9'],
  },
  AGE: { what: 'ages over 89', examples: ['92岁', '九十三岁', '95-year-old', 'Mabel Ferguson, 95,', 'she is 94 and'] },
  PHONE: { what: 'telephone numbers (zh mobile/landline, US, international)', examples: ['138-1234-5678', '010-12345678', '(415) 555-0123'] },
  FAX: { what: 'fax numbers', examples: ['传真：021-61234567', 'Fax (617) 555-0199'] },
  EMAIL: { what: 'e-mail addresses', examples: ['li.na@example.com'] },
  SSN: { what: 'US Social Security numbers', examples: ['SSN 452-53-9706'] },
  MRN: {
    what: 'medical record numbers: 住院号/门诊号/病案号/床号 (also a bare 12床), MRN, chart, accession, requisition',
    examples: ['住院号ZY2023001', '床号：12', '12床', 'MRN 00123456'],
  },
  HEALTH_PLAN: {
    what: 'health-plan beneficiary numbers: 医保卡/社保卡, member/policy/Medicare ids',
    examples: ['医保卡号：1101234567890', 'Member ID XJH123456789'],
  },
  ACCOUNT: { what: 'account and bank card numbers (Luhn-checked cards)', examples: ['银行卡号 6222 0212 3456 7894', 'account #004512398'] },
  LICENSE: { what: 'certificate and licence numbers (执业证书, 驾驶证, DEA, NPI, driver licence)', examples: ['执业证书编号110330000012345', 'DEA AB1234563'] },
  ID_CARD: { what: '居民身份证 (GB 11643 checksum), 军官证 and other national ids', examples: ['11010519491231002X', '军官证 南字第2019001号'] },
  PASSPORT: { what: '护照, 港澳通行证, passports', examples: ['护照号E12345678', '港澳通行证C12345678', 'passport 512345678'] },
  VEHICLE: { what: 'vehicle identifiers: VIN, engine number', examples: ['VIN 1HGCM82633A004352', '车架号LSVAU2180N2183294'] },
  PLATE: { what: '车牌 (incl. new-energy) and licence plates', examples: ['京A12345', '粤B·D12345', 'plate 7ABC123', 'BV19 KZT', 'rego 1TZ 4KD'] },
  DEVICE: {
    what: 'device identifiers and serial numbers (pacemaker, pump, IMEI, MAC, UDI)',
    examples: ['起搏器序列号PJN123456', 'S/N 4471-AB-2209', 'IMEI 356938035643809'],
  },
  URL: { what: 'web addresses', examples: ['https://my-clinic.example.com/p/123', 'www.weibo.cn/123'] },
  IP: { what: 'IP addresses (v4, v6)', examples: ['192.168.10.24', '2001:db8::8a2e:370:7334'] },
  BIOMETRIC: {
    what: 'biometric identifiers mentioned in text: a fingerprint, vein, face, iris or voice print taken or used to identify someone, and its ids',
    examples: ['右手食指指纹', '掌静脉识别', 'palm-vein scan', '指纹编号FP20230012', 'iris template ID IR-88412'],
  },
  SOCIAL: {
    what: '微信号 / QQ号 / 抖音 / 昵称 and social-media handles and user names',
    examples: ['微信号 zhang_wei88', 'QQ 123456789', '@雨落无声_Tsy', 'Instagram @jane.doe', 'Discord user night_owl77'],
  },
  EMPLOYER: {
    what: 'employers in a workplace slot, by organisation grammar (…有限公司/支行/配送站/修理厂, Inc./LLC/Supply/Buffet)',
    examples: ['工作单位：杭州市第二中学', '在顺丰速运深圳宝安分部做分拣', 'works at Acme Logistics Inc.', 'a line cook at Lucky Dragon Buffet'],
  },
  OTHER_ID: {
    what: 'any other unique number: ids after a label, code-shaped tokens (letters, digits, hyphens) typed by the nearest context word, document numbers',
    examples: ['工号A10234', 'claim number CLM-2023-88812', 'A-Number A218-447-901', '甬公交鉴委〔2024〕第086号'],
  },
};

/**
 * A comma-separated list of type names or aliases ("name, dob,SSN") as types, or the first unknown name. Here beside
 * the list it reads, so the CLI's `--types` option parses without loading the detectors.
 */
export function parsePhiTypes(value: string): { types: PhiType[] } | { unknown: string } {
  const out: PhiType[] = [];
  for (const raw of value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)) {
    const t = (PHI_TYPES as readonly string[]).includes(raw) ? (raw as PhiType) : PHI_TYPE_ALIASES[raw];
    if (!t) return { unknown: raw };
    if (!out.includes(t)) out.push(t);
  }
  return out.length ? { types: out } : { unknown: value };
}
