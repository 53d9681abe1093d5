// Lab report interpretation contracts.

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
  /** Line number in the input (1-based), for error messages and UI. */
  line: number;
}

export interface LabReport {
  results: LabResult[];
  /** Lines that looked like results but could not be parsed, with reasons. */
  skipped: { line: number; text: string; reason: string }[];
  lang: 'zh' | 'en';
}
