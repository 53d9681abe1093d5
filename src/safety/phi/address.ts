// Postal addresses. Chinese: [province][city][district] road/street + number (+ building/unit/room), or a
// residential compound + building/room numbers. English: street number + name + street suffix (+ unit, city,
// state, ZIP). A bare city or province ("我在北京") is not redacted: too coarse to identify anyone.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const HAN = '\\u4e00-\\u9fa5';
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const ADMIN = `(?:(?:${PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?(?:[${HAN}]{2,4}?(?:市|州|盟|地区))?(?:[${HAN}]{1,5}?(?:区|县|旗|镇|乡|街道))*`;
const STREET = `[${HAN}A-Za-z0-9]{1,10}?(?:大街|大道|路|街|巷|弄|胡同|里)(?:[东西南北中]段|[一二三四五六七八九十\\d]+段)?`;
const NUMBER = `\\s*\\d{1,5}\\s*(?:号|弄)(?:院)?`;
const COMPOUND = `[${HAN}A-Za-z0-9]{2,10}?(?:小区|花园|公寓|大厦|家园|新村|新城|城|苑|园|村|广场|社区|大院|公馆|府)`;
const UNIT = `(?:\\s*[\\dA-Za-z一二三四五六七八九十]{1,4}\\s*(?:号楼|栋|幢|座|单元|楼|层|室|号|区|排|户|组|队|巷))+(?:\\s*\\d{2,5}(?:室)?)?`;
const ZH_ADDRESS = new RegExp(
  `${ADMIN}(?:${STREET}${NUMBER}(?:${COMPOUND})?(?:${UNIT})?|${COMPOUND}${UNIT}|(?<=(?:${PROVINCES})(?:省|市)?[${HAN}]{1,6}?(?:市|区|县))${STREET}(?!\\s*\\d))`,
  'g',
);
/** Words in front of an address that the lazy admin prefix may have swallowed. */
const LEAD_CUE = /^.*?(?:家住在|家住|住在|居住在|居住于|现住址|住址|地址|现住|位于|来自|搬到|寄到|送到|在|住|是|为|:|：)/;

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Close|Crescent|Cres';
const EN_ADDRESS = new RegExp(
  `\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\.?\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+){1,4}(?:${SUFFIX})\\b\\.?` +
    `(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\\.?\\s*#?[\\w-]+)?` +
    `(?:,\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})?(?:,?\\s+[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)?`,
  'g',
);
const CITY_STATE_ZIP = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/g;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b/gi;

function trimLead(match: string): number {
  // Only look for cue words before the first administrative/street character, never inside the address.
  const first = match.search(new RegExp(`(?:${PROVINCES})|[省市区县路街道巷弄]`));
  const head = first > 0 ? match.slice(0, first) : '';
  const m = LEAD_CUE.exec(head);
  return m ? m[0].length : 0;
}

export function detectAddresses(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  ZH_ADDRESS.lastIndex = 0;
  for (const m of text.matchAll(ZH_ADDRESS)) {
    if (!m[0]) continue;
    const cut = trimLead(m[0]);
    const start = (m.index ?? 0) + cut;
    const value = m[0].slice(cut).trimEnd();
    if (value.length < 4) continue;
    out.push(span('ADDRESS', text, start, start + value.length));
  }
  for (const re of [EN_ADDRESS, CITY_STATE_ZIP, PO_BOX]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      out.push(span('ADDRESS', text, start, start + m[0].length));
    }
  }
  return out;
}
