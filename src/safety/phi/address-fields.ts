// A place field's value read by the extent the form gives it (issue #11, s34), in both languages: "County:
// Fairfield", "Suburb: Glenbrook   Postcode: 3121", "Town: Broken Arrow", "住址：板橋", "居住地：闵行七宝". The label says
// the value is a place below a state, so the value is not asked to look like one (a lone suburb, a town without a
// street, a district with no 区/路 ending are missed by the readers that judge a place by its shape); it is asked to
// be a form's value — closed by a line end, a wide gap, a tab, a pipe, a semicolon, the next "Label:" — and to read as
// a name: capitalised words (digits and connectors allowed) in English, Han characters with digits or Latin letters in
// Chinese. A placeholder ("Unknown", "N/A", "Same as above", "不详", "同上") and prose ("Residence: lives alone") stay.
// A form's own field number may stand before the label ("7b. CITY OR TOWN: Portsmouth", "8b. COUNTY: Hidalgo"), and an
// upper-case form may leave the colon out where a wide gap closes the value ("CITY HOUSTON  STATE TX", s44).
// Labels for a state, a province or a country are no label here (Safe Harbor keeps them); "Location" neither (a
// wound's or a lesion's location is anatomy).
// Spans rank below every reading (index.ts FILL_RANK): they fill only text no other reader claimed.
import type { PhiSpan } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { span } from './span.js';

/** An English place label where a form puts it (a line start, a wide gap, a tab, a pipe, a semicolon), then a colon. */
const FIELD_EN =
  /(?:^|\n|\t|[ ]{2,}|[|;][ ]?)[ \t]*(?:\d{1,2}[a-z]?\.[ ])?((?:home |residential |street |postal |mailing |usual )?address|residence|place of (?:birth|residence)|birthplace|(?:city|town|city or town|city\/town|town\/city)(?: of (?:birth|residence))?|suburb(?:\/town)?|county|locality|village|district|municipality|neighbou?rhood|hometown)[ ]?:[ \t]{1,3}(?=\S)/gi;
/** s44: a government form's upper-case field with no colon, in a row of fields (a wide gap before it, a wide gap and
 * the next upper-case field after its value: "…APT 118  CITY HOUSTON  STATE TX", "   CITY Boston   STATE MA"): the
 * layout is the colon. A heading ("CITY HEIGHTS CLINIC") stands in no row. */
const FIELD_EN_BARE = /(?:\t|[ ]{2,})(?:\d{1,2}[a-z]?\.[ ])?(CITY|TOWN|CITY OR TOWN|COUNTY|SUBURB)[ ](?=\S)/g;
/** What closes a bare field's value: a wide gap, then the next upper-case field of the row. */
const CLOSE_BARE = /^([A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,2})(?=[ ]{2,}(?:\d{1,2}[a-z]?\.[ ])?[A-Z]{2,}\b)/;
/** A Chinese place label (simplified or traditional) before a colon. */
const FIELD_ZH =
  /(?:现|現|家庭|常)?(?:住址|地址|住所|居住地(?:址)?|户籍地(?:址)?|戶籍地(?:址)?|户口所在地|戶口所在地|籍贯|籍貫|出生地|所在地区|所在地區|(?:居住|所在)城市|区县|區縣|乡镇|鄉鎮|街道|村)[ \t]*[:：][ \t　]*(?=\S)/g;

