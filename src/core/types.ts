// Shared domain types. Every subsystem speaks these; nothing here does I/O.
import type { ContentFlag } from './content-flags.js';

/** Authority of a source, as in the QuarkMed report: A guidelines/consensus … E web Q&A. */
export type Authority = 'A' | 'B' | 'C' | 'D' | 'E';
export const AUTHORITIES: readonly Authority[] = ['A', 'B', 'C', 'D', 'E'];

export type Lang = 'zh' | 'en' | 'other';

export interface DocSection {
  /** Heading path from the document root, e.g. ["Treatment", "Drugs"]. */
  path: string[];
  text: string;
}

/** A knowledge document as the knowledge base stores it. */
export interface Doc {
  id: string;
  title: string;
  sections: DocSection[];
  /** Full text (sections joined); loaders fill it so hashing and search see one string. */
  text: string;
  source: string;
  url?: string;
  lang: Lang;
  authority: Authority;
  /** ISO date (YYYY or YYYY-MM-DD) when the source gives one. */
  date?: string;
  metadata: Record<string, unknown>;
}

export interface Chunk {
  id: string;
  docId: string;
  ordinal: number;
  title: string;
  sectionPath: string[];
  text: string;
}

/** One retrieval result (the `kb search --json` contract). */
export interface SearchHit {
  id: string;
  docId: string;
  title: string;
  section: string;
  source: string;
  authority: Authority;
  lang: Lang;
  score: number;
  text: string;
  url?: string;
  /** The topic the question names that this passage's document is about (as the question wrote it); absent when
   * the document only shares words with the question. */
  about?: string;
  /** Screening flags stored with the chunk at ingest (absent = clean); see core/content-flags.ts. */
  flags?: ContentFlag[];
}

export function isAuthority(value: unknown): value is Authority {
  return typeof value === 'string' && (AUTHORITIES as readonly string[]).includes(value);
}

/** A is most authoritative; rank(A)=0 … rank(E)=4. */
export function authorityRank(a: Authority): number {
  return AUTHORITIES.indexOf(a);
}
