// The facts a near-duplicate merge must not blur: numbers with their units (doses, ranges, durations) and drug
// names. Two texts whose facts differ are different answers however similar their wording ("布洛芬每次0.2g" vs
// "对乙酰氨基酚每次0.5g"), so their LSH candidate edge is rejected.
import { createHash } from 'node:crypto';
import { createDrugLexicon, getDrugLexicon, type DrugLexicon } from '../../knowledge/drugs.js';
import { numberSpans, spanKey } from '../normalise/number-spans.js';

export interface FactsKeyer {
  facts(text: string): { numbers: string[]; drugs: string[] };
  /** A short hash of the facts (equal facts ⇔ equal key, up to hash collisions). */
  key(text: string): string;
}

export function createFactsKeyer(termsDir?: string): FactsKeyer {
  const lex: DrugLexicon = termsDir ? getDrugLexicon(termsDir) : createDrugLexicon();
  const facts = (text: string): { numbers: string[]; drugs: string[] } => ({
    numbers: [
      ...new Set(
        numberSpans(text)
          .filter((s) => s.unit !== '(list)')
          .map(spanKey),
      ),
    ].sort(),
    drugs: [...new Set(lex.findDrugs(text, 50))].sort(),
  });
  return {
    facts,
    key: (text) =>
      createHash('sha1')
        .update(JSON.stringify(facts(text)))
        .digest('base64')
        .slice(0, 12),
  };
}