/** Where an English value ends: a line end, a wide gap, a tab, a pipe, a semicolon, the next "Label:". */
const CLOSE_EN = /[ \t]*(?:\r?\n|$)|[ ]{2,}|\t|[ ]?[|;]|[ ](?=[A-Z][A-Za-z]*(?:[ ][A-Za-z]+)?[ ]?:)/;
/** Where a Chinese value ends: a space, a punctuation mark, a bracket, a line end. */
const CLOSE_ZH = /[\s　，,。；;、（(|]|$/;

/** Words a place value may hold besides capitalised words and codes: connectors of place names. */
const CONNECTORS = new Set('of on upon the de la le del and & by in near nr - –'.split(' '));
/** Values that say there is no place to read. */
const PLACEHOLDER_EN =
  /^(?:unknown|unk|none|nil|n\/?a|na|not (?:stated|known|given|provided|recorded)|declined|refused|withheld|same|same as above|as above|see above|see below|homeless|nfa|no fixed (?:abode|address)|tbc|tba|pending|various|other|overseas|interstate|local)$/i;
/** "同…" is "same as …" ("同上", "同户籍地址"), "见…" "see …", "已/未…" a status ("已核实", "未填"), "本…" "this …"
 * ("本院", "本市"): a pointer to another field or a state of the form, no place. */
const PLACEHOLDER_ZH = /^(?:不详|不詳|未知|无|無|同|略|拒绝|拒絕|拒答|未|已|见|見|详见|詳見|本|外地|外省|暂无|暫無)/;
/** A province-level unit alone is as coarse as a US state, which Safe Harbor keeps ("籍贯：山东", "籍贯：台湾"). */
const PROVINCE_ONLY =
  /^(?:北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門)(?:省|市|自治区|自治區|特别行政区|特別行政區)?$/;
/** A facility named in a place field is the place of an event ("Place of birth: Rotorua Hospital"), not a home: a
 * hospital's name stays unless another reader finds it. */
const FACILITY = /\b(?:Hospital|Clinic|Infirmary|Hospice|Medical Cent(?:re|er)|Health Cent(?:re|er)|Surgery|Pharmacy)\b|医院|醫院|卫生院|衛生院|诊所|診所/;

/** Labels whose value may be a living situation rather than a place ("Residence: Nursing Home", "Address: Own
 * Home"): their value needs a word that is no English word or a number. A unit's label (City, Suburb, County) asks
 * for the unit's name, which may be words ("Town: Broken Arrow"). */
const SITUATION_LABEL = /address|residence/i;

function englishValue(text: string, at: number, label: string): number {
  const rest = text.slice(at, at + 120);
  const close = CLOSE_EN.exec(rest);
  let value = close ? rest.slice(0, close.index) : rest;
  value = value.replace(/[ ,.]+$/, '');
  if (value.length < 3 || PLACEHOLDER_EN.test(value)) return 0;
  const words = value.split(/[ ,]+/).filter(Boolean);
  if (words.length > 10) return 0;
  // Every word a place name writes: capitalised (Glenbrook, O'Connor, Stratford-upon-Avon), upper case, a code with a
  // digit (#02-01, 3121, 2-3-117), or a connector; one lower-case word is prose ("lives alone", "with daughter").
  const ok = words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|[#\d][\w#/.-]*|\p{Lu}\.)$/u.test(w) || CONNECTORS.has(w.toLowerCase()));
  if (!ok || !/\p{Lu}/u.test(value) || CONNECTORS.has(words[0].toLowerCase()) || FACILITY.test(value)) return 0;
  if (SITUATION_LABEL.test(label) && words.every((w) => CONNECTORS.has(w.toLowerCase()) || englishWord(w.replace(/[.'’]/g, '')))) return 0;
  return value.length;
}

function chineseValue(text: string, at: number): number {
  const rest = text.slice(at, at + 60);
  const close = CLOSE_ZH.exec(rest);
  const value = close ? rest.slice(0, close.index) : rest;
  if (value.length < 2 || PLACEHOLDER_ZH.test(value) || PROVINCE_ONLY.test(value) || FACILITY.test(value)) return 0;
  // A place is written in Han characters, with digits and Latin letters for numbers and blocks ("B座1203").
  if (!/^[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z#·\-－]*$/.test(value)) return 0;
  return value.length;
}

export function detectAddressFields(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[A-Za-z]/.test(text)) {
    FIELD_EN.lastIndex = 0;
    for (const m of text.matchAll(FIELD_EN)) {
      const at = (m.index ?? 0) + m[0].length;
      const len = englishValue(text, at, m[1]);
      if (len) out.push(span('ADDRESS', text, at, at + len));
    }
    FIELD_EN_BARE.lastIndex = 0;
    for (const m of text.matchAll(FIELD_EN_BARE)) {
      const at = (m.index ?? 0) + m[0].length;
      const v = CLOSE_BARE.exec(text.slice(at, at + 60));
      if (v && !PLACEHOLDER_EN.test(v[1]) && englishValue(text, at, m[1]) >= v[1].length - 1) out.push(span('ADDRESS', text, at, at + v[1].length));
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    FIELD_ZH.lastIndex = 0;
    for (const m of text.matchAll(FIELD_ZH)) {
      const at = (m.index ?? 0) + m[0].length;
      const len = chineseValue(text, at);
      if (len) out.push(span('ADDRESS', text, at, at + len));
    }
  }
  return out;
}
