// Identifiers by shape and context: code-shaped tokens and long numbers in an identifier context (typed by the
// words before them), id shapes of several countries, dates and ages the date reader leaves, @handles, plates.
// Part of the structure-aware reader (structure.ts).
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { readsAsScore } from './short-dates.js';
import { span } from './span.js';

// ---- identifiers by shape and context -------------------------------------------------------------------------------

/** Context words before an identifier, by the type they make it (nearest wins). */
const KEYWORDS: [PhiType, RegExp][] = [
  [
    'BIOMETRIC',
    /fingerprint|finger ?print|iris|palm|vein|face ?(?:print|match|template|id)|footprint|voice ?print|biometric|template|retina|UCN|指纹|虹膜|掌纹|掌静脉|声纹|人脸|面部|足印|足底|刷脸/gi,
  ],
  [
    'DEVICE',
    /device|serial|transmitter|receiver|S\/N|\bSN\b|pump|pacemaker|implant|IMEI|\bMAC\b|\bUDI\b|cart|monitor|wristband|RFID|tracker|sensor|腕带|序列号|设备|起搏器|泵|植入|编号为?/gi,
  ],
  ['LICENSE', /licen[cs]e|\bDEA\b|\bNPI\b|NREMT|\bCDL\b|certificat|\bcert\b|permit|执业|证书|资格|驾驶证|驾照|注册证|证号/gi],
  ['PASSPORT', /passport|护照|通行证|travel document|visa/gi],
  [
    'HEALTH_PLAN',
    /member|\bplan\b|policy|insurance|insured|Medicaid|Medicare|beneficiar|\bDBN\b|subscriber|TRICARE|医保|社保|参保|保单|会员卡|UnitedHealthcare|Aetna|Cigna|Humana|Anthem|Kaiser/gi,
  ],
  ['MRN', /\bMRN\b|medical record|record number|chart|requisition|accession|specimen|检查号|病案|住院号|门诊号|病历号|检验号|标本号|影像号/gi],
  ['ACCOUNT', /account|\bacct\b|bank|\bcard\b|IBAN|账号|账户|卡号|银行/gi],
  ['SSN', /\bSSN\b|\bSIN\b|social security|social insurance|社安号|社会安全号|社会保险号/gi],
  ['ID_CARD', /DoD ID|\bID card\b|national id|\bMyKad\b|\bNRIC\b|\bHKID\b|\bIC (?:no|number)\b|Aadhaar|身份证|证件号/gi],
  ['PLATE', /\bplate\b|车牌|号牌/gi],
  ['VEHICLE', /\bVIN\b|车架号|发动机号|识别代号/gi],
];

function typeFromContext(text: string, at: number): PhiType {
  const before = text.slice(Math.max(0, at - 32), at);
  // The context word must be in the same clause: "身份证…，手机138…" is a phone, not an id card.
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[，,；;。](?=[^，,；;。]*$)/), before.search(/ {2,}(?=\S*$)/));
  const line = before.slice(cut + 1);
  let best: PhiType = 'OTHER_ID';
  let bestAt = -1;
  for (const [type, re] of KEYWORDS) {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      if ((m.index ?? 0) > bestAt) {
        bestAt = m.index ?? 0;
        best = type;
      }
    }
  }
  return best;
}

