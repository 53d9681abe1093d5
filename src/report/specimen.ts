// Where a result was measured, read from its printed name and section (pure). Critical limits belong to a specimen
// (knowledge/critical-values.ts): a urine sodium, a CSF glucose or a pleural-fluid pH never meets a blood limit. Blood
// is the default — a row that names no other specimen is serum, plasma or whole blood.
import type { Specimen } from '../knowledge/critical-values.js';
import { REFERENCE_TABLE } from '../knowledge/reference-ranges.js';

/** 尿 as a specimen: not 尿素 (urea) or 尿酸 (uric acid), both blood tests — but 尿酸碱度 is urine pH. */
const URINE = /\burine\b|\burinary\b|\bur\.?\s|\bUA\s*[-:]|尿(?!素|酸(?!碱))|随机尿|晨尿/i;
const CSF = /\bCSF\b|cerebrospinal|spinal fluid|脑脊液/i;
const FLUID =
  /\bpleural\b|\bperitoneal\b|\bascitic\b|\bascites\b|\bsynovial\b|\bpericardial\b|\bdrain(?:age)?\b|\bbody fluid\b|\bfluid\b|胸水|腹水|胸腔积液|腹腔积液|积液|关节液|引流液|心包液|穿刺液/i;

/**
 * The specimen a row's own printed name says; blood otherwise. Headings are parse.ts's: a CSF/fluid heading gives its
 * rows its specimen until the next heading; a potassium printed after a urinalysis block is still the blood's (the
 * urine twins — glucose, pH, protein … — are chosen by their section there).
 */
export function rowSpecimen(name: string): Specimen {
  if (CSF.test(name)) return 'csf';
  if (FLUID.test(name)) return 'fluid';
  if (URINE.test(withoutBloodNames(name))) return 'urine';
  return 'blood';
}

/**
 * The Chinese names of blood tests that hold 尿 as a word part, not a specimen — B型钠尿肽 (BNP), 脑钠尿肽, 尿素氮 —
 * from the analyte table (the urine tests, u-*, keep theirs), longest first: such a name says nothing of the specimen
 * ("B型钠尿肽(BNP) 86" was read as a urine row and not judged).
 */
const BLOOD_NAMES_WITH_URINE_CHAR = [
  ...new Set(REFERENCE_TABLE.filter((a) => !a.code.startsWith('u-')).flatMap((a) => a.aliases.filter((x) => x.includes('尿') && !/^尿/.test(x)))),
].sort((a, b) => b.length - a.length);
const withoutBloodNames = (name: string): string => BLOOD_NAMES_WITH_URINE_CHAR.reduce((n, alias) => n.split(alias).join(' '), name);

/** A blood specimen word in a row's own name ("Serum glucose", "Venous pH", "pH, arterial", "血糖", "动脉血气"). */
const BLOOD_WORD = /\bserum\b|\bplasma\b|\bblood\b|\bvenous\b|\barterial\b|\bcapillary\b|\bcord\b|动脉|静脉|血/i;

/** Does a row's own name say blood and not urine ("尿隐血" is urine)? */
export function namesBlood(name: string): boolean {
  return BLOOD_WORD.test(name) && !URINE.test(name);
}

/**
 * Does the report measure blood gases or acid–base (so a bare "pH" on it is the blood's)? Partial pressures,
 * bicarbonate, base excess, lactate, a blood-gas heading or a blood specimen word.
 */
const BLOOD_GAS =
  /\bp[aA]?CO2\b|\bp[aA]?O2\b|PaCO|PaO|HCO3|bicarbonate|base\s*excess|\bBE(?:ecf|b)?\b|\blact(?:ate|ic)\b|\bABG\b|\bVBG\b|blood\s+gas|\barterial\b|\bvenous\b|\bcapillary\b|血气|动脉血|静脉血|二氧化碳分压|氧分压|碳酸氢|碱剩余|乳酸/i;
/** Does the report hold dipstick or urine rows (specific gravity, nitrite, leukocyte esterase, a urine heading)? */
const URINE_REPORT =
  /specific\s+gravity|\bSG\b|比重|nitrite|亚硝酸|leu(?:k|c)ocyte\s+esterase|白细胞酯酶|urobilinogen|尿胆原|urinalysis|dipstick|\burine\b|尿常规|尿液/i;

/**
 * A row of a test measured in blood only, at a line start ("K 4.0", "Sodium 140", "钾 4.1", "Hb 120"): a bare one-decimal
 * "pH 7.1" among such rows, with no urinalysis word, is the blood's — not a dipstick reading (review s19 R5/R2).
 */
const BLOOD_ROW =
  /^\s*(?:K\+?|Na\+?|Cl-?|Potassium|Sodium|Chloride|Creatinine|Urea|BUN|Hb|Hgb|HGB|Ha?emoglobin|WBC|PLT|Platelets?|钾|钠|氯|肌酐|尿素氮?|血红蛋白|血小板)(?=[\s:：(（]|$)/im;
/** A heading line (no digits) naming CSF or a body fluid ("PLEURAL FLUID ANALYSIS", "Specimen: CSF", 胸水常规, 脑脊液生化). */
const FLUID_HEADING_LINE = (line: string): boolean => !/\d/.test(line) && rowSpecimen(line) !== 'blood' && rowSpecimen(line) !== 'urine';

export interface ReportSpecimens {
  bloodGas: boolean;
  urine: boolean;
  /** A CSF or body-fluid heading: its rows (parse.ts) take that specimen, and a bare pH under it is no urine pH. */
  fluid: boolean;
  /** Rows of blood-only tests (BLOOD_ROW). */
  bloodRows: boolean;
}

export function reportSpecimens(text: string): ReportSpecimens {
  return {
    bloodGas: BLOOD_GAS.test(text),
    urine: URINE_REPORT.test(text),
    fluid: text.split(/\r?\n/).some(FLUID_HEADING_LINE),
    bloodRows: BLOOD_ROW.test(text),
  };
}

/**
 * Is a printed "pH" the blood's? A row naming blood is; a value blood cannot have (outside 6.5–8.0) is not; otherwise a
 * report measuring blood gases or acid–base says blood, one holding dipstick rows says urine ("pH 6.0  SG 1.020"), and
 * a CSF/fluid heading or blood-only rows (K, Na, Hb …) say not urine; with none the printing decides: analysers print two decimals or more, a dipstick at most one ("pH 7.0").
 */
export function bloodPh(name: string, valueText: string, value: number | null, report: ReportSpecimens): boolean {
  if (BLOOD_WORD.test(name)) return true;
  if (value === null || value < 6.5 || value > 8) return false;
  if (report.bloodGas) return true;
  if (report.urine) return false;
  // Not urine: under a fluid heading the row takes the fluid's specimen (parse.ts) and meets no blood limit (s19 R2);
  // among blood-only rows it is the blood's (s19 R5: "pH 7.1 / K 4.0" was a normal urine pH).
  if (report.fluid || report.bloodRows) return true;
  return (/\.(\d+)/.exec(valueText)?.[1].length ?? 0) >= 2;
}
