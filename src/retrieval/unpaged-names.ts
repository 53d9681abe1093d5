// Conditions a question names that the knowledge base knows only as a word, not as a page: 狂犬病 is in its disease
// vocabulary (other pages list it as a complication or a differential) but no page is about it. The answer then says
// "the knowledge base has no page about 狂犬病" instead of citing pages that merely share the question's other words
// as if they answered it (rag/no-page.ts states it). The vocabulary is the KB's own disease names (doc_terms, entity
// dictionaries loaded with --terms) and the bilingual condition names (knowledge/bilingual-terms.ts); the page check
// is the topic index (any title, alias, lay or translated name of a page counts as a page). Pure.
import { createNameTrie } from '../knowledge/name-trie.js';

export interface UnpagedNamesInput {
  /** Condition names the KB's vocabulary holds (Chinese names of 3+ characters, English names of 2+ words). */
  names: Iterable<string>;
  /** True when some page is about the name (the topic index finds it, as written). */
  hasPage: (name: string) => boolean;
  /** True for a name the KB types as a symptom or examination (a finding needs no page of its own to be answered). */
  isSymptom: (name: string) => boolean;
}

export interface UnpagedNames {
  /** Condition names in the question, as written, that no page is about, in order of appearance. */
  find(question: string): string[];
}

const HAN = /\p{Script=Han}/u;

const usable = (n: string) => (HAN.test(n) ? n.length >= 3 && n.length <= 12 : /^[a-z][a-z' -]+ [a-z' -]+$/i.test(n) && n.length <= 40);

export function createUnpagedNames(input: UnpagedNamesInput): UnpagedNames {
  const entries = [...new Set(input.names)]
    .map((n) => n.trim())
    .filter((n) => usable(n) && !input.isSymptom(n))
    .map((n) => [HAN.test(n) ? n : ` ${n.toLowerCase()} `, n] as const);
  const trie = createNameTrie(entries);
  return {
    find(question) {
      const out: string[] = [];
      const zh = question;
      const en = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
      for (const [text, latin] of [
        [zh, false],
        [en, true],
      ] as const) {
        for (let i = 0; i < text.length; i++) {
          if (latin && text[i] !== ' ') continue;
          const hit = trie.longestAt(text, i);
          if (!hit) continue;
          const name = hit.value;
          if (!out.includes(name) && !input.hasPage(name)) out.push(name);
          i = hit.end - (latin ? 2 : 1);
        }
      }
      return out;
    },
  };
}
