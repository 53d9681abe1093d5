// Vital signs and lab values read from free text in either language ("BP 82/50", "血氧88", "sugar is 2.1", "钾6.8",
// "temp 104F"), then graded against NEWS2 / qSOFA-style thresholds. Numbers are compared, not spelled: a keyword
// list cannot tell 88 % from 98 %. Reference ranges ("3.5-5.5"), time labels ("餐后2h", "2 h post-meal") and
// HbA1c are not readings.
import { matchesOf } from '../red-flags/match.js';

export type VitalKind = 'hr' | 'sbp' | 'dbp' | 'spo2' | 'rr' | 'tempC' | 'glucose' | 'k' | 'na' | 'hb' | 'plt';

export interface VitalReading {
  kind: VitalKind;
  /** Canonical units: bpm, mmHg, %, /min, °C, mmol/L, mmol/L, mmol/L, g/L, 10^9/L. */
  value: number;
  start: number;
  text: string;
}

export type VitalFindingId =
  | 'hypoxia'
  | 'low-spo2'
  | 'shock-bp'
  | 'low-bp'
  | 'shock-index'
  | 'very-high-bp'
  | 'high-bp'
  | 'extreme-hr'
  | 'fast-hr'
  | 'very-fast-rr'
  | 'fast-rr'
  | 'hyperpyrexia'
  | 'high-fever'
  | 'fever'
  | 'hypothermia'
  | 'severe-hypoglycaemia'
  | 'hypoglycaemia'
  | 'very-high-glucose'
  | 'high-glucose'
  | 'critical-potassium'
  | 'high-potassium'
  | 'critical-sodium'
  | 'low-sodium'
  | 'critical-haemoglobin'
  | 'low-haemoglobin'
  | 'critical-platelets'
  | 'qsofa'
  | 'news2-high'
  | 'news2-medium';

export interface VitalFinding {
  id: VitalFindingId;
  level: 'emergency' | 'urgent' | 'sign';
  evidence: string;
}

// A cue, then up to a few filler characters/words, then the number.
const GAP_ZH = '[^\\d，。,;；\\n]{0,6}?';
const GAP_EN = '(?:\\s*(?:is|was|of|at|reads?|reading|read|came back|only|just|about|around|down to|up to|dropped to|went to|now|like|:|=|-|~)\\s*){0,3}\\s*';

interface Pattern {
  kind: VitalKind | 'bp' | 'tempF' | 'tempAny' | 'glucoseAny';
  re: RegExp;
}

const P = (kind: Pattern['kind'], source: string, flags = 'gi'): Pattern => ({ kind, re: new RegExp(source, flags) });

