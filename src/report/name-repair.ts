// A test name misspelt in pasted text ("Potasium 7.2 mmol/L", "Haemaglobin 5.0 g/dL", "血红蛋自 52 g/L") is read against
// the closed analyte table with the same weighted edit distance the photo reader uses (intake/ocr-vocabulary.ts), and
// kept only when the row itself is that analyte's: its printed unit one the analyte is printed in, its printed range
// the analyte's range, its value possible for the analyte. A real test the table lacks that is spelt like one of ours
// ("Haptoglobin 0.1 g/L (0.3-2.0)", "Prealbumin 0.25 g/L", 肌红蛋白) fails one of these, or is one whole dictionary word.
// Review s19 R6: a misspelt potassium of 7.2 was a silent routine. The row is shown "please check" (pure).
//
// The name is read as qualifier words around one misspelt alias (review s20 R4): specimen and measurement words
// ("Pottasium, serum", "Potasium level") are the same test, an inflection glued to the alias ("Hemoglobin|e",
// "Platelet|es") is the alias, and any other word ("Urine Potassium", "Sodium valproate") is another test. A name that
// is a word of its own ("Lactose", "Creatine", 降钙素) is another substance, never repaired (review s20 R5). A Chinese
// name typed with a pinyin input method picks a homophone (血甲 for 血钾, 血纳 for 血钠): the same characters or ones
// that sound alike (knowledge/name-sound.ts), the same guards.
import { type Analyte, analyteByCode } from '../knowledge/reference-ranges.js';
import { soundAlikeZh } from '../knowledge/name-sound.js';
import { normalizeUnit, unitFits } from '../knowledge/units.js';
import { aliasVocabulary } from './alias-index.js';
import { isWholeWord } from './intake/name-words.js';
import { matchVocabulary } from './intake/ocr-vocabulary.js';
import { possibleFor } from './intake/plausible.js';
import type { LabResult } from './types.js';
import { anotherSubstance, rangeAgrees, wholeRowFits } from './unit-reading.js';

/** Words that say where or how a test was measured, never which test: the same analyte with or without them. */
const QUALIFIER =
  /^(?:serum|plasma|blood|whole|venous|arterial|capillary|fasting|random|level|levels|total|count|conc|concentration|result|value|adjusted|corrected|血清|血浆|全血|静脉|动脉|空腹|随机|测定|浓度)$/i;

/** The name without qualifier words at either end: [start, end) in the name, or undefined when nothing is left. */
function coreSpan(name: string): { start: number; end: number } | undefined {
  const words = [...name.matchAll(/[^\s,，、:：()（）[\]]+/g)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  let i = 0;
  let j = words.length;
  while (i < j && QUALIFIER.test(words[i].text)) i++;
  while (j > i && QUALIFIER.test(words[j - 1].text)) j--;
  if (i >= j) return undefined;
  return { start: words[i].start, end: words[j - 1].start + words[j - 1].text.length };
}

/** A Chinese alias the name's characters spell by sound: each the alias's own character or a homophone, one at least own. */
function homophoneAlias(core: string): { alias: string; codes: string[] } | undefined {
  const chars = [...core];
  if (chars.length < 2 || !chars.every((c) => /[\u4e00-\u9fa5]/.test(c))) return undefined;
  const hits = aliasVocabulary().filter((e) => {
    const a = [...e.key];
    if (a.length !== chars.length || a.some((c) => !/[\u4e00-\u9fa5]/.test(c))) return false;
    const same = a.filter((c, k) => c === chars[k]).length;
    const sound = a.filter((c, k) => c !== chars[k] && soundAlikeZh(c, chars[k])).length;
    return same >= 1 && same + sound === a.length && sound <= Math.ceil(a.length / 3);
  });
  const codes = new Set(hits.map((h) => h.codes.join()));
  return hits.length && codes.size === 1 ? { alias: hits[0].alias, codes: hits[0].codes } : undefined;
}

/** The row read as the analyte its misspelt name stands for, or undefined (no such analyte, or the row is not its). */
export function repairTypedName(r: LabResult, lineText: string, parse: (text: string) => LabResult[]): LabResult | undefined {
  if (r.code || r.value === null || !Number.isFinite(r.value) || isWholeWord(r.name)) return undefined;
  const span = coreSpan(r.name);
  if (!span) return undefined;
  const core = r.name.slice(span.start, span.end);
  let found: { alias: string; codes: string[]; start: number; end: number; substance?: boolean } | undefined;
  const m = matchVocabulary(core);
  if (m) {
    // Beside the alias only an inflection glued to it ("Hemoglobin|e", "Neutrophil|ls"): a word apart is another test.
    const before = core.slice(0, m.start);
    const after = core.slice(m.end);
    const inflection = /^[a-z]{0,2}$/.test(after) && !/[\p{L}\d]/u.test(before);
    // A word of another substance ("Creatine", "Lactose") is kept as one unless its printed unit and range both fit
    // the analyte (checked below): name, unit and range agreeing is the analyte misspelt (review s21 R3).
    if (inflection) found = { alias: m.alias, codes: m.codes, start: m.start, end: core.length, substance: anotherSubstance(core, m.alias) };
  } else {
    const h = homophoneAlias(core);
    if (h) found = { ...h, start: 0, end: core.length };
  }
  if (!found) return undefined;
  const at = lineText.indexOf(r.name);
  if (at < 0) return undefined;
  const from = at + span.start + found.start;
  const to = at + span.start + found.end;
  const again = parse(`${lineText.slice(0, from)}${found.alias}${lineText.slice(to)}`).find(
    (x) => x.code !== undefined && found.codes.includes(x.code) && x.valueText === r.valueText,
  );
  const an: Analyte | undefined = again?.code ? analyteByCode(again.code) : undefined;
  if (!again || !an || an.qualitative) return undefined;
  const unit = r.unit?.trim() ? r.unit : undefined;
  if (unit && !unitFits(an, unit) && normalizeUnit(an.unit) !== normalizeUnit(unit)) return undefined;
  const printed = r.range?.origin === 'report' ? r.range : undefined;
  if (printed && !rangeAgrees(an, printed, unit)) return undefined;
  if (found.substance && !wholeRowFits(an, unit, printed)) return undefined;
  if (!possibleFor(an, unit, r.value)) return undefined;
  return { ...again, name: r.name, line: r.line, read: { status: 'check' } };
}
