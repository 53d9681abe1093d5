// The danger reading's own page leads the evidence. When triage fires an emergency red flag, the knowledge base's
// guidance page for that red flag (starter pack, generated from the same rules) is the one passage that certainly
// applies, yet a lay question rarely shares its words: "got stung by a bee and my throat is swelling" fired
// anaphylaxis while chat led with "Edema" and search with "First Aid" (session-12 review). Retrieval is widened by one
// bounded second query — the guidance page's own title, within the starter source — and the page's best passage is
// put first (chat: prepare-answer.ts; search: knowledge-base.ts's one-subject lists). Acts only on positive, local evidence (a fired emergency red flag and a page with that exact id);
// nothing is dropped for it except what no longer fits the source count.
import type { SearchHit } from '../core/types.js';
import { STARTER_SOURCE } from '../knowledge/starter/metadata.js';
import type { Retriever } from './store.js';
import { guidancePagesFor } from '../safety/red-flags/emergency-docs.js';
import type { Triage } from '../safety/types.js';

/** How many passages the second query reads: a guidance page has four sections. */
const SECOND_QUERY_K = 4;

/**
 * The passage of the first fired emergency red flag's guidance page, in the question's language (English for any
 * other): taken from the hits retrieval already has, else from one search by the page's title. Undefined when triage
 * is not an emergency, the red flag has no page, the knowledge base lacks it, or the second query fails (the
 * triage message still leads the answer).
 */
export async function redFlagLead(
  retriever: Retriever,
  triage: Pick<Triage, 'level' | 'reasons'>,
  lang: string,
  retrieved: readonly SearchHit[],
): Promise<SearchHit | undefined> {
  if (triage.level !== 'emergency') return undefined;
  const [page] = guidancePagesFor(triage.reasons, lang === 'zh' ? 'zh' : 'en');
  if (!page) return undefined;
  const have = retrieved.find((h) => h.docId === page.id);
  if (have) return have;
  try {
    return (await retriever.search(page.title, { k: SECOND_QUERY_K, sources: [STARTER_SOURCE] })).find((h) => h.docId === page.id);
  } catch {
    return undefined;
  }
}