const PATTERNS: Pattern[] = [
  P('bp', `(?:血压|高压|BP|B\\/P|blood pressure|pressure)[^\\d\\n。]{0,24}?(\\d{2,3})\\s*[/／\\\\]\\s*(\\d{2,3})`),
  P('bp', `(\\d{2,3})\\s*[/／]\\s*(\\d{2,3})\\s*(?:mmhg|毫米汞柱)`),
  P('sbp', `(?:收缩压|高压|systolic|top number)${GAP_ZH}${GAP_EN}(\\d{2,3})`),
  P('dbp', `(?:舒张压|低压|diastolic)${GAP_ZH}${GAP_EN}(\\d{2,3})`),
  P(
    'hr',
    `(?:心率|心跳|脉搏|脉率|\\bHR\\b|heart ?rate|pulse(?! ?ox)|\\bheart\\b(?= (?:is |was )?(?:going|racing|at|beating)))${GAP_ZH}${GAP_EN}(?:going |racing |beating )?(?:at )?(\\d{2,3})`,
  ),
  P('hr', `(\\d{2,3})\\s*(?:bpm|beats? (?:a|per) ?min|次\\s*[/每]\\s*分(?:钟)?)`),
  P(
    'spo2',
    `(?:血氧(?:饱和度)?|氧饱和度?|饱和度|指脉氧|SpO2|SaO2|\\bsats?\\b|o2 sat\\w*|oxygen(?: saturation| level| sat\\w*)?|pulse ?ox\\w*|\\bO2\\b)${GAP_ZH}${GAP_EN}(\\d{2,3})\\s*%?`,
  ),
  P(
    'rr',
    `(?:呼吸(?:频率)?|\\bRR\\b|resp(?:iratory|irations)? ?rate|breathing rate)${GAP_ZH}${GAP_EN}(\\d{1,2})(?=\\s*(?:次|breaths|\\/|per|a min|times|$|[^\\d.]))`,
  ),
  P('rr', `(\\d{1,2})\\s*(?:breaths?\\s*(?:a|per|\\/)\\s*min)`),
  P(
    'tempAny',
    `(?:体温|高烧|发烧|发热|烧到|temp(?:erature)?|fever(?: of)?|running)${GAP_ZH}${GAP_EN}(\\d{2,3}(?:\\.\\d)?)\\s*(°\\s*[CF]|℃|℉|度|摄氏度|degrees?\\s*[CF]?|[CF]\\b)?`,
  ),
  P('tempAny', `(\\d{2,3}(?:\\.\\d)?)\\s*(°\\s*[CF]|℃|℉|摄氏度|degrees?\\s*[CF]?)`),
  P('tempAny', `(\\d{2}(?:\\.\\d)?)\\s*(度)(?:[^数]|$)`),
  P(
    'glucoseAny',
    `(?:血糖|(?<!糖化)血糖值|glucose|blood sugars?|sugars?(?: level| reading)?|\\bBG\\b|\\bBS\\b|\\bBGL\\b|glucometer|meter|finger ?stick|\\bCBG\\b)${GAP_ZH}${GAP_EN}(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(mmol\\/?L?|mmol|mg\\/?dl|mg)?`,
  ),
  P('k', `(?:血钾|钾(?:离子)?|\\bK\\+?(?=\\s*[:=]?\\s*\\d)|potassium)${GAP_ZH}${GAP_EN}(\\d(?:\\.\\d{1,2})?)`),
  P('na', `(?:血钠|钠(?:离子)?|\\bNa\\+?(?=\\s*[:=]?\\s*\\d)|sodium)${GAP_ZH}${GAP_EN}(\\d{2,3}(?:\\.\\d)?)`),
  P('hb', `(?:血红蛋白|血色素|\\bHb\\b|\\bHGB\\b|ha?emoglobin)${GAP_ZH}${GAP_EN}(\\d{1,3}(?:\\.\\d)?)\\s*(g\\/dl|g\\/l|克)?`),
  P('plt', `(?:血小板(?:计数)?|\\bPLT\\b|platelets?(?: count)?)${GAP_ZH}${GAP_EN}(\\d{1,3}(?:\\.\\d)?)`),
];

