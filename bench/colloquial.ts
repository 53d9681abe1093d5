// The colloquial query set (bench/data/colloquial-queries.jsonl, our own text): questions worded the way patients
// type them ("小孩发烧39度…", "my kid keeps throwing up"), each naming its target by a stable key resolved against the
// built index: Chinese → the disease-KG document titled with the disease name; English → MedQuAD documents whose
// focus is one of the listed names (a focus spans several QA documents; any of them is a hit).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ColloquialQuery {
  text: string;
  lang: 'zh' | 'en';
  /** Every document id that counts as a hit. */
  docIds: Set<string>;
}

interface Line {
  lang: 'zh' | 'en';
  query: string;
  target: string[];
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'data', 'colloquial-queries.jsonl');

/** Resolve each line's targets; a target that names no document is an error (the set would silently shrink). */
export function loadColloquialQueries(kgByTitle: Map<string, string[]>, medquadByFocus: Map<string, string[]>): ColloquialQuery[] {
  const lines = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return lines.map((raw, i) => {
    const l = JSON.parse(raw) as Line;
    const index = l.lang === 'zh' ? kgByTitle : medquadByFocus;
    const ids = l.target.flatMap((t) => index.get(l.lang === 'zh' ? t : t.toLowerCase()) ?? []);
    if (ids.length === 0)
      throw new Error(`${FILE}:${i + 1}: target ${JSON.stringify(l.target)} names no ${l.lang === 'zh' ? 'disease-KG title' : 'MedQuAD focus'}`);
    return { text: l.query, lang: l.lang, docIds: new Set(ids) };
  });
}
