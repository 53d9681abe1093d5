// Lab report interpretation contracts.
import type { Specimen } from '../knowledge/critical-values.js';

export type LabFlag = 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'unknown';

export interface ReferenceRange {
  low?: number;
  high?: number;
  /** As printed on the report, or from our bundled table. */
  text: string;
  origin: 'report' | 'bundled';
}

export interface LabResult {
  /** Name as printed. */
  name: string;
  /** Canonical test id from the bundled table when recognised, e.g. "hemoglobin". */
  code?: string;
  /** Canonical display names. */
  nameEn?: string;
  nameZh?: string;
  value: number | null;
  /** Raw value text (e.g. "阴性", ">1000"). */
  valueText: string;
  unit?: string;
  range?: ReferenceRange;
  flag: LabFlag;
  /**
   * The report's own marker (H/L/↑/↓, HH/LL = critical) when it disagrees with the range comparison. The flag then
   * follows the report (its laboratory knows its own interval); this field shows the disagreement.
   */
  printedFlag?: LabFlag;
  /** Line number in the input (1-based), for error messages and UI. */
  line: number;
  /** Where it was measured, when not blood ("Urine sodium", a CSF glucose): blood limits never apply to it. */
  specimen?: Exclude<Specimen, 'blood'>;
  /**
   * Read by OCR: the lowest word confidence (0–100) of the value, and whether to re-check it. "unreadable" means
   * the value was not trusted enough to flag (its flag is `unknown`, never a guessed critical); "check" means the
   * flag stands but the reader should compare the value with the paper.
   */
  read?: {
    /** OCR's confidence (0–100); absent for pasted text, whose damage is seen in the characters, not measured. */
    confidence?: number;
    status: 'ok' | 'check' | 'unreadable';
    /** Pasted text repaired in the value cell ("1 7.3", "l68.5", value-repair.ts): the characters as printed. */
    printed?: string;
  };
}

export interface LabReport {
  results: LabResult[];
  /** Lines that looked like results but could not be parsed, with reasons. */
  skipped: SkippedLine[];
  lang: 'zh' | 'en';
}

/**
 * A line that is no result row. `check` marks one that names a known test beside a value that would be critical
 * for it in its unit ("Potassium 6.9 mmol/L critical, phoned to ward"): never a result (it was not read with
 * certainty), never silent — shown as "please check" and counted in the report's triage (lab-findings.ts).
 */
export interface SkippedLine {
  line: number;
  text: string;
  reason: string;
  /** The reason in Chinese, shown in a Chinese report (reasons without one are shown as written). */
  reasonZh?: string;
  check?: { code: string; nameEn: string; nameZh: string; valueText: string; unit?: string; flag: 'critical-high' | 'critical-low' };
}