/** "3.5-5.5", "3.5～5.5", "(3.9-6.1)": a range, not a reading. */
const RANGE_AFTER = /^\s*(?:[-–—~～至到]|to\s+\d)\s*\d/;
const RANGE_BEFORE =
  /(?:[-–—~～至到]\s*|\d\s+to\s+|参考(?:值|范围|区间)?[^\d]{0,4}|reference(?: range)?[^\d]{0,6}|normal(?: range| is)?[^\d]{0,6}|正常值?[^\d]{0,4}|目标[^\d]{0,4}|target[^\d]{0,6}|\()$/i;
/** "餐后2h", "2 h post-meal", "2-hour": a time label, not a value. */
const TIME_AFTER =
  /^\s*(?:h\b|hr|hrs|hours?|小时|分钟|min|mins|minutes?|天|days?|周|weeks?|个?月|months?|年|years?|岁|次(?!\s*[/每]\s*分)|遍|片|颗|粒|mg(?!\/)|ml|kg|公斤|斤|点(?!\d)|号|楼|床|层)/i;
const HBA1C_BEFORE = /(?:糖化|a1c|hba1c|糖化血红蛋白)[^\d]{0,8}$/i;

function toC(value: number, unit: string | undefined): number | null {
  const u = (unit ?? '').toLowerCase();
  if (/f|℉/.test(u)) return ((value - 32) * 5) / 9;
  if (/c|℃|度|摄氏/.test(u)) return value;
  // Unitless: 34–43 is Celsius, 93–110 is Fahrenheit; anything else is not a temperature.
  if (value >= 34 && value <= 43) return value;
  if (value >= 93 && value <= 110) return ((value - 32) * 5) / 9;
  return null;
}

function glucoseMmol(value: number, unit: string | undefined, zh: boolean): number {
  const u = (unit ?? '').toLowerCase();
  if (u.startsWith('mg')) return value / 18;
  if (u.startsWith('mmol')) return value;
  // Unitless: readings above 35 are mg/dL (US meters); Chinese text is mmol/L.
  return value > 35 && !zh ? value / 18 : value;
}

/** Every vital sign or lab value stated in the text, in canonical units. */
export function findVitals(text: string): VitalReading[] {
  const out: VitalReading[] = [];
  const zh = /\p{Script=Han}/u.test(text);
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const numStart = start + m[0].lastIndexOf(m[1] ?? '');
      const before = text.slice(Math.max(0, numStart - 14), numStart);
      const after = text.slice(end, end + 8);
      if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before)) continue;
      const a = Number(m[1]);
      if (kind !== 'bp' && kind !== 'tempAny' && TIME_AFTER.test(text.slice(numStart + (m[1] ?? '').length, numStart + (m[1] ?? '').length + 6))) continue;
      const push = (k: VitalKind, value: number) => out.push({ kind: k, value, start, text: m[0] });
      if (kind === 'bp') {
        const b = Number(m[2]);
        if (a >= 40 && a <= 300 && b >= 20 && b < a) {
          push('sbp', a);
          push('dbp', b);
        }
      } else if (kind === 'tempAny') {
        const c = toC(a, m[2]);
        if (c !== null && c >= 30 && c <= 44) push('tempC', Math.round(c * 10) / 10);
      } else if (kind === 'glucoseAny') {
        if (HBA1C_BEFORE.test(text.slice(Math.max(0, start - 12), start + 4))) continue;
        const v = glucoseMmol(a, m[2], zh);
        if (v > 0.5 && v < 60) push('glucose', Math.round(v * 10) / 10);
      } else if (kind === 'hb') {
        if (/糖化|a1c/i.test(text.slice(Math.max(0, start - 6), end))) continue;
        // g/dL (US, "hemoglobin 5.8") becomes g/L.
        const v = /dl/i.test(m[2] ?? '') || a < 25 ? a * 10 : a;
        if (v >= 20 && v <= 250) push('hb', v);
      } else if (kind === 'spo2') {
        if (a >= 50 && a <= 100) push('spo2', a);
      } else if (kind === 'hr') {
        if (/呼吸|breath|resp|\bRR\b/i.test(before)) continue;
        if (a >= 20 && a <= 260) push('hr', a);
      } else if (kind === 'rr') {
        if (a >= 4 && a <= 70) push('rr', a);
      } else if (kind === 'k') {
        if (a >= 1.5 && a <= 9.9) push('k', a);
      } else if (kind === 'na') {
        if (a >= 95 && a <= 185) push('na', a);
      } else if (kind === 'plt') {
        if (a >= 1 && a <= 1500) push('plt', a);
      } else if (kind === 'sbp') {
        if (a >= 40 && a <= 300) push('sbp', a);
      } else if (kind === 'dbp') {
        if (a >= 20 && a <= 200) push('dbp', a);
      }
    }
  }
  // One reading per kind and position (two patterns can read the same span).
  const seen = new Set<string>();
  return out
    .sort((x, y) => x.start - y.start)
    .filter((r) => {
      const key = `${r.kind}:${r.value}:${Math.floor(r.start / 4)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The latest reading of a kind: "sugar was 2.1, after juice it's 6.3" is judged on 6.3. */
function latest(readings: VitalReading[], kind: VitalKind): VitalReading | undefined {
  const all = readings.filter((r) => r.kind === kind);
  return all[all.length - 1];
}

/** A stated usual saturation ("my normal", "平时也就92", COPD): 88–91 % is then a baseline, not hypoxia. */
export const SPO2_BASELINE =
  /平时(?:也)?(?:就)?[^，。]{0,3}(?:8|9)\d|平常[^，。]{0,3}(?:8|9)\d|慢阻肺|肺气肿|\bmy normal\b|\b(?:his|her|my) (?:usual|baseline|normal)\b|\busually (?:around |about )?(?:8|9)\d\b|\bCOPD\b|\bemphysema\b/i;

export interface VitalContext {
  /** Confusion, drowsiness or unresponsiveness (qSOFA's altered mentation). */
  alteredMentation: boolean;
  /** Exercise right now explains a fast pulse. */
  exercising: boolean;
  /** A usual low saturation was stated (COPD, "my normal"). */
  spo2Baseline?: boolean;
}

/** Grade the readings. "sign" findings only feed the model and the rules (fever ≥ 38 °C, for instance). */
export function gradeVitals(readings: VitalReading[], ctx: VitalContext): VitalFinding[] {
  const f: VitalFinding[] = [];
  const add = (id: VitalFindingId, level: VitalFinding['level'], r?: VitalReading) => f.push({ id, level, evidence: r?.text ?? id });
  const spo2 = latest(readings, 'spo2');
  const sbp = latest(readings, 'sbp');
  const dbp = latest(readings, 'dbp');
  const hr = latest(readings, 'hr');
  const rr = latest(readings, 'rr');
  const t = latest(readings, 'tempC');
  const g = latest(readings, 'glucose');
  const k = latest(readings, 'k');
  const na = latest(readings, 'na');
  const hb = latest(readings, 'hb');
  const plt = latest(readings, 'plt');
  if (spo2) {
    const floor = ctx.spo2Baseline ? 87 : 91;
    if (spo2.value <= floor) add('hypoxia', 'emergency', spo2);
    else if (spo2.value <= 94) add('low-spo2', 'urgent', spo2);
  }
  if (sbp) {
    if (sbp.value < 90) add('shock-bp', 'emergency', sbp);
    else if (sbp.value <= 100) add('low-bp', 'sign', sbp);
    if (sbp.value >= 180 || (dbp && dbp.value >= 120)) add(sbp.value >= 220 || (dbp?.value ?? 0) >= 130 ? 'very-high-bp' : 'high-bp', 'urgent', sbp);
  }
  if (hr && sbp && hr.value / sbp.value >= 1 && sbp.value < 120) add('shock-index', 'emergency', hr);
  if (hr && !ctx.exercising) {
    if (hr.value >= 140 || hr.value <= 40) add('extreme-hr', 'emergency', hr);
    else if (hr.value >= 120) add('fast-hr', 'urgent', hr);
  }
  if (rr) {
    if (rr.value >= 30 || rr.value <= 8) add('very-fast-rr', 'emergency', rr);
    else if (rr.value >= 22) add('fast-rr', 'sign', rr);
  }
  if (t) {
    if (t.value >= 41) add('hyperpyrexia', 'emergency', t);
    else if (t.value >= 39.5) add('high-fever', 'sign', t);
    if (t.value >= 38) add('fever', 'sign', t);
    if (t.value < 35) add('hypothermia', 'emergency', t);
  }
  if (g) {
    if (g.value < 3.0) add('severe-hypoglycaemia', 'emergency', g);
    else if (g.value < 3.9) add('hypoglycaemia', 'urgent', g);
    if (g.value >= 30) add('very-high-glucose', 'emergency', g);
    else if (g.value >= 16.7) add('high-glucose', 'urgent', g);
  }
  if (k) {
    if (k.value >= 6.5 || k.value < 2.5) add('critical-potassium', 'emergency', k);
    else if (k.value >= 6.0) add('high-potassium', 'urgent', k);
  }
  if (na) {
    if (na.value < 120 || na.value >= 160) add('critical-sodium', 'emergency', na);
    else if (na.value < 130) add('low-sodium', 'urgent', na);
  }
  if (hb) {
    if (hb.value < 60) add('critical-haemoglobin', 'emergency', hb);
    else if (hb.value < 80) add('low-haemoglobin', 'urgent', hb);
  }
  if (plt && plt.value < 20) add('critical-platelets', 'emergency', plt);
  // qSOFA: two of RR ≥ 22, SBP ≤ 100, altered mentation.
  const q = Number((rr?.value ?? 0) >= 22) + Number(sbp !== undefined && sbp.value <= 100) + Number(ctx.alteredMentation);
  if (q >= 2) add('qsofa', 'emergency');
  const news = news2(readings, ctx);
  if (news >= 7) add('news2-high', 'emergency');
  else if (news >= 5) add('news2-medium', 'urgent');
  return f;
}

/** NEWS2 from whatever was stated (missing parameters score 0, so this only ever under-counts). */
export function news2(readings: VitalReading[], ctx: VitalContext): number {
  let s = 0;
  const rr = latest(readings, 'rr')?.value;
  const sp = latest(readings, 'spo2')?.value;
  const sbp = latest(readings, 'sbp')?.value;
  const hr = latest(readings, 'hr')?.value;
  const t = latest(readings, 'tempC')?.value;
  if (rr !== undefined) s += rr <= 8 ? 3 : rr <= 11 ? 1 : rr <= 20 ? 0 : rr <= 24 ? 2 : 3;
  if (sp !== undefined) s += sp <= 91 ? 3 : sp <= 93 ? 2 : sp <= 95 ? 1 : 0;
  if (sbp !== undefined) s += sbp <= 90 ? 3 : sbp <= 100 ? 2 : sbp <= 110 ? 1 : sbp <= 219 ? 0 : 3;
  if (hr !== undefined && !ctx.exercising) s += hr <= 40 ? 3 : hr <= 50 ? 1 : hr <= 90 ? 0 : hr <= 110 ? 1 : hr <= 130 ? 2 : 3;
  if (t !== undefined) s += t <= 35 ? 3 : t <= 36 ? 1 : t <= 38 ? 0 : t <= 39 ? 1 : 2;
  if (ctx.alteredMentation) s += 3;
  return s;
}
