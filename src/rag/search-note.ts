// "No page about X" for a search list: the same gate the chat answer states (no-page.ts), so /api/search, too, says
// when the knowledge base has no page about the medicine or condition the question is about instead of showing
// passages that only share its other words as if they answered it (session 40: the blind judge found search "on topic
// or no page declared" 17.9 % against chat's 42.9 %, the gap being exactly that search never said so).
// A short list (k = 3, one subject) is no proof that a page is missing, so a name the shown list has no page for is
// checked against the pool the chat answer reads (the question and its rewordings, ANSWER_DEFAULTS.k each, no
// source or authority filter): a page anywhere in that pool, under any of its names, keeps the note away.
import type { Lang, SearchHit } from '../core/types.js';
import type { Retriever } from '../retrieval/store.js';
import { toSimplified } from '../core/han-variants.js';
import { detectLang } from '../core/lang.js';
import { analyzeQuery } from './analyze-query.js';
import { evidenceLabels } from './evidence-answer.js';
import { namesWithoutPage } from './no-page.js';
import { ANSWER_DEFAULTS } from './options.js';

export interface NoPageNote {
  /** The names the question says that no page of the knowledge base is about, as written. */
  names: string[];
  /** The sentence shown before the list (the chat answer's own wording). */
  note: string;
  lang: Lang;
}

type PageHit = Pick<SearchHit, 'title' | 'about'>;

/**
 * The note for a search list, or undefined when every name the question says has a page (in the list shown or in the
 * chat's retrieval pool). Reads the retriever only when the shown list leaves a name without a page.
 */
export async function searchNoPage(question: string, shown: readonly PageHit[], retriever: Retriever): Promise<NoPageNote | undefined> {
  const text = toSimplified(question.trim());
  if (!text) return undefined;
  const unpaged = retriever.unpagedNames?.(text) ?? [];
  const first = namesWithoutPage(text, shown, undefined, unpaged);
  if (first.length === 0) return undefined;
  const analysis = analyzeQuery(text);
  const queries = [...new Set([analysis.retrievalQuery, ...analysis.rewordings])];
  const pool = (await Promise.all(queries.map((q) => retriever.search(q, { k: ANSWER_DEFAULTS.k })))).flat();
  const names = namesWithoutPage(text, [...shown, ...pool], undefined, unpaged);
  if (names.length === 0) return undefined;
  const lang = detectLang(text);
  return { names, note: evidenceLabels(lang).noPage(names.join(lang === 'zh' ? '”、“' : ', ')), lang };
}
