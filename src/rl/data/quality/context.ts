// The resources label checks read, loaded once from a terminology folder: the ICD-10 clinical edition, the
// drug lexicon, the drug-class indication table and the symptom dictionary. Missing files leave a resource
// out (the checks that need it then flag items as unverifiable rather than pass them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDrugIndications } from '../../../knowledge/drug-indications.js';
import { DRUG_DICT_FILE, getDrugLexicon, NMPA_DRUG_FILE } from '../../../knowledge/drugs.js';
import { getIcd10, ICD10_FILE } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import type { QualityContext } from './types.js';

export const SYMPTOM_DICT_FILE = join('entity-dict-zh', 'symptom.txt');

export function loadQualityContext(termsDir: string): QualityContext {
  const ctx: QualityContext = {};
  if (existsSync(join(termsDir, ICD10_FILE))) ctx.icd = getIcd10(join(termsDir, ICD10_FILE));
  if (existsSync(join(termsDir, DRUG_DICT_FILE)) || existsSync(join(termsDir, NMPA_DRUG_FILE))) {
    const drugs = getDrugLexicon(termsDir);
    ctx.drugs = drugs;
    ctx.indications = createDrugIndications(undefined, (s) => drugs.canonical(s));
  }
  const sym = join(termsDir, SYMPTOM_DICT_FILE);
  if (existsSync(sym))
    ctx.symptomNames = new Set(
      readFileSync(sym, 'utf8')
        .split('\n')
        .map(normTerm)
        .filter((s) => s.length >= 2),
    );
  return ctx;
}
