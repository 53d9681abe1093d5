// The off-topic check's vocabulary from a terms folder the user gives (entity-dict-zh): disease, symptom, drug and
// examination names. I/O at the edge; the check itself (content-fit.ts) is pure.
import { readEntityDicts, resolveTermsDir } from '../../knowledge/terminology.js';
import { createMedicalVocabulary, type MedicalVocabulary } from './content-fit.js';

const MEDICAL_TYPES = new Set(['disease', 'symptom', 'drug', 'check']);

/** Throws the terminology's typed error (TERMS_DIR_INVALID) when the folder does not exist. */
export function loadMedicalVocabulary(termsDir: string): MedicalVocabulary {
  const dir = resolveTermsDir(termsDir) ?? termsDir;
  return createMedicalVocabulary(
    readEntityDicts(dir)
      .filter((e) => MEDICAL_TYPES.has(e.type))
      .map((e) => e.term),
  );
}
