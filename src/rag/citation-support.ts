// Does the cited passage bear on the sentence citing it? A lexical check (no model): the share of the
// sentence's content terms found in the passages it cites. A mis-citation (model citing [1] for a fact from
// [2], or from memory) shows up as near-zero overlap. Cross-language citations (a Chinese sentence citing an
// English page) cannot be checked this way and are skipped rather than flagged.
import { detectLang } from '../core/lang.js';
import { splitSentences } from './citation-check.js';
import { termSet } from './lexical-terms.js';
import type { PackagedSource } from './package-sources.js';

const MARKER = /[[【]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】]/g;

export interface WeakCitation {
  sentence: string;
  cited: number[];
  /** Share of the sentence's content terms present in the cited passages (0–1). */
  support: number;
}

export function findWeakCitations(answer: string, sources: PackagedSource[], minSupport = 0.2): WeakCitation[] {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const passageTerms = new Map(sources.map((s) => [s.n, termSet(`${s.hit.title} ${s.hit.section} ${s.text}`)]));
  const weak: WeakCitation[] = [];
  for (const sentence of splitSentences(answer)) {
    const cited = [...sentence.matchAll(MARKER)].flatMap((m) => m[1].split(/[,，、]/).map((x) => Number(x.trim()))).filter((n) => byN.has(n));
    if (cited.length === 0) continue;
    const lang = detectLang(sentence);
    if (cited.some((n) => byN.get(n)!.hit.lang !== lang)) continue;
    const terms = termSet(sentence.replace(MARKER, ''));
    if (terms.size < 3) continue; // too short to judge
    let found = 0;
    for (const t of terms) if (cited.some((n) => passageTerms.get(n)!.has(t))) found++;
    const support = found / terms.size;
    if (support < minSupport) weak.push({ sentence, cited, support: Math.round(support * 100) / 100 });
  }
  return weak;
}