/** Codes with letters, digits and hyphens ("A218-447-901", "BK-2023-018841", "KAK-17C04418", "PV-0093-7741"). */
const CODE =
  /(?<![A-Za-z\p{N}_@./:-])(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|[A-Z]{1,8}|\d+)(?:-[A-Z0-9]+)+(?![A-Za-z\p{N}_@]|[-.][A-Za-z0-9])|(?<![A-Za-z\p{N}_@./:#-])[A-Z]{1,6}\d{5,}[A-Z0-9]*(?![A-Za-z\p{N}_@])/gu;
/** Letters that open codes which are clinical or standards, not identifiers. */
const CLINICAL_CODE =
  /^(?:ICD|CPT|ISO|GB|WS|YY|NCT|PMID|DOI|ATC|LOINC|RFC|HL7|COVID|SARS|CYP|HLA|HPV|BRCA|EGFR|IL|CD|CA|Ki|PD|HER|NYHA|GOLD|TNM|CKD|G\d|T\d|N\d|M\d|BI-RADS|TI-RADS|PI-RADS|LI-RADS|APACHE|SOFA|GCS|ASA|ECOG|HbA1c|NT|MMR|DTaP|Tdap|HIV|HBV|HCV|EBV|CMV|RSV|H\d+N\d+|PM\d|SpO|FiO|PaO|PEEP|BiPAP|CPAP|VA|VV|ECMO|CRRT|IgG|IgM|IgA|IgE|AB|BP|HR|RR|WBC|RBC|PLT|ALT|AST|LDL|HDL|TSH|PSA|CEA|AFP|HCG|BNP|INR|PT|APTT|eGFR|Cr|BUN|DVT|PE|MI|CHF|COPD|OSA|GERD|UTI|URI|CT|MRI|PET|ECG|EKG|EEG|EMG|US|X)$/i;

export function codes(text: string, out: PhiSpan[]): void {
  CODE.lastIndex = 0;
  for (const m of text.matchAll(CODE)) {
    const v = m[0];
    const runs = v.match(/\d+/g) ?? [];
    const longest = Math.max(0, ...runs.map((r) => r.length));
    const digits = runs.join('').length;
    const cuedNo = /(?:#|No\.?|[Nn]umber|编号|号)\s*[:：]?\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0));
    if (!/[A-Z]/.test(v) && !/^\d+(?:-\d+){2,}$/.test(v) && !cuedNo) continue;
    // Three or more groups with four digits in all ('KX7-22QF-9MM1') read as a code even with short digit runs.
    if ((longest < 3 && !(v.split('-').length >= 3 && digits >= 4 && /[A-Z]/.test(v))) || digits < 3 || v.length < 7) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{2,4}$/.test(v)) continue;
    if (/^\d+(?:-\d+)*[A-Za-z]{1,4}$/.test(v)) continue; // a range with its unit: 0-100IU // dates are read by the date detector
    if (CLINICAL_CODE.test(v.split(/[-\d]/)[0]) && v.split('-').length <= 2 && longest <= 4) continue;
    if (
      !/[A-Z]/.test(v) &&
      typeFromContext(text, m.index ?? 0) === 'OTHER_ID' &&
      !/(?:#|No\.?|number|编号|号)\s*[:：]?\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0))
    )
      continue;
    const at = m.index ?? 0;
    out.push(span(typeFromContext(text, at), text, at, at + v.length));
  }
}

/** Identifier shapes that need no label: HKID "Y482105(3)", Malaysian IC "910214-10-5527", US alien number
 * "A 219 448 731", US court case numbers "2:23-cv-01847-RJS", a phone extension "020-38765400 转 2". */
const ID_SHAPES: [PhiType, RegExp][] = [
  ['ID_CARD', /\b[A-Z]{1,2}\d{6}\([0-9A]\)/g],
  ['ID_CARD', /(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])/g],
  ['OTHER_ID', /\bA[ -]?\d{3}[ -]\d{3}[ -]\d{3}\b/g],
  ['OTHER_ID', /\b\d:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{2,4})*\b/g],
  ['PHONE', /(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})\s?(?:转|ext\.?|x)\s?\d{1,5}(?!\d)/g],
  ['PHONE', /(?<![\d+])07\d{3}[ ]?\d{6}(?!\d)/g],
  ['PHONE', /(?<![\d+])04\d{2}[ ]\d{3}[ ]\d{3}(?!\d)/g],
  [
    'PHONE',
    /(?<![\d.,:/-])[2-9]\d{3}[ ]\d{4}(?!\d)(?<=(?:电话|手机|電話|手機|联系|聯絡|HP|Tel\.?|[Pp]hone|[Mm]obile|number is|[Cc]all|WhatsApp|\)|,)[:：]?[ ]?\d{4}[ ]\d{4})/g,
  ],
  // An 8-digit local number written 4 + 4 after a name or a phone word ("LEUNG Mei Ling 9187 3350"), not "batch 3344 5566".
  [
    'PHONE',
    /(?<![\d.,:/-])[2-9]\d{3}[ ]\d{4}(?<=(?:\p{Lu}\p{Ll}+|[Tt]el\.?|[Pp]hone|[Mm]obile|[Cc]ell|[Cc]all|WhatsApp|[Rr]each(?:ed)? (?:on|at))[ ]\d{4}[ ]\d{4})(?=[.,;\s]|$)/gu,
  ],
];
export function idShapes(text: string, out: PhiSpan[]): void {
  for (const [type, re] of ID_SHAPES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ ...span(type, text, m.index ?? 0, (m.index ?? 0) + m[0].length), rank: 25 } as PhiSpan);
  }
}

