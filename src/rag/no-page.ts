// "No page about X": a question that names a medicine the knowledge base has no page about (no retrieved passage is
// titled with it or belongs to a document about it) is told so, instead of being shown passages that merely share its
// other words as if they answered it. The names come from the shared medicine detector (knowledge/drugs.ts: INN
// stems and Chinese generic endings, plus the drug lexicon when the caller has one loaded). Pure.
import type { SearchHit } from '../core/types.js';
import { BEFORE_MEDICINE_ZH, type DrugLexicon, findMedicineNames } from '../knowledge/drugs.js';

/** Medicine names of the question that no retrieved passage is about (its title or its `about` topic), in order. */
export function namesWithoutPage(
  question: string,
  hits: readonly Pick<SearchHit, 'title' | 'about'>[],
  lexicon?: DrugLexicon,
  /** Other names the knowledge base says it has no page about (conditions: Retriever.unpagedNames). */
  unpaged: readonly string[] = [],
): string[] {
  const names = findMedicineNames(question, lexicon);
  if (names.length === 0 && unpaged.length === 0) return [];
  const said = hits.map((h) => `${h.title}\n${h.about ?? ''}`.toLowerCase());
  const asked = question.toLowerCase();
  // A Chinese name is found by its ending (地平, 洛芬): shown whole, up to the word before it (吃氨氯地平 → 氨氯地平).
  const medicines = names.map((n) => (HAN.test(n) ? widen(question, n) : n));
  // A name inside a longer one already listed (拉唑 in 奥美拉唑) is that name.
  const whole = [...new Set([...medicines, ...unpaged])].filter((n, _, all) => !all.some((m) => m !== n && m.toLowerCase().includes(n.toLowerCase())));
  return whole.filter((n) => asked.includes(n.toLowerCase()) && !said.some((t) => t.includes(n.toLowerCase())));
}

const HAN = /\p{Script=Han}/u;

/** Pure: a Chinese medicine name found by its ending, widened left to at most six characters within its word (never
 * over a pronoun or a verb of taking: BEFORE_MEDICINE_ZH). */
export function widen(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  let start = at;
  while (start > 0 && at + name.length - start < 6 && HAN.test(text[start - 1]) && !BEFORE_MEDICINE_ZH.test(text[start - 1])) start--;
  return text.slice(start, at + name.length);
}
