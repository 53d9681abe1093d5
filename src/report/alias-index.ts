// Name lookup for lab lines: every alias of every analyte, longest first, so "尿酸碱度" beats "尿酸" and
// "CA 19-9" beats "Ca". Latin aliases need a word boundary after them; 1–2 letter ones match case-sensitively.
import { REFERENCE_TABLE, type Analyte } from '../knowledge/reference-ranges.js';
import { toSimplified } from '../core/han-variants.js';
import { ANALYSER_CODES, analyserForms } from './name-forms.js';

/**
 * Regional names of common analytes as printed in Taiwan / Hong Kong (after toSimplified): the standard terms there,
 * which the bundled table (mainland names) lacks — "白血球" is a white cell count, "糖化血色素" HbA1c (not haemoglobin),
 * "肌酸酐" creatinine, "三酸甘油酯" triglycerides, "麩胺酸丙酮酸轉胺酶" ALT.
 */
const REGIONAL_ALIASES: Record<string, string[]> = {
  wbc: ['白血球', '白血球计数'],
  rbc: ['红血球', '红血球计数'],
  // Taiwan prints haemoglobin as 血紅素 (血色素 is in the table already).
  hgb: ['血红素'],
  hct: ['血球容积比', '血球比容', '红血球容积比'],
  hba1c: ['糖化血色素', '糖化血红素'],
  crea: ['肌酸酐', '血清肌酸酐'],
  tg: ['三酸甘油酯', '三酸甘油脂'],
  alt: ['麸胺酸丙酮酸转胺酶', '丙氨酸转胺酶', '麸丙酮转胺酶'],
  ast: ['麸胺酸草醋酸转胺酶', '天门冬氨酸转胺酶', '麸草醋转胺酶'],
};

/**
 * The Latin-derived names German, Dutch and Scandinavian laboratories (and many others) print for the commonest
 * analytes — "Kalium 7.1", "Natrium 114" were an unknown test, a silent routine (review s19 R6).
 */
const CONTINENTAL_ALIASES: Record<string, string[]> = {
  k: ['Kalium'],
  na: ['Natrium'],
  cl: ['Chlorid'],
  ca: ['Kalzium', 'Calcium gesamt'],
  crea: ['Kreatinin'],
  urea: ['Harnstoff'],
  ua: ['Harnsäure'],
  glu: ['Glukose'],
  hgb: ['Hämoglobin'],
  hct: ['Hämatokrit'],
  plt: ['Thrombozyten'],
  wbc: ['Leukozyten'],
  rbc: ['Erythrozyten'],
};

/**
 * British spellings of Latin aliases ("Haemoglobin A1c", "Leucocytes", "Oestradiol", "Faecal …", "normalised"): the table mostly
 * spells names the American way, and a report from the UK, Ireland, Australia or India spells them the other way.
 */
function britishSpelling(alias: string): string {
  return (
    alias
      .replace(/(^|[^A-Za-z])([Hh])em(?=[aoi])/g, '$1$2aem')
      .replace(/([Ll])euk(?=o)/g, '$1euc')
      .replace(/(^|[^A-Za-z])([Ee])str/g, (_, pre: string, e: string) => `${pre}${e === 'E' ? 'Oe' : 'oe'}str`)
      .replace(/(^|[^A-Za-z])([Ff])ec(?=al)/g, '$1$2aec')
      // -ize/-ization are -ise/-isation there ("International normalised ratio").
      .replace(/([a-z])iz(?=(?:e|ed|es|ation)\b)/g, '$1is')
  );
}

/**
 * Cell counts printed under the cell's own name: "Neutrophil", "Platelet", "Red Blood Cell" (singular), "中性粒细胞"
 * (no 计数 / 百分比 after it). As with "Neutrophils", the unit then tells the count from the percentage (parse.ts).
 */
function cellName(alias: string): string | undefined {
  const singular = /^(.*(?:phil|cyte|let|cell))s\b(.*)$/i.exec(alias);
  if (singular) return singular[1] + singular[2];
  return /^(.{2,}细胞)(?:绝对值|计数|数|百分比|百分数|比率|%)$/.exec(alias)?.[1];
}

/**
 * The assay qualifier spelled out: a laboratory system prints "hs-Troponin I" as "High sensitivity Troponin I",
 * "High-Sensitivity Cardiac Troponin T" or "Highly sensitive troponin T" (review s19 R3: a critical troponin so named
 * was read as an unknown test). Every "hs" name of the table is also read with the words; troponins with "cardiac".
 */