/** Dates the date detector leaves: a weekday before a date ("Friday, May 10", "Monday 3/11/2024"), day ordinals
 * ("the 14th", "Thursday 18th"), month/day after a preposition or procedure ("on 4/29", "s/p TAVR 12/19"), and
 * space-separated form dates ("09 22 1974"). */
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATES_EN = [
  new RegExp(
    `\\b${WEEKDAY},?[ ](?:the[ ])?(?:${MONTH}[ ]\\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\\d{4})?|\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?)`,
    'g',
  ),
  /(?:the[ ])?\d{1,2}(?:st|nd|rd|th)\b(?<=\b(?:on|by|until|till|before|after|from|since|to)[ ](?:the[ ])?\d{1,2}(?:st|nd|rd|th))(?![ ](?:percentile|century|grade|floor|day|week|month|year|time|dose|cycle|visit|birthday|of))/g,
  /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/])(?<=\b(?:on|since|s\/p|from|until|till|by|last|dated?|before|after|[A-Z]{3,6})[ ]\d{1,2}\/\d{1,2})/g,
  /\b(?:0[1-9]|1[0-2])[ ](?:0[1-9]|[12]\d|3[01])[ ](?:19|20)\d{2}\b/g,
];
export function moreDates(text: string, out: PhiSpan[]): void {
  if (!/\d/.test(text)) return;
  for (const re of DATES_EN) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const v = m[1] ?? m[0];
      const at = (m.index ?? 0) + m[0].lastIndexOf(v);
      // "GCS 9/15", "STOP-BANG 7/8", "NUCC 02/12": read by the one check of the day/month readers (short-dates.ts).
      if (re === DATES_EN[2] && readsAsScore(text, at, at + v.length)) continue;
      out.push(span('DATE', text, at, at + v.length));
    }
  }
}

/** Long numbers in an identifier context: "UnitedHealthcare 908172635", "Rx# 6612093", "通行证08347621", "611 48 2290". */
const LONG_NUMBER = /(?<![A-Za-z\p{N}.,:/-])(\d{3}[ -]\d{2}[ -]\d{4}|\d{3}[ -]\d{3}[ -]\d{3}(?![ -]?\d)|\d{6,})(?![\p{N}.,:/]\d|[A-Za-z])/gu;
const NUMBER_CUE = /(?:#|No\.?|[Nn]umber|[Nn]o|ID|编号|号码?|号)\s*[:：]?\s*$/;

const BRACKET_CODE = /[（(]([A-Z0-9]{6,14})[）)]/g;

export function longNumbers(text: string, out: PhiSpan[]): void {
  BRACKET_CODE.lastIndex = 0;
  for (const m of text.matchAll(BRACKET_CODE)) {
    if (!/\d/.test(m[1]) || !/[A-Z]/.test(m[1])) continue;
    const at = (m.index ?? 0) + 1;
    const type = typeFromContext(text, at);
    if (type === 'OTHER_ID' && (m[1].match(/\d/g) ?? []).length < 4) continue;
    out.push(span(type, text, at, at + m[1].length));
  }
  LONG_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(LONG_NUMBER)) {
    const at = m.index ?? 0;
    const type = typeFromContext(text, at);
    const cued = NUMBER_CUE.test(text.slice(Math.max(0, at - 8), at));
    if (type === 'OTHER_ID' && !cued) continue;
    if (/^\d{3} \d{2} \d{4}$/.test(m[1]) && type !== 'SSN') continue;
    // A letter prefix written apart belongs to the number ("member ID XKD 448201937"), unless it is the label.
    const prefix = /(?<![A-Za-z])([A-Z]{2,4})[ ]$/.exec(text.slice(Math.max(0, at - 6), at));
    const from =
      prefix && !/^(?:ID|NO|SSN|SIN|MRN|DEA|NPI|DL|CDL|PIN|TEL|FAX|DOB|VIN|IMEI|UDI|MBI|DBN|GMC|NMC|ACCT)$/.test(prefix[1]) ? at - prefix[0].length : at;
    out.push(span(type === 'OTHER_ID' && /^\d{3}[ -]\d{2}[ -]\d{4}$/.test(m[1]) ? 'SSN' : type, text, from, at + m[1].length));
  }
}

