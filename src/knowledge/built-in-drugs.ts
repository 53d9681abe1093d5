// The drug lexicon the built-in tables make (issue #12: one home): every generic of the indication table's classes
// (drug-indications.ts), the seed aliases (brands, Chinese names) always, and any extra classes and aliases a caller's
// own table adds (supplements). Needs no terminology folder, so rules that read medicine names work on a fresh install.
// Built once per table set (a name trie over a few thousand keys).
import { DRUG_CLASSES, type DrugClass } from './drug-indications.js';
import { createDrugLexicon, type DrugLexicon } from './drugs.js';

const built = new Map<string, DrugLexicon>();

/** The lexicon of the built-in drug classes, plus `extra` classes and aliases when a table adds its own. */
export function builtInDrugLexicon(
  extra: { key: string; classes: readonly DrugClass[]; aliases: Record<string, string[]> } | undefined = undefined,
): DrugLexicon {
  const key = extra?.key ?? '';
  let lex = built.get(key);
  if (!lex) {
    const classes = [...DRUG_CLASSES, ...(extra?.classes ?? [])];
    lex = createDrugLexicon({ names: classes.flatMap((c) => c.drugs), aliases: extra?.aliases });
    built.set(key, lex);
  }
  return lex;
}