const HIGH_SENSITIVITY = ['High sensitivity', 'High-sensitivity', 'Highly sensitive', 'High sensitive', 'High-sensitive'];
function spelledQualifier(alias: string): string[] {
  const m = /^hs[- ]?c?([A-Za-z][A-Za-z0-9 -]{2,})$/.exec(alias);
  if (!m || /^[a-z]/.test(m[1])) return [];
  const rest = m[1];
  const names = /^troponin/i.test(rest) ? [rest, `Cardiac ${rest}`] : [rest];
  return HIGH_SENSITIVITY.flatMap((q) => names.map((n) => `${q} ${n}`));
}

interface AliasEntry {
  alias: string;
  key: string;
  latin: boolean;
  analytes: Analyte[];
}

// A zero-width space joins the cells of one name (name-number.ts NAME_JOIN): a space to every look-up.
const compact = (s: string): string => toSimplified(s.replace(/[\s\u200b]+/g, '').normalize('NFKC'));

function buildIndex(): AliasEntry[] {
  const byKey = new Map<string, AliasEntry>();
  for (const an of REFERENCE_TABLE) {
    const printed = [...an.aliases, ...(REGIONAL_ALIASES[an.code] ?? []), ...(CONTINENTAL_ALIASES[an.code] ?? [])];
    const latinPrinted = printed.filter((a) => !/[\u4e00-\u9fa5]/.test(a));
    const spelt = [...printed, ...latinPrinted.map(britishSpelling), ...latinPrinted.flatMap(spelledQualifier)];
    const cells = [...spelt, ...spelt.flatMap((a) => cellName(a) ?? [])];
    // An absolute count is also printed "Abs Neut", "Absolute Lymphocytes": the count's plain Latin names so prefixed.
    // The "#" codes give the short stems ("MONO#" → "Abs Mono").
    const plain = cells.map((a) => a.replace(/^([A-Za-z]{3,})#$/, '$1')).filter((a) => /^[A-Za-z][A-Za-z ]*$/.test(a) && !/absolute/i.test(a));
    const absolute = an.code.endsWith('-abs') ? plain.flatMap((a) => [`Abs ${a}`, `Absolute ${a}`]) : [];
    for (const alias of new Set([...cells, ...absolute])) {
      const latin = !/[\u4e00-\u9fa5]/.test(alias);
      const caseSensitive = latin && alias.replace(/[^A-Za-z]/g, '').length <= 2;
      const key = caseSensitive ? compact(alias) : compact(alias).toLowerCase();
      const entry = byKey.get(key) ?? { alias, key, latin, analytes: [] };
      if (!entry.analytes.includes(an)) entry.analytes.push(an);
      byKey.set(key, entry);
    }
    // Analyser forms ("cK+", "ctHb", "Hctc", "NA+"; name-forms.ts), matched as printed (case-sensitively).
    if (!ANALYSER_CODES.has(an.code)) continue;
    for (const form of new Set(printed.filter((a) => !/[\u4e00-\u9fa5]/.test(a)).flatMap(analyserForms))) {
      const key = compact(form);
      if (byKey.has(key.toLowerCase()) && !byKey.has(key)) continue;
      // One form for two tests ("cCa2+": total or ionised calcium) names both; the printed range decides (parse.ts).
      const entry = byKey.get(key) ?? { alias: form, key, latin: true, analytes: [] };
      if (!entry.analytes.includes(an)) entry.analytes.push(an);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
}

const INDEX = buildIndex();

export interface AliasMatch {
  analytes: Analyte[];
  /** Characters of the input consumed by the alias (spaces inside the alias included). */
  length: number;
}

/** Longest alias at the start of `text` (spaces inside the alias are ignored: "CA 19-9" = "CA19-9"). */
export function aliasAtStart(text: string): AliasMatch | undefined {
  const src = toSimplified(text.normalize('NFKC'));
  // Map compacted positions back to the original so we know how much of `text` the alias used.
  const positions: number[] = [];
  let squeezed = '';
  for (let i = 0; i < src.length && squeezed.length < 48; i++) {
    if (/[\s\u200b]/.test(src[i])) continue;
    squeezed += src[i];
    positions.push(i);
  }
  const lower = squeezed.toLowerCase();
  for (const e of INDEX) {
    const hay = e.key === e.key.toLowerCase() ? lower : squeezed;
    if (!hay.startsWith(e.key)) continue;
    const endIdx = positions[e.key.length - 1] + 1;
    const next = src[endIdx] ?? '';
    // A Latin alias must end at a word boundary — except a name of 3+ letters glued to a decimal value ("Urea11.8").
    const gluedValue = /^[A-Za-z]{3,}$/.test(e.key) && /^\d+\.\d+(?![\d.])/.test(src.slice(endIdx));
    if (e.latin && /[A-Za-z0-9]$/.test(e.key) && /[A-Za-z0-9]/.test(next) && !gluedValue) continue;
    return { analytes: e.analytes, length: endIdx };
  }
  return undefined;
}

/** Longest alias anywhere in a name segment (e.g. "血清钾" → potassium), respecting Latin word boundaries. */
// "Adjusted" / "Corrected" calcium is the calcium result the laboratory corrected for albumin: the same test.
const SPECIMEN = /^(?:serum|plasma|blood|wholeblood|venous|arterial|capillary|fasting|random|adjusted|corrected)$/;

export function aliasWithin(segment: string, o: { trailingCode?: boolean } = {}): AliasMatch | undefined {
  const squeezed = compact(segment);
  const lower = squeezed.toLowerCase();
  // Word starts in the squeezed text: "hs Troponin I" holds "Troponin I" after a short qualifier word ("hs", "S"),
  // "hsTroponin" would not; a longer name before it ("Estimated Average Glucose") is another test.
  const spaced = toSimplified(segment.normalize('NFKC'));
  const wordStart = new Set<number>();
  for (let i = 0, k = 0; i < spaced.length; i++) {
    if (/\s/.test(spaced[i])) wordStart.add(k);
    else k++;
  }
  for (const e of INDEX) {
    const hay = e.key === e.key.toLowerCase() ? lower : squeezed;
    let at = hay.indexOf(e.key);
    while (at >= 0) {
      const before = hay[at - 1] ?? '';
      const after = hay[at + e.key.length] ?? '';
      // `trailingCode` (OCR): an upper-case code as the last word ("HERBIER DBIL", a Chinese name read as Latin
      // letters before the printed code) is the row's code.
      const code =
        o.trailingCode &&
        e.key.length >= 2 &&
        /^[A-Z][A-Za-z0-9-]*$/.test(e.alias) &&
        (e.alias.match(/[A-Z]/g) ?? []).length >= 2 &&
        at + e.key.length === hay.length;
      // A specimen word before the name ("Serum Creatinine", "Plasma Glucose") names where it was measured.
      const specimen = wordStart.has(at) && SPECIMEN.test(lower.slice(0, at));
      // "Non-HDL Cholesterol", "非高密度脂蛋白胆固醇": a test named as everything but the alias is another test.
      const negated = lower.slice(Math.max(0, at - 4), at) === 'non-' || before === '非';
      const okBefore = !negated && (!e.latin || !/[A-Za-z0-9]/.test(before) || (wordStart.has(at) && (at <= 2 || code)) || specimen);
      const okAfter = !e.latin || !/[A-Za-z0-9]/.test(after) || wordStart.has(at + e.key.length);
      if (okBefore && okAfter) return { analytes: e.analytes, length: segment.length };
      at = hay.indexOf(e.key, at + 1);
    }
  }
  return undefined;
}

/**
 * The alias that starts a test name, after at most one specimen word ("Serum C reactive protein level" is CRP, not an
 * unknown name holding the word "reactive"); the length counts from the start of `text`.
 */
export function aliasAtNameStart(text: string): AliasMatch | undefined {
  const direct = aliasAtStart(text);
  if (direct) return direct;
  const word = /^\s*([A-Za-z]+)\s+/.exec(text);
  if (!word || !SPECIMEN.test(word[1].toLowerCase())) return undefined;
  const rest = aliasAtStart(text.slice(word[0].length));
  return rest && { analytes: rest.analytes, length: word[0].length + rest.length };
}

const KEYS = new Set(INDEX.map((e) => e.key));

/** Is `token` (spaces ignored) exactly one of the known aliases? Case rules as in the index. */
export function isAlias(token: string): boolean {
  const k = compact(token);
  return KEYS.has(k) || KEYS.has(k.toLowerCase());
}

/** Every alias of the table (regional names included), each with the analyte codes it names, for fuzzy matching. */
export function aliasVocabulary(): readonly { alias: string; key: string; codes: string[] }[] {
  return INDEX.map((e) => ({ alias: e.alias, key: e.key, codes: e.analytes.map((a) => a.code) }));
}