/** Chinese document numbers: "甬公交鉴委〔2024〕第086号", "（2024）医调字第0217号", "黔职诊〔2024〕第0412号". */
export const DOC_YEAR = /[〔[（(【]\s*(?:19|20)\d{2}\s*[〕\]）)】]/g;
export const DOC_REST = /^\s*[\u4e00-\u9fa5A-Za-z0-9]{0,12}?第?\s*\d{1,6}\s*号/;

/** Handles: "@雨落无声_Tsy", "@maddiek.2008"; user names after a platform or account word; snake_case ids. */
const AT_HANDLE = /(?<![A-Za-z0-9_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;
const USER_CUE =
  /(?:\b(?:user(?:name)?|account|profile|channel|Snapchat|Discord|Instagram|IG|TikTok|Twitter|Telegram|WhatsApp|WeChat|Reddit|Threads)|账号|帐号|昵称|用户名|抖音号?|小红书号?|微博|快手号?|微信号?|QQ号?)\s*(?:user|id|name|is|as)?\s*[:：]?\s*$/i;
const SNAKE = /(?<![A-Za-z\p{N}_.@-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![A-Za-z\p{N}_@]|[.][A-Za-z0-9])/gu;
const USER_CUE_AT =
  /(?:\b(?:[Ss]nap(?:chat)?(?: me)?(?: at)?|[Dd][Mm] me(?: at)?|[Aa]dd me(?: at| on)?|[Uu]ser(?:name)?|[Aa]ccount|[Pp]rofile|[Cc]hannel|[Hh]andle|Snapchat|Discord|Instagram|IG|TikTok|Twitter|Telegram|WhatsApp|WeChat|Reddit|Threads)\b|账号|帐号|昵称|用户名|抖音号?|小红书号?|微博|快手号?|微信号?|QQ号?)\s*(?:user|id|ID|name|is|as)?\s*[:：]?\s*(?=[A-Za-z0-9])/g;
const USER_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_](?:#\d{4})?/;
const NICKNAME_LABEL = /(?:用户昵称|昵称|网名|微信名|群昵称)[:：]\s*([^\s，,。；;（(\n]{2,16})/g;

export function handles(text: string, out: PhiSpan[]): void {
  AT_HANDLE.lastIndex = 0;
  for (const m of text.matchAll(AT_HANDLE)) {
    const at = m.index ?? 0;
    if (/[A-Za-z0-9]$/.test(text.slice(Math.max(0, at - 1), at))) continue; // an e-mail address
    if (m[0].length < 3) continue;
    out.push(span('SOCIAL', text, at, at + m[0].length));
  }
  SNAKE.lastIndex = 0;
  for (const m of text.matchAll(SNAKE)) {
    const at = m.index ?? 0;
    if (!/\d/.test(m[1]) || !/[a-z]/.test(m[1]) || /^[cpgnmr]\.\d/.test(m[1])) continue;
    out.push(span(USER_CUE.test(text.slice(Math.max(0, at - 24), at)) ? 'SOCIAL' : 'OTHER_ID', text, at, at + m[1].length));
  }
  USER_CUE_AT.lastIndex = 0;
  for (const m of text.matchAll(USER_CUE_AT)) {
    const at = (m.index ?? 0) + m[0].length;
    const v = USER_VALUE.exec(text.slice(at, at + 34))?.[0].replace(/\.$/, '');
    if (!v || /[A-Za-z0-9]/.test(text[at + v.length] ?? '')) continue;
    // A handle has a digit, an underscore or an inner dot ("jmarsh04", "jayy.x.07"); plain words are prose.
    if (!/[\d_]|\w\.\w/.test(v) || /^\d+$/.test(v) || /\.(?:com|org|net|cn|edu|gov|io|pdf|docx?|jpg|png)$/i.test(v)) continue;
    out.push(span('SOCIAL', text, at, at + v.length));
  }
  NICKNAME_LABEL.lastIndex = 0;
  for (const m of text.matchAll(NICKNAME_LABEL)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('SOCIAL', text, at, at + m[1].length));
  }
}

/** English ages over 89 by position: "Dorothy Klein, 91,", "is 94 and", "age 90", "a 93-year-old". */
const AGE_AFTER_NAME =
  /,\s*(9\d|1[0-3]\d)(?<=\p{Lu}\p{Ll}+\)?,\s*\d+)(?=\s*(?:,|\.|;|\)|$|\s+(?:y|yo|years?|M|F|male|female|man|woman|with|who|and|was|is)\b))/gmu;
const AGE_IS =
  /\b(?:(?:[Hh]e|[Ss]he|[Ww]ho|[A-Z][a-z]+),? (?:is|was|turned|turns)|[Aa]ged?|[Aa]ge of|at age)\s+(9\d|1[0-3]\d)(?=\s*(?:and|,|\.|;|$|years?|yrs?|y\/?o|now|today))/g;

export function ages(text: string, out: PhiSpan[]): void {
  if (!/(?<!\d)(?:9\d|1[0-3]\d)(?!\d)/.test(text)) return;
  for (const re of [AGE_AFTER_NAME, AGE_IS]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length;
      out.push(span('AGE', text, at, at + m[1].length));
    }
  }
}

