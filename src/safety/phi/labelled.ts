// Identifiers recognised by the label in front of them, as data: one rule per class (record numbers, health-plan,
// account, licence, passport, military ids, vehicles, plates, devices, biometrics, social accounts, other ids).
// Only the value is replaced; the label stays ("住院号：[MRN]"), so the record keeps its shape.
import type { PhiSpan, PhiType } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { readIdValue } from './id-value.js';
import { span } from './span.js';

interface LabelRule {
  type: PhiType;
  /** Global, case-insensitive label pattern. Latin labels carry their own word boundary. */
  label: RegExp;
  minDigits?: number;
  /** A unit written after the value that belongs to it ("床号：12床"). */
  unit?: RegExp;
  /** A special value shape read instead of the generic id token (anchored at the value start). */
  value?: RegExp;
}

const B = '(?<![A-Za-z])';
const E = '(?![a-z])';
const NO = '(?:\\s*(?:No\\.?|Number|Num\\.?|#|ID))?';

const RULES: LabelRule[] = [
  {
    type: 'MRN',
    label: new RegExp(
      `(?:病历号|病历编号|病案号|住院号|门诊号|急诊号|就诊号|就诊卡号|诊疗卡号|就诊卡|登记号|检验号|样本号|标本号|影像号|放射号|病理号|患者编号|病人编号|患者ID|病人ID|ID号|` +
        `${B}(?:MRN|Medical\\s+Record${NO}|Med\\.?\\s*Rec(?:ord)?\\.?${NO}|Record\\s+(?:No\\.?|Number|#)|Hospital\\s+(?:No\\.?|Number|#|ID)|Patient\\s+(?:ID|No\\.?|Number|#)|Pt\\.?\\s+ID|` +
        `Chart${NO}|Accession${NO}|Case\\s+(?:No\\.?|Number|#)|Encounter${NO}|Visit\\s+(?:ID|No\\.?|Number|#)|Admission\\s+(?:ID|No\\.?|Number|#)|Specimen\\s+(?:ID|No\\.?|#)|Lab\\s+(?:ID|No\\.?|accession))${E})`,
      'gi',
    ),
  },
  // A bed is a ward prefix (a letter code or one or two Han characters: 加15, 妇2-09, CCU-05, 4B) and a number. Where the
  // form closes the field (a gap, a line end, a bracket) the whole value is the bed, its ward prefix and letter
  // included ("心内科3病区21床", "产二-19床", "+3床", "8B-05-2", "612-B"); otherwise the prefix and number alone.
  {
    type: 'MRN',
    label: new RegExp(`(?:床号|床位号|床位|${B}Bed(?:\\s+(?:No\\.?|Number|#))?${E})`, 'gi'),
    value:
      /^[\s:：#]*((?<=[:：#][ \t　]*)[^\s　，,。；;:：()（）¥$€£]{0,12}?\d{1,4}[A-Za-z]?(?:[-+]\d{1,3}[A-Za-z]?|-[A-Za-z])?(?:号?床)?(?=[\s　，,；;（(]|$)|(?:[\u4e00-\u9fff]{1,2}|[A-Za-z]{1,4}[ -]?)?\d{1,4}[A-Za-z]?(?:[-+]\d{1,3}[A-Za-z]?)?(?:号?床)?(?![\dA-Za-z]))/,
  },
  {
    type: 'HEALTH_PLAN',
    label: new RegExp(
      `(?:医保卡号|医保卡|医保号|医保账号|医保编号|医疗保险号|医疗保险卡号|社保卡号|社保卡|社保号|社保编号|社会保障卡号|社会保障号|参保号|参保人编号|个人编号|新农合(?:证|卡)?号|合作医疗证号|保单号|保险单号|` +
        `${B}(?:Member${NO}|Subscriber${NO}|Policy${NO}|Insurance${NO}|Insurance\\s+(?:Member\\s+)?ID|Health\\s+plan${NO}|Medicare(?:\\s+Beneficiary)?(?:\\s+Identifier)?${NO}|Medicaid${NO}|MBI|HICN|Group${NO}|Beneficiary${NO}|Plan\\s+ID|CHI${NO}|NHS${NO}|OHIP${NO}|RAMQ${NO}|MSP${NO}|Health\\s+card${NO}|Medicare\\s+card${NO}|Health\\s+number)${E})`,
      'gi',
    ),
  },
  {
    type: 'ACCOUNT',
    label: new RegExp(
      `(?:银行卡号|银行卡|银行|工行|建行|农行|中行|招行|交行|银行账号|银行帐号|银行账户|信用卡号|信用卡|储蓄卡号?|借记卡号?|(?<![保诊疗员通])卡号|账号|帐号|账户|开户账号|收款账号|支付宝账?号?|` +
        `${B}(?:Account${NO}|Acct\\.?${NO}|Bank\\s+account${NO}|Card${NO}|credit\\s+card${NO}|debit\\s+card${NO}|IBAN|routing${NO})${E})`,
      'gi',
    ),
    minDigits: 4,
  },
  {
    type: 'LICENSE',
    label: new RegExp(
      `(?:执业证书编码|执业证编码|证书编码|执业证书编号|执业证书号|执业证号|执业证编号|医师执业证|医师资格证(?:书)?(?:编号|号)?|资格证书(?:编号|号)|资格证号|护士执业证(?:书)?(?:编号|号)?|驾驶证(?:号|编号)?|驾照(?:号)?|驾驶执照|行驶证(?:号)?|营业执照(?:号|注册号)?|许可证(?:编号|号)|证书编号|证书号|` +
        `${B}(?:Licen[cs]e(?!\\s+plate)${NO}|Driver'?s\\s+licen[cs]e${NO}|DL${NO}|DEA${NO}|DEA\\s+registration|NPI|Certificate${NO}|Cert\\.?${NO}|Board\\s+certification${NO}|Permit${NO}|GMC${NO}|GDC${NO}|NMC${NO}|CPSO${NO}|AHPRA${NO}|MCR${NO}|Registration${NO})${E})`,
      'gi',
    ),
  },
  {
    type: 'PASSPORT',
    label: new RegExp(`(?:护照号码|护照号|护照|往来港澳通行证|港澳通行证号?|台湾通行证号?|通行证号|台胞证号?|回乡证号?|${B}Passport${NO}${E})`, 'gi'),
    minDigits: 5,
  },
  {
    type: 'ID_CARD',
    label: new RegExp(
      `(?:军官证号?|士兵证号?|警官证号?|武警证号?|文职干部证号?|居住证号?|${B}(?:National\\s+ID${NO}|Green\\s+card${NO}|Alien\\s+(?:Registration\\s+)?(?:No\\.?|Number|#)|Resident\\s+permit${NO}|PESEL|PAN|Aadhaar${NO}|NRIC|FIN|HKID|MyKad|SIN|NI${NO}|National\\s+Insurance${NO}|BSN|CPR${NO}|Personnummer|Codice\\s+fiscale|DNI|NIE|CURP|RFC)${E})`,
      'gi',
    ),
    value:
      /^(?:[ \t]*(?:号码|号|是|为|:|：|#|No\.?|number)[ \t]*){0,2}[ \t]*([\u4e00-\u9fa5]{1,3}字第?\s?\d{4,10}号?|[A-Za-z]{2}(?:\s?\d{2}){3}\s?[A-Za-z]|[A-Za-z]{0,5}-?\d[\dA-Za-z-]{4,20})/i,
  },
  {
    type: 'VEHICLE',
    label: new RegExp(`(?:车架号|车辆识别代号|车辆识别号|发动机号|${B}(?:VIN|Vehicle\\s+Identification(?:\\s+Number)?|Vehicle\\s+ID|Engine${NO})${E})`, 'gi'),
  },
  {
    type: 'PLATE',
    label: new RegExp(`(?:车牌号码|车牌号|车牌|牌照号?|${B}(?:licen[cs]e\\s+plate${NO}|plate${NO}|tag\\s+(?:No\\.?|number|#))${E})`, 'gi'),
    minDigits: 1,
  },
  {
    type: 'DEVICE',
    label: new RegExp(
      `(?:序列号|设备编号|设备号|设备ID|仪器编号|器械编号|植入物编号|起搏器编号|起搏器序列号|产品序列号|出厂编号|机身号|` +
        `${B}(?:UDI|IMEI|MEID|MAC(?:\\s+address)?|Serial${NO}|S\\/N|SN|Device${NO}|Device\\s+serial${NO}|Implant${NO}|Pump\\s+serial${NO})${E})`,
      'gi',
    ),
  },
  {
    type: 'BIOMETRIC',
    label: new RegExp(
      `(?:(?:指纹|虹膜|声纹|掌纹|掌静脉|指静脉|人脸|面部|面容|视网膜|DNA|基因)(?:特征|识别|模板|信息|档案|采集|样本)?(?:编号|号码|号|码|ID|模板号|记录号|特征码)|` +
        `${B}(?:(?:fingerprint|iris|retina[l]?|voice\\s?print|voice\\s+(?:sample|recording)|palm\\s?print|face\\s?print|facial\\s+(?:geometry|template))(?:\\s+(?:scan|template|print|recognition|profile|sample|biometric|data))?(?:\\s+(?:ID|No\\.?|number|#|hash|code|record))?|(?:face|facial|DNA)(?:\\s+(?:scan|template|print|recognition|profile|sample|biometric))?\\s+(?:ID|No\\.?|number|#|hash|code|record))${E})`,
      'gi',
    ),
  },
  {
    type: 'SOCIAL',
    label: new RegExp(
      `(?:微信号|微信|威信|薇信|V信|加我[Vv]|加[Vv]|QQ号码|QQ号|企鹅号|微博|抖音号|快手号|小红书号|${B}(?:vx|wx|WeChat(?:\\s+ID)?|QQ|Twitter|Instagram|IG|Facebook|TikTok|Telegram|Line\\s+ID|Skype|Snapchat|handle)${E})`,
      'gi',
    ),
    minDigits: 0,
    value: /^(?:[ \t]*(?:号码|号|是|为|:|：|ID|id|#|is|was|handle)[ \t]*){0,3}[ \t]*(@?[A-Za-z0-9][A-Za-z0-9_.-]{3,29})(?![A-Za-z0-9_])/,
  },
  {
    type: 'OTHER_ID',
    label: new RegExp(
      `(?:学生证号?|学籍号|准考证号?|工作证号?|员工证号?|工号|学号|员工号|员工编号|职工号|档案号|档案编号|健康档案号|会员号|会员卡号|订单号|快递单号|运单号|流水号|编号|单号|凭证号|发票号|条码号?|报告编号|报告单号|申请单号|预约号|挂号单号|受理号|案件号|` +
        `${B}(?:Employee${NO}|Staff\\s+ID|Student${NO}|Badge${NO}|Claim${NO}|Reference${NO}|Ref\\.?(?:\\s*#)?|Case\\s+ID|Ticket${NO}|Order${NO}|Tracking${NO}|Confirmation${NO}|Invoice${NO}|Authori[sz]ation${NO}|Prior\\s+auth${NO}|ID)${E})`,
      'gi',
    ),
    minDigits: 3,
  },
];

/** Case-insensitive Latin labels must not be words of prose ("ig" in "big" is excluded by B; "id" alone needs a colon-ish gap). */
function weakLatinLabel(label: string): boolean {
  return /^(?:id|sn|ig|handle|face|card|plate|group|device|member|account|policy|insurance|license|licence|certificate|order|reference|claim|engine|chart|bed|permit|serial)$/i.test(
    label.trim(),
  );
}

// Each rule's label is "(?:<Chinese labels>|<B>(?:<Latin labels>)<E>)". Chinese labels are scanned in one global
// pass (texts without a label character skip it); Latin labels are tried, sticky, only at words that open one —
// a case-insensitive alternation of a hundred English phrases is slow to try at every position.
const MARK = `|${B}`;
function split(source: string): { zh: string; en: string } {
  const at = source.indexOf(MARK);
  if (!source.startsWith('(?:') || at < 0 || source.indexOf(MARK, at + 1) >= 0) throw new Error(`label pattern not in zh|en form: ${source}`);
  return { zh: source.slice(3, at), en: source.slice(at + 1, -1) };
}
const PARTS = RULES.map((r) => split(r.label.source));
const ZH_LABELS = new RegExp(PARTS.map((p) => `(${p.zh})`).join('|'), 'gi');
const EN_LABELS = new RegExp(PARTS.map((p) => `(${p.en})`).join('|'), 'iy');
const LATIN_FIRST = new Set<string>();
for (const p of PARTS) for (const m of p.en.matchAll(/(?:\(\?:|\||\)|\])\\?([A-Za-z]+)/g)) LATIN_FIRST.add(m[1].toLowerCase());
/** Cheap gate: every Chinese label holds one of these characters. */
const ZH_GATE = /[号卡证账帐户码纹牌架照单编信博行床IDVv]/;
const LATIN_WORD = /[A-Za-z]+/g;

/** A word opens a label when it, or a prefix of it, starts a Latin alternative ("licen" of "Licen[cs]e"). */
function opensLabel(word: string): boolean {
  if (LATIN_FIRST.has(word)) return true;
  for (let k = 2; k < word.length; k++) if (LATIN_FIRST.has(word.slice(0, k))) return true;
  return false;
}

function* labelMatches(text: string): Generator<RegExpExecArray> {
  if (ZH_GATE.test(text)) {
    ZH_LABELS.lastIndex = 0;
    for (let m = ZH_LABELS.exec(text); m; m = ZH_LABELS.exec(text)) yield m;
  }
  if (!/[A-Za-z]/.test(text)) return;
  LATIN_WORD.lastIndex = 0;
  let after = 0;
  for (let w = LATIN_WORD.exec(text); w; w = LATIN_WORD.exec(text)) {
    if (w.index < after || !opensLabel(w[0].toLowerCase())) continue;
    EN_LABELS.lastIndex = w.index;
    const m = EN_LABELS.exec(text);
    if (!m) continue;
    after = w.index + m[0].length;
    yield m;
  }
}

/** Spans read after their own label outrank shape-only readings of the same characters ("DEA EL3329733" is a
 * licence even though it looks like a passport number; an IMEI passes the Luhn check like a bank card). */
export const LABELLED_RANK = 30;
const labelled = (s: PhiSpan): PhiSpan & { rank: number } => ({ ...s, rank: LABELLED_RANK });

export function detectLabelled(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const m of labelMatches(text)) {
    let ri = 0;
    while (ri < RULES.length && m[ri + 1] === undefined) ri++;
    const rule = RULES[ri];
    const at = m.index + m[0].length;
    if (rule.value) {
      const v = rule.value.exec(text.slice(at, at + 48));
      if (!v) continue;
      const start = at + v[0].length - v[1].length;
      if (rule.type === 'SOCIAL' && !/\d/.test(v[1]) && /^[a-z]+$/.test(v[1]) && v[1].length < 6) continue;
      // A plain English word right after a platform's name is prose ("on Facebook advice", "IG accounts"); a user name
      // there is introduced ("IG: sunflower", "WeChat ID is …") or has the shape of one.
      if (rule.type === 'SOCIAL' && /^[a-z]+$/i.test(v[1]) && /^\s*$/.test(v[0].slice(0, v[0].length - v[1].length)) && englishWord(v[1])) continue;
      out.push(labelled(span(rule.type, text, start, start + v[1].length)));
      continue;
    }
    const v = readIdValue(text, at, rule.minDigits ?? 3);
    if (!v) continue;
    // A bare weak word ("card", "ID", "plate") must be followed by a connective or a digit-bearing value.
    if (weakLatinLabel(m[0]) && v.offset === 0 && !/\d{3}/.test(v.value)) continue;
    const start = at + v.offset;
    const unit = rule.unit?.exec(text.slice(start + v.value.length, start + v.value.length + 4))?.[0].length ?? 0;
    out.push(labelled(span(rule.type, text, start, start + v.value.length + unit)));
  }
  return out;
}

/** The identifier type a label names when the label is the whole string ("住院号", "MRN", "Policy #"), for readers
 * that meet labels away from their values (table headers, table-columns.ts). */
export function labelType(label: string): PhiType | undefined {
  const l = label.trim();
  for (const m of labelMatches(l)) {
    if (m.index !== 0 || !/^[\s#.:：]*$/.test(l.slice(m[0].length))) continue;
    let ri = 0;
    while (ri < RULES.length && m[ri + 1] === undefined) ri++;
    return RULES[ri]?.type;
  }
  return undefined;
}
