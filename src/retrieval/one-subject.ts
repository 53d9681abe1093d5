// One subject per list: a search list keeps its best hit and, after it, only passages about the same subject — the
// same document as a passage already kept, or a document whose title names a word of the question. A passage that
// shares the question's words only in its body is a page about something else (the judged lists of evidence-q-8…12:
// "Tetanus · Animal Bites · Ingrown toe nail" for a rusty nail; "Raynaud's Disease · Hemolytic Anemia · Skin Cancer"
// for fingers turning white in the cold), and a reader takes every row of a short list as applying to the question.
// Only the order search chose is used: nothing is ranked up, and the best hit always stays. Pure.
import type { SearchHit } from '../core/types.js';

/**
 * The hits of one subject, in their order: the first hit, then each hit of a document already kept (by id, or by
 * the same title: one page split into documents per section) or whose title shares a term with the question.
 * `termsOf` must be the analyzer the question's terms came from, so title and question are read alike.
 */
export function oneSubject<H extends Pick<SearchHit, 'docId' | 'title'>>(
  hits: readonly H[],
  questionTerms: ReadonlySet<string>,
  termsOf: (text: string) => readonly string[],
): H[] {
  const [first, ...rest] = hits;
  if (!first) return [];
  const docs = new Set([first.docId]);
  const titles = new Set([titleKey(first.title)]);
  const kept = [first];
  for (const h of rest) {
    const same = docs.has(h.docId) || titles.has(titleKey(h.title));
    if (!same && !termsOf(h.title).some((t) => questionTerms.has(t))) continue;
    kept.push(h);
    docs.add(h.docId);
    titles.add(titleKey(h.title));
  }
  return kept;
}

const titleKey = (title: string) => title.trim().toLowerCase();