/** Licence numbers with a state or class prefix: "CDL TX 30118847", "license DN 31190", "NREMT P-1094421". */
const LICENSE_EN =
  /\b(?:CDL|DL|[Ll]icen[cs]e|[Ll]ic\.|DEA|NPI|NREMT|GMC|NMC|[Pp]ermit|[Cc]ertificate|[Rr]eg(?:istration)?\.? (?:no|number|#))\s*(?:#|[Nn]o\.?|[Nn]umber)?\s*[:：]?\s*((?:[A-Z]{1,3}[ -])?(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b/g;

/** English plates by context: "plate QZR 4471", "vehicle JRW 3308", "GHT 7721 (OH)". */
const PLATE_EN =
  /\b([A-Z0-9]{1,4}[ -]?\d{3,5}|\d{1,3}[A-Z]{2,3}\d{2,4}|[A-Z]{2,3}[ -]\d[A-Z0-9]{2,4})\b(?=\s*\([A-Z]{2}\))|(?<=\b(?:plate|tag|vehicle|truck|car|van|bus|cab|SUV|sedan|pickup|reg\.?|registration)s?\s*(?:#|no\.?|number)?\s*[:：]?\s*)([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5})\b/gi;

export function plates(text: string, out: PhiSpan[]): void {
  if (
    !/CDL|DL|DEA|GMC|NMC|Lic\.|reg\.|registration|NPI|NREMT|[Ll]icen[cs]e|[Pp]ermit|[Cc]ertificate|plate|tag|vehicle|truck|car|van|bus|cab|SUV|sedan|pickup|\([A-Z]{2}\)/i.test(
      text,
    )
  )
    return;
  LICENSE_EN.lastIndex = 0;
  for (const m of text.matchAll(LICENSE_EN)) {
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
    out.push({ ...span('LICENSE', text, at, at + m[1].length), rank: 31 } as PhiSpan);
  }
  PLATE_EN.lastIndex = 0;
  for (const m of text.matchAll(PLATE_EN)) {
    const v = m[1] ?? m[2];
    if (!v || !/\d/.test(v) || !/[A-Z]/.test(v) || /[a-z]/.test(v) || v.replace(/[ -]/g, '').length < 5) continue;
    const at = (m.index ?? 0) + m[0].lastIndexOf(v);
    out.push(span('PLATE', text, at, at + v.length));
  }
}

/** Chat transcripts: speaker labels at line starts. When three or more lines open with a speaker and two or more
 * speakers take turns, every speaker that is not a role or a form label is a name ("佩珊：", "志豪：", "Lucía:",
 * "Tío Javi:", "Ken哥："), whatever its script and whether it has a surname. */
