// Rational drug use: the drugs a response recommends (JSON first, else dictionary matches in the visible
// answer) are normalised to canonical generic names (brand/English/salt/dosage form folded) and scored by F1.
// With the disease's ICD-10 code and the drug-class indication table, a drug that is not in the gold but is
// indicated for the disease fills a missing gold slot (a clinically right alternative), while a drug the table
// places elsewhere — or does not know — counts against precision. Credit never exceeds the complete answer's.
import { createDrugLexicon, type DrugLexicon } from '../../knowledge/drugs.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import { namesOf, round3, setMatch } from './set-match.js';
import type { RuleVerifier, Score } from './types.js';

export interface DrugReference {
  drugs: string[];
  /** The disease's ICD-10 code (knowledge-graph items), for indication-aware credit. */
  icd?: string;
  /** Only accept a JSON answer ({"drugs": [...]}) — the task's requested format. */
  strict?: boolean;
}

const JSON_KEYS = ['drugs', 'drug', 'medications', 'medicines', '药物', '用药', 'answer'] as const;
let fallbackLexicon: DrugLexicon | undefined;

export const verifyDrugs: RuleVerifier<DrugReference> = (response, ref, ctx): Score => {
  const lex = ctx.drugs ?? (fallbackLexicon ??= createDrugLexicon());
  const gold = [...new Set(ref.drugs.map((d) => lex.canonical(d)))];
  const ex = extractAnswer(response, null, { strictFormat: ref.strict ? 'json' : undefined, jsonKeys: JSON_KEYS });
  let names: string[];
  let formatOk = false;
  if (ex.via === 'json' && ex.json) {
    const key = JSON_KEYS.find((k) => k in ex.json!);
    names = namesOf(key ? ex.json[key] : []);
    formatOk = true;
    if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, formatOk };
  } else if (ex.via === 'tag' && ex.answer) {
    names = lex.findDrugs(ex.answer);
    formatOk = true;
  } else {
    if (ref.strict) return { score: 0, reason: 'no-json-answer', acc: false, formatOk: false };
    const visible = visibleAnswer(response);
    names = visible ? lex.findDrugs(visible.length > 4000 ? visible.slice(-4000) : visible) : [];
  }
  const pred = [...new Set(names.map((n) => lex.canonical(n)))];
  if (pred.length === 0) return { score: 0, reason: 'no-drugs', acc: false, formatOk };
  const matchesGold = (p: string, g: number) => p === gold[g] || (p.length >= 3 && gold[g].length >= 3 && (p.includes(gold[g]) || gold[g].includes(p)));
  const code = ref.icd && ctx.indications ? parseIcdCode(ref.icd) : null;
  const indicated = (p: string) => !!code && ctx.indications!.status(p, code) === 'indicated';
  const m = setMatch(pred, gold.length, matchesGold);
  // Alternatives: predicted drugs outside the gold that are indicated for the disease.
  const alternatives = code ? pred.filter((p) => !gold.some((_, g) => matchesGold(p, g)) && indicated(p)).length : 0;
  const recall = Math.min(gold.length, m.matchedGold + alternatives) / gold.length;
  const precision = (m.precision * pred.length + alternatives) / pred.length;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  const exact = recall === 1 && precision === 1;
  return {
    score: round3(f1),
    reason: exact ? (alternatives ? `indicated-alternative×${alternatives}` : 'exact') : `p=${round3(precision)} r=${round3(recall)}`,
    acc: exact,
    pred: pred.join(','),
    formatOk,
  };
};
