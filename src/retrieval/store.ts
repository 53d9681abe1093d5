import type { Authority, Lang, SearchHit } from '../core/types.js';

export interface SearchOptions {
  /** Number of hits (default 10). */
  k?: number;
  lang?: Lang;
  sources?: string[];
  /** Keep only documents at this authority or better (A best). */
  minAuthority?: Authority;
  /** Expand the query with terminology synonyms (default true). */
  expand?: boolean;
  /** A question that names no condition may take the condition it describes as its topic (described-topic.ts; default true). */
  described?: boolean;
  /** …also by the lay words patients use for it (lay-description.ts), when its sources' description agrees (default true). */
  lay?: boolean;
  /** …also by the symptom checker's reading of the described findings (knowledge/symptom-checker; default true). */
  checker?: boolean;
  /** An injury's name said as a sensation ("it burns when I pee") is read as a finding, not the injury's page
   *  (sensation-sense.ts; default true). */
  sensationSense?: boolean;
  /** A malignancy page is shown only to a question that asks about cancer or names that page (knowledge/malignancy.ts;
   *  default true). */
  malignancyGuard?: boolean;
  /** A question whose only names are pages about no condition (a medicine, test, life stage) said in passing takes the
   *  condition it describes as its topic (described-choice.ts describedOverNamedOther; default true). */
  namedOther?: boolean;
  /** An emergency-guidance page is shown only where the question's triage fires a red flag or rates it urgent or an
   *  emergency, the question names the page, or `sources` limits the search (knowledge-base.ts; default true). */
  guidanceScope?: boolean;
  /** 'bm25' lexical only; 'hybrid' fuses vectors when an embedder is configured (default 'hybrid'). */
  mode?: 'bm25' | 'hybrid';
  /** Keep the best hit and after it only passages of the same subject: its document, or a title naming a word of the
   * question (one-subject.ts; default false — the chat pipeline judges every candidate itself). */
  oneSubject?: boolean;
}

/** What retrieval consumers (RAG, eval, server) see; the SQLite knowledge base implements it. */
export interface Retriever {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Names (conditions, medicines, tests) the question says that the knowledge base has no page about, when it can tell. */
  unpagedNames?(question: string): string[];
}
