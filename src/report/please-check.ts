// The one builder of a "please check" entry (SkippedLine.check): a value that would be critical for a test but was
// not read as a result — quoted in a notice (parse.ts), or withheld or untraced in a photo (intake/read-report.ts).
// lab-findings.ts shows these entries and counts them in the report's triage; both producers build them here so the
// entry has one shape and one naming rule.
import type { Analyte } from '../knowledge/reference-ranges.js';
import type { LabFlag, SkippedLine } from './types.js';

export type PleaseCheck = NonNullable<SkippedLine['check']>;

/**
 * The entry for a value that would be critical (`flag` critical-high/low), or undefined for any other flag. The
 * names are the analyte's; a test the table does not know keeps its printed name in both languages and no code.
 */
export function pleaseCheckEntry(an: Analyte | undefined, printed: { name: string; valueText: string; unit?: string }, flag: LabFlag): PleaseCheck | undefined {
  if (flag !== 'critical-high' && flag !== 'critical-low') return undefined;
  return {
    code: an?.code ?? '',
    nameEn: an?.nameEn ?? printed.name,
    nameZh: an?.nameZh ?? printed.name,
    valueText: printed.valueText,
    ...(printed.unit ? { unit: printed.unit } : {}),
    flag,
  };
}

/** How an entry is named wherever it is shown: "Potassium 6.9 mmol/L", "钾 6.9 mmol/L". */
export function pleaseCheckLabel(c: PleaseCheck, lang: 'zh' | 'en' = 'en'): string {
  return `${lang === 'zh' ? c.nameZh : c.nameEn} ${c.valueText}${c.unit ? ` ${c.unit}` : ''}`;
}
