// Postal addresses. Chinese: [province][city][district] road/street + number (+ building/unit/room), or a
// residential compound + building/room numbers; a place below the province after a residence cue ("家在李庄村",
// "老家是安徽省阜阳市临泉县", "住在苏州"). English: street number + name + street suffix (+ unit, city, state, ZIP),
// "City, ST 12345", "X County", ZIP after its label, a city after a residence cue ("lives in Springfield").
// Province-level names alone ("我在北京", "from Texas") are state-level and stay (Safe Harbor keeps states).
import type { PhiSpan } from '../types.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';
import { span } from './span.js';

const HAN = '\\u4e00-\\u9fa5';
export const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const ADMIN = `(?:(?:${PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?(?:[${HAN}]{2,4}?(?:市|州|盟|地区))?(?:[${HAN}]{1,5}?(?:区|县|旗|镇|乡|街道))*`;
const STREET = `[${HAN}A-Za-z0-9]{1,10}?(?:大街|大道|路|街|巷|弄|胡同|里)(?:[东西南北中]段|[一二三四五六七八九十\\d]+段)?`;
const NUMBER = `\\s*\\d{1,5}\\s*(?:号|弄)(?:大?院)?`;
const COMPOUND = `[${HAN}A-Za-z0-9]{2,10}?(?:小区|花园|公寓|大厦|家园|新村|新城|城|苑|园|村|广场|社区|大院|公馆|府)`;
const UNIT = `(?:\\s*[\\dA-Za-z一二三四五六七八九十]{1,4}\\s*(?:号楼|栋|幢|座|单元|楼|层|室|号|区|排|户|组|队|巷))+(?:\\s*\\d{2,5}(?:室)?)?`;
const ZH_ADDRESS = new RegExp(
  `${ADMIN}(?:${STREET}${NUMBER}(?:${COMPOUND})?(?:${UNIT})?|${COMPOUND}${UNIT}|(?<=(?:${PROVINCES})(?:省|市)?[${HAN}]{1,6}?(?:市|区|县))${STREET}(?!\\s*\\d))`,
  'g',
);
/** Words in front of an address that the lazy admin prefix may have swallowed. */
const LEAD_CUE = /^.*?(?:我去|去|到|家住在|家住|住在|居住在|居住于|现住址|住址|地址|现住|位于|来自|搬到|寄到|送到|在|住|是|为|:|：)/;

