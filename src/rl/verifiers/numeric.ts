// Numeric calculation (MedCalc-Bench style), agreeing with the evaluation scorer's official rule: decimals
// pass inside the item's lower/upper limits, integers by Python round(), dates by calendar day, gestational
// age by (weeks, days). On top: a stated unit is converted within its family (mg↔g, cm↔m, h↔min…) and a unit
// from another family is a mismatch.
import { extractWeeksDays } from '../../eval/extract-answer.js';
import { pyRound } from '../../eval/benchmarks/medcalc.js';
import { foldWidth } from '../../knowledge/term-text.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import type { RuleVerifier, Score } from './types.js';

export interface NumericReference {
  answer: string | number;
  lower?: string | number;
  upper?: string | number;
  type?: 'decimal' | 'integer' | 'date' | 'weeks-days';
  /** Unit the answer is expressed in (e.g. "mL/min"); responses in a convertible unit are converted. */
  unit?: string;
  strict?: 'json' | 'tag' | 'text';
}

const NUM = '[-−+]?\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const TEXT_RE = new RegExp(
  `(?:答案|结果|约为|为|是|answer|result|score|is|=|≈|:)\\s*(?:is|为|是|about|approximately|约)?\\s*\\**\\s*(${NUM}(?:\\s*[a-zA-Zμ%/²·\\u4e00-\\u9fa5]+(?:/[a-zA-Z0-9.²]+)*)?)`,
  'gi',
);
const NUM_RE = new RegExp(NUM);
const DATE_TEXT_RE = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})/g;
const LAST_NUM_RE = new RegExp(`(${NUM})(?!.*\\d)`, 's');
const UNIT_AFTER_RE = /^\s*([a-zA-Zμ%²/·.0-9]+)/;

const UNITS: Record<string, { family: string; factor: number }> = {
  mg: { family: 'mass', factor: 1e-3 },
  g: { family: 'mass', factor: 1 },
  kg: { family: 'mass', factor: 1e3 },
  μg: { family: 'mass', factor: 1e-6 },
  mcg: { family: 'mass', factor: 1e-6 },
  lb: { family: 'mass', factor: 453.592 },
  lbs: { family: 'mass', factor: 453.592 },
  mm: { family: 'length', factor: 1e-3 },
  cm: { family: 'length', factor: 1e-2 },
  m: { family: 'length', factor: 1 },
  in: { family: 'length', factor: 0.0254 },
  ml: { family: 'volume', factor: 1e-3 },
  l: { family: 'volume', factor: 1 },
  dl: { family: 'volume', factor: 0.1 },
  s: { family: 'time', factor: 1 },
  sec: { family: 'time', factor: 1 },
  min: { family: 'time', factor: 60 },
  h: { family: 'time', factor: 3600 },
  hr: { family: 'time', factor: 3600 },
  hours: { family: 'time', factor: 3600 },
  days: { family: 'time', factor: 86400 },
  weeks: { family: 'time', factor: 604800 },
  'ml/min': { family: 'flow', factor: 1 },
  'l/min': { family: 'flow', factor: 1000 },
  'ml/h': { family: 'flow', factor: 1 / 60 },
  'ml/hr': { family: 'flow', factor: 1 / 60 },
  'l/h': { family: 'flow', factor: 1000 / 60 },
  ms: { family: 'time', factor: 1e-3 },
  msec: { family: 'time', factor: 1e-3 },
  'mg/dl': { family: 'conc', factor: 10 },
  'g/dl': { family: 'conc', factor: 10_000 },
  'mg/l': { family: 'conc', factor: 1 },
  'g/l': { family: 'conc', factor: 1000 },
  'kg/m2': { family: 'bmi', factor: 1 },
  'kg/m²': { family: 'bmi', factor: 1 },
  mmhg: { family: 'pressure', factor: 1 },
  kpa: { family: 'pressure', factor: 7.50062 },
  '%': { family: 'percent', factor: 1 },
};

function unitInfo(u: string | undefined): { family: string; factor: number } | undefined {
  if (!u) return undefined;
  return UNITS[
    u
      .toLowerCase()
      .replace(/·/g, '')
      .replace(/\/1\.73m2?$/, '')
      .replace(/\.$/, '')
  ];
}

