// Test-only in-memory Retriever over real MedQuAD answers (RAG unit tests run without SQLite).
// Scoring is plain term overlap: the point is realistic passages, not retrieval quality.
import { readFileSync } from 'node:fs';
import type { Authority, SearchHit } from '../../src/core/types.js';
import type { Retriever, SearchOptions } from '../../src/retrieval/store.js';
import { termSet } from '../../src/rag/lexical-terms.js';
import { sharedPath } from './shared-data.js';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** One hit per answered QA pair of each MedQuAD file (paths relative to kb/medquad). */
export function medquadHits(files: string[], authority: Authority = 'B'): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const rel of files) {
    const xml = readFileSync(sharedPath('kb', 'medquad', ...rel.split('/')), 'utf8');
    const docId = /<Document id="([^"]+)"/.exec(xml)?.[1] ?? rel;
    const source = /source="([^"]+)"/.exec(xml)?.[1] ?? 'MedQuAD';
    const url = /url="([^"]+)"/.exec(xml)?.[1];
    const focus = decode(/<Focus>([^<]*)<\/Focus>/.exec(xml)?.[1] ?? rel);
    let i = 0;
    for (const m of xml.matchAll(/<Question[^>]*>([^<]*)<\/Question>\s*<Answer>([\s\S]*?)<\/Answer>/g)) {
      const text = decode(m[2]).replace(/\s+/g, ' ').trim();
      if (!text) continue;
      i++;
      hits.push({
        id: `${source}-${docId}#${i}`,
        docId: `${source}-${docId}`,
        title: focus,
        section: decode(m[1]).trim(),
        source,
        authority,
        lang: 'en',
        score: 0,
        text,
        ...(url ? { url } : {}),
      });
    }
  }
  return hits;
}

export function memoryRetriever(hits: SearchHit[]): Retriever & { queries: string[] } {
  const terms = hits.map((h) => termSet(`${h.title} ${h.section} ${h.text}`));
  const queries: string[] = [];
  return {
    queries,
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      queries.push(query);
      const q = termSet(query);
      return hits
        .map((h, i) => ({ h, score: [...q].filter((t) => terms[i].has(t)).length + (q.has(h.title.toLowerCase()) ? 2 : 0) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.k ?? 10)
        .map(({ h, score }) => ({ ...h, score }));
    },
  };
}
