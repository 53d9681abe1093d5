// The drug lexicon the built-in tables make (issue #12: one home): every generic of the indication table's classes
// (drug-indications.ts), the seed aliases (brands, Chinese names) always, and any extra classes and aliases a caller's
// own table adds (supplements). Needs no terminology folder, so rules that read medicine names work on a fresh install.
// Each caller keeps its own copy (kb-claims.ts, essential-medicines.ts build theirs once).
import { DRUG_CLASSES, type DrugClass } from './drug-indications.js';
import { createDrugLexicon, type DrugLexicon } from './drugs.js';

/** The lexicon of the built-in drug classes, plus `extra` classes and aliases when a table adds its own. */
export function builtInDrugLexicon(extra: { classes: readonly DrugClass[]; aliases: Record<string, string[]> } | undefined = undefined): DrugLexicon {
  const classes = [...DRUG_CLASSES, ...(extra?.classes ?? [])];
  return createDrugLexicon({ names: classes.flatMap((c) => c.drugs), aliases: extra?.aliases });
}