export function parseNumber(s: string): number | null {
  const m = NUM_RE.exec(s.replace(/−/g, '-'));
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Calendar day number of a date written M/D/YYYY, YYYY-MM-DD or YYYY年M月D日; null otherwise. */
export function parseDate(s: string): number | null {
  const t = foldWidth(s);
  let y: number, mo: number, d: number;
  let m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(t);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
}

export const DEFAULT_REL_TOLERANCE = 0.05;

function limits(ref: NumericReference): [number, number] | null {
  const ans = typeof ref.answer === 'number' ? ref.answer : parseNumber(String(ref.answer));
  // A decimal answer given without limits gets MedCalc-Bench's own band: ±5 %.
  const band = ref.type === 'decimal' && ans !== null ? Math.abs(ans) * DEFAULT_REL_TOLERANCE : 0;
  const lo = ref.lower === undefined ? (ans === null ? null : ans - band) : typeof ref.lower === 'number' ? ref.lower : parseNumber(String(ref.lower));
  const hi = ref.upper === undefined ? (ans === null ? null : ans + band) : typeof ref.upper === 'number' ? ref.upper : parseNumber(String(ref.upper));
  if (lo === null || hi === null) return null;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

// Gestational age written the Chinese or clinical way: 36周3天, 36周+3天, 36+3周, 36w3d, 36 周 3 日.
const WD_ZH_RE = /(\d+)\s*(?:周|w(?:ee)?ks?|w)\s*(?:\+|又|零|和|,|，|and)?\s*(\d+)\s*(?:天|日|d(?:ays?)?)(?![a-z])/giu;
const WD_PLUS_RE = /(\d+)\s*\+\s*(\d)\s*(?:周|w(?:ee)?ks?)/giu;
const WD_ONLY_WEEKS_RE = /(\d+)\s*(?:整?周|weeks?)(?!\s*[+\d])/iu;

/** (weeks, days) in a response: the evaluation harness's reader first, then the composite forms above. */
export function weeksDaysOf(response: string): string | null {
  const got = extractWeeksDays(response).value;
  if (got) return got;
  const visible = visibleAnswer(response) ?? '';
  const tail = foldWidth(visible.length > 2000 ? visible.slice(-2000) : visible);
  const m = [...tail.matchAll(WD_ZH_RE)].pop() ?? [...tail.matchAll(WD_PLUS_RE)].pop();
  if (m) return `${Number(m[1])},${Number(m[2])}`;
  const w = WD_ONLY_WEEKS_RE.exec(tail);
  return w ? `${Number(w[1])},0` : null;
}

export const verifyNumeric: RuleVerifier<NumericReference> = (response, ref): Score => {
  if (ref.type === 'weeks-days') {
    const want = /(\d+)\D+(\d+)/.exec(String(ref.answer));
    const got = weeksDaysOf(response);
    if (!got) return { score: 0, reason: 'no-weeks-days', acc: false, formatOk: false };
    const ok = !!want && got === `${Number(want[1])},${Number(want[2])}`;
    return { score: ok ? 1 : 0, reason: ok ? 'exact-weeks-days' : 'wrong-weeks-days', acc: ok, pred: got, formatOk: true };
  }
  const ex = extractAnswer(response, ref.type === 'date' ? DATE_TEXT_RE : TEXT_RE, {
    strictFormat: ref.strict,
    jsonKeys: ['answer', 'result', 'value', 'score', '答案'],
  });
  let raw = ex.answer;
  if (raw === null && !ref.strict) {
    // Last resort: the last number in the visible tail.
    const visible = visibleAnswer(response);
    if (visible) {
      // Keep the words right after the number: a stated unit still has to agree.
      const tail = visible.length > 600 ? visible.slice(-600) : visible;
      const m = LAST_NUM_RE.exec(tail);
      raw = m ? tail.slice(m.index, m.index + m[1].length + 16).split('\n')[0] : null;
    }
  }
  if (raw === null) return { score: 0, reason: 'no-answer', acc: false, formatOk: false };
  const formatOk = ex.via !== null;
  if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, pred: raw, formatOk };
  if (ref.type === 'date') {
    const want = parseDate(String(ref.answer));
    const got = parseDate(raw);
    if (got === null) return { score: 0, reason: 'no-date', acc: false, pred: raw, formatOk };
    const ok = want !== null && want === got;
    return { score: ok ? 1 : 0, reason: ok ? 'exact-date' : 'wrong-date', acc: ok, pred: raw, formatOk };
  }
  let x = parseNumber(raw);
  if (x === null) return { score: 0, reason: 'no-number', acc: false, pred: raw, formatOk };
  const numText = NUM_RE.exec(raw.replace(/−/g, '-'))?.[0] ?? '';
  const stated = UNIT_AFTER_RE.exec(raw.slice(raw.indexOf(numText) + numText.length))?.[1];
  const want = unitInfo(ref.unit);
  const got = unitInfo(stated);
  if (want && got) {
    if (want.family !== got.family) return { score: 0, reason: `unit-mismatch:${stated}`, acc: false, pred: raw, formatOk };
    x = (x * got.factor) / want.factor;
  }
  const lim = limits(ref);
  if (!lim) return { score: 0, reason: 'bad-reference', acc: false, pred: raw };
  if (ref.type === 'integer') {
    const want = Math.trunc(typeof ref.answer === 'number' ? ref.answer : (parseNumber(String(ref.answer)) ?? NaN));
    const ok = pyRound(x) === want;
    return { score: ok ? 1 : 0, reason: ok ? 'integer-match' : `rounds-to:${pyRound(x)}`, acc: ok, pred: String(x), formatOk };
  }
  const eps = 1e-9 * Math.max(1, Math.abs(lim[1]));
  const ok = x >= lim[0] - eps && x <= lim[1] + eps;
  return { score: ok ? 1 : 0, reason: ok ? 'within-limits' : `outside:[${lim[0]},${lim[1]}]`, acc: ok, pred: String(x), formatOk };
};
