// A test name misspelt in pasted text ("Potasium 7.2 mmol/L", "Haemaglobin 5.0 g/dL", "血红蛋自 52 g/L") is read against
// the closed analyte table with the same weighted edit distance the photo reader uses (intake/ocr-vocabulary.ts), and
// kept only when the row itself is that analyte's: its printed unit one the analyte is printed in, its printed range
// the analyte's range, its value possible for the analyte. A real test the table lacks that is spelt like one of ours
// ("Haptoglobin 0.1 g/L (0.3-2.0)", "Prealbumin 0.25 g/L", 肌红蛋白) fails one of these, or is one whole dictionary word.
// Review s19 R6: a misspelt potassium of 7.2 was a silent routine. The row is shown "please check" (pure).
import { analyteByCode } from '../knowledge/reference-ranges.js';
import { normalizeUnit, unitFits } from '../knowledge/units.js';
import { isWholeWord } from './intake/name-words.js';
import { matchVocabulary } from './intake/ocr-vocabulary.js';
import { possibleFor, rangeIsAnalytes } from './intake/plausible.js';
import type { LabResult } from './types.js';

/** The row read as the analyte its misspelt name stands for, or undefined (no such analyte, or the row is not its). */
export function repairTypedName(r: LabResult, lineText: string, parse: (text: string) => LabResult[]): LabResult | undefined {
  if (r.code || r.value === null || !Number.isFinite(r.value) || isWholeWord(r.name)) return undefined;
  const m = matchVocabulary(r.name);
  // The whole name is the misspelt alias: a word beside it ("Urine Potassium", "Sodium valproate") is another test or
  // another specimen, never dropped.
  if (!m || /[\p{L}\d]/u.test(r.name.slice(0, m.start) + r.name.slice(m.end))) return undefined;
  const at = lineText.indexOf(r.name);
  if (at < 0) return undefined;
  const again = parse(`${lineText.slice(0, at)}${m.alias}${lineText.slice(at + r.name.length)}`).find(
    (x) => x.code !== undefined && m.codes.includes(x.code) && x.valueText === r.valueText,
  );
  const an = again?.code ? analyteByCode(again.code) : undefined;
  if (!again || !an || an.qualitative) return undefined;
  const unit = r.unit?.trim() ? r.unit : undefined;
  if (unit && !unitFits(an, unit) && normalizeUnit(an.unit) !== normalizeUnit(unit)) return undefined;
  const printed = r.range?.origin === 'report' ? r.range : undefined;
  if (printed && printed.low !== undefined && printed.high !== undefined && !rangeIsAnalytes(an, printed.low, printed.high)) return undefined;
  if (!possibleFor(an, unit, r.value)) return undefined;
  return { ...again, name: r.name, line: r.line, read: { status: 'check' } };
}
