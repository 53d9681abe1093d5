// Building and fingerprinting documents: the one place that decides how sections become `text`.
import { createHash } from 'node:crypto';
import type { Authority, Doc, DocSection, Lang } from '../core/types.js';

export interface DocInput {
  id: string;
  title: string;
  sections: DocSection[];
  source: string;
  url?: string;
  lang: Lang;
  authority: Authority;
  date?: string;
  metadata?: Record<string, unknown>;
}

/** Sections joined with their headings, so hashing and full-text search see one string. */
export function joinSections(sections: DocSection[]): string {
  const parts: string[] = [];
  for (const s of sections) {
    const head = s.path.length > 0 ? `${s.path.join(' > ')}\n` : '';
    parts.push(`${head}${s.text}`);
  }
  return parts.join('\n\n');
}

/** Collapse runs of spaces/tabs and blank lines; keep paragraph breaks (chunking splits on them). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v \u00a0\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A Doc with cleaned sections (empty ones dropped) and its `text` filled. */
export function makeDoc(input: DocInput): Doc {
  const sections = input.sections.map((s) => ({ path: s.path.map((p) => p.trim()).filter(Boolean), text: cleanText(s.text) })).filter((s) => s.text.length > 0);
  const doc: Doc = {
    id: input.id,
    title: cleanText(input.title).replace(/\n/g, ' '),
    sections,
    text: joinSections(sections),
    source: input.source,
    lang: input.lang,
    authority: input.authority,
    metadata: input.metadata ?? {},
  };
  if (input.url) doc.url = input.url;
  if (input.date) doc.date = input.date;
  return doc;
}

/** Content hash over everything that is stored, so any change re-indexes the document. */
export function docHash(doc: Doc): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([doc.title, doc.sections, doc.source, doc.url ?? '', doc.lang, doc.authority, doc.date ?? '', doc.metadata]));
  return h.digest('hex').slice(0, 32);
}

/** A document id safe for URLs and citations: `<source>:<local id>` with spaces and slashes folded. */
export function docId(source: string, local: string): string {
  return `${source}:${local.trim().replace(/[\s/\\#?]+/g, '_')}`;
}