export const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Close|Crescent|Cres';
const EN_ADDRESS = new RegExp(
  `(?:\\b(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room)\\.?\\s*#?[\\w-]+,?\\s+)?\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\.?\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+){1,4}(?:${SUFFIX})\\b\\.?(?:\\s+(?:[NSEW]{1,2})\\b\\.?)?` +
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

// Grouped by first character (a trie): the scan dispatches on one character.
const RESIDENCE_ZH = /(?:家(?:住在?|在)|住(?:在|址)|居住[在于]|生活在|现[居住]|来自|老家[在是]?|籍贯|户籍(?:所在地|地)?|出生地|搬[到去]|地址|所在地)[:：]?\s*/g;
const PLACE_ZH = new RegExp(
  `^(?:(?:${PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?(?:[${HAN}]{2,6}?(?:自治州|市|州|盟|县|区|旗|镇|乡|村|街道|社区|屯|嘎查|组))+`,
);
const CITIES_ZH =
  '广州|深圳|杭州|南京|武汉|成都|西安|长沙|郑州|济南|青岛|沈阳|大连|哈尔滨|长春|石家庄|太原|合肥|南昌|福州|厦门|昆明|贵阳|南宁|海口|三亚|兰州|西宁|银川|乌鲁木齐|拉萨|呼和浩特|' +
  '苏州|无锡|常州|宁波|温州|绍兴|嘉兴|金华|台州|佛山|东莞|珠海|中山|惠州|汕头|湛江|泉州|漳州|烟台|潍坊|临沂|淄博|徐州|南通|扬州|盐城|洛阳|开封|保定|唐山|邯郸|' +
  '秦皇岛|大同|包头|桂林|柳州|绵阳|宜昌|襄阳|岳阳|常德|株洲|衡阳|赣州|九江|芜湖|蚌埠|阜阳|周口|商丘|南阳|信阳|驻马店|新乡|安阳|菏泽|济宁|德州|聊城|日照|威海|连云港|淮安|宿迁|镇江|泰州|湖州|丽水|衢州|舟山';
const CITY_ZH = new RegExp(`^(?:${CITIES_ZH})(?!大学|医院|协和|市[第人中]|第|人民|中医|妇|儿|军区|医|学院)`);
/** "疟疠地区", "山区": a kind of area, not a place (unless a named unit precedes it). */
const GENERIC_AREA = /^[\u4e00-\u9fa5]{0,4}(?:地区|疫区|山区|灾区|牧区|林区|景区|病区|城区|市区|郊区|辖区)$/;
const NOT_PLACE = /[科病医院室诊疗药]|^(?:农村|城市|城区|市区|郊区|山区|县城|乡村|疫区|灾区|牧区|林区|景区|小区|社区|地区|城镇|乡镇)/;

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
export const STATE_SET = new Set(US_STATES.split('|'));
export const COUNTRIES = new Set(
  'USA US UK Canada Mexico China India Japan Korea Germany France Italy Spain Brazil Australia Russia Nigeria Pakistan Bangladesh Philippines Vietnam Egypt Iran Turkey Ireland Scotland Wales England Britain Europe Asia Africa America'.split(
    ' ',
  ),
);
/** A US state or a country: state-level, kept under Safe Harbor. */
export function stateOrCountry(place: string): boolean {
  return STATE_SET.has(place) || COUNTRIES.has(place);
}
const RESIDENCE_EN =
  /\b(?:live[sd]? in|living in|reside[sd]? in|residing in|resident of|moved to|relocated to|based in|I'm from|I am from|originally from|hometown(?: is)?|grew up in|City|Town|Hometown)\s*[:：]?\s+((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+[A-Z][a-z]+){0,2})(?:,\s*(?:[A-Z]{2}\b|(?:${US_STATES})))?/g;
const FROM_CITY_STATE = new RegExp(`\\bfrom\\s+((?:[A-Z][a-z]+)(?:\\s[A-Z][a-z]+)?),\\s*(?:[A-Z]{2}\\b|${US_STATES})`, 'g');
/** "I live on Maple Street in Dayton": a street without a number after a residence verb, and the town after it. */
const LIVE_ON = new RegExp(
  `\\b(?:live[sd]?|living|reside[sd]?|residing|stay(?:s|ing)?)\\s+(?:on|at)\\s+((?:[A-Z][a-z]+\\s+){1,3}(?:${SUFFIX})\\b\\.?)(?:\\s+in\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?))?`,
  'g',
);
/** "Boise, Idaho": a town before a full state name. */
const CITY_STATE_NAME = new RegExp(`\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?),\\s*(?:${US_STATES})\\b`, 'g');
const COUNTY = /\b(?:[A-Z][a-z]+\s){1,2}(?:County|Parish|Borough|Township)\b/g;
const ZIP_CUED = /\b(?:ZIP|Zip|zip|postal|Postal|post)(?:\s*code)?\s*[:#]?\s*(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g;
const ZIP_ZH = /(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})(?!\d)/g;

function detectPlaces(text: string, out: PhiSpan[]): void {
  const han = /[\u4e00-\u9fa5]/.test(text);
  for (const m of han ? text.matchAll(RESIDENCE_ZH) : []) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = text.slice(at, at + 40);
    const p = PLACE_ZH.exec(rest) ?? CITY_ZH.exec(rest);
    if (!p || NOT_PLACE.test(p[0])) continue;
    const isProvinceOnly = new RegExp(`^(?:${PROVINCES})(?:省|市|自治区)?$`).test(p[0]);
    if (isProvinceOnly || GENERIC_AREA.test(p[0])) continue;
    out.push(span('ADDRESS', text, at, at + p[0].length));
  }
  const latin = /[A-Z]/.test(text);
  for (const m of latin && /live|resid|moved|relocat|based|from|hometown|grew|City|Town/i.test(text) ? text.matchAll(RESIDENCE_EN) : []) {
    const place = m[1];
    const first = place.split(/\s+/)[0];
    if (COMMON_CAPITALISED.has(first) || COUNTRIES.has(place) || STATE_SET.has(place)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(place, m[0].length - 1);
    // The span is the place and its state, if one follows ("Springfield, IL").
    out.push(span('ADDRESS', text, start, (m.index ?? 0) + m[0].length));
  }
  for (const m of latin && text.includes('from') ? text.matchAll(FROM_CITY_STATE) : []) {
    if (COMMON_CAPITALISED.has(m[1]) || STATE_SET.has(m[1]) || COUNTRIES.has(m[1])) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push(span('ADDRESS', text, start, start + m[1].length));
  }
  for (const m of latin && /liv|resid|stay/i.test(text) ? text.matchAll(LIVE_ON) : []) {
    const s1 = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push(span('ADDRESS', text, s1, s1 + m[1].length));
    if (m[2] && !COMMON_CAPITALISED.has(m[2])) {
      const s2 = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
      out.push(span('ADDRESS', text, s2, s2 + m[2].length));
    }
  }
  for (const m of latin ? text.matchAll(CITY_STATE_NAME) : []) {
    if (COMMON_CAPITALISED.has(m[1]) || STATE_SET.has(m[1]) || COUNTRIES.has(m[1])) continue;
    out.push(span('ADDRESS', text, m.index ?? 0, (m.index ?? 0) + m[1].length));
  }
  for (const re of latin && /County|Parish|Borough|Township/.test(text) ? [COUNTY] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push(span('ADDRESS', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  for (const re of /\d{5}/.test(text) ? [ZIP_CUED, ZIP_ZH] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      out.push(span('ADDRESS', text, start, start + m[1].length));
    }
  }
}

const ANCHOR = /[\d一二三四五六七八九十]\s*(?:号|弄|栋|幢|座|单元|楼|层|室|排|户|组|队)|(?:大街|大道|路|街|巷|胡同|小区|花园|公寓|大厦|家园|新村|社区|大院)/g;

/** Merged [from, to) windows around address anchors (60 characters before, 30 after). */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/[\u4e00-\u9fa5]/.test(text)) return out;
  ANCHOR.lastIndex = 0;
  for (const m of text.matchAll(ANCHOR)) {
    const from = Math.max(0, (m.index ?? 0) - 60);
    const to = Math.min(text.length, (m.index ?? 0) + m[0].length + 30);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function detectAddresses(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  detectPlaces(text, out);
  // The full Chinese pattern starts with lazy Han runs and is slow to try at every position: run it only on
  // windows around a house number, building/unit/room or street word.
  for (const [from, to] of windows(text)) {
    const part = text.slice(from, to);
    ZH_ADDRESS.lastIndex = 0;
    for (const m of part.matchAll(ZH_ADDRESS)) {
      if (!m[0]) continue;
      const cut = trimLead(m[0]);
      const start = from + (m.index ?? 0) + cut;
      const value = m[0].slice(cut).trimEnd();
      if (value.length < 4) continue;
      out.push(span('ADDRESS', text, start, start + value.length));
    }
  }
  if (!/[A-Z]/.test(text)) return out;
  // Each English pattern needs digits (house number, ZIP) or a box: skip the scan when its anchor is absent.
  if (!/\d/.test(text)) return out;
  for (const re of [EN_ADDRESS, CITY_STATE_ZIP, PO_BOX]) {
    if (re === CITY_STATE_ZIP && !/\d{5}/.test(text)) continue;
    if (re === PO_BOX && !/box/i.test(text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      out.push(span('ADDRESS', text, start, start + m[0].length));
    }
  }
  return out;
}
