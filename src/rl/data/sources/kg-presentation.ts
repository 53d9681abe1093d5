// How answerable a knowledge-graph presentation is: symptoms cut off by the crawl ("肢体局部的皮肤...") are
// dropped, and each disease's symptom list is compared with every other disease's — how many of its symptoms
// are rare (named by at most RARE_DF diseases) and which other disease has the most similar list (Jaccard).
// A case whose symptoms are all common, or nearly identical to another disease's, has no single right answer.
import type { KgEntry } from './disease-kg-read.js';

export const RARE_DF = 3;
const TRUNCATED_RE = /(\.\.\.|…|。。。)\s*$|(\.\.\.|…)/u;

export function isTruncated(symptom: string): boolean {
  return TRUNCATED_RE.test(symptom);
}

/** A disease's symptoms without cut-off entries, blanks and duplicates. */
export function cleanSymptoms(list: readonly string[] | undefined): { symptoms: string[]; truncated: number } {
  const out: string[] = [];
  let truncated = 0;
  for (const raw of list ?? []) {
    const s = raw?.trim();
    if (!s) continue;
    if (isTruncated(s)) {
      truncated++;
      continue;
    }
    if (!out.includes(s)) out.push(s);
  }
  return { symptoms: out, truncated };
}

export interface Presentation {
  /** Symptoms named by at most RARE_DF diseases of the graph. */
  rare: number;
  /** The other disease whose symptom list is most like this one, and how alike (Jaccard, 0–1). */
  nearest?: { disease: string; jaccard: number };
  /** The other disease that explains the most of this case, weighting rare findings more (IDF), as a share. */
  rival?: { disease: string; share: number };
}

export interface PresentationIndex {
  of(name: string, symptoms: readonly string[]): Presentation;
}

export function createPresentationIndex(entries: Iterable<KgEntry>): PresentationIndex {
  const lists = new Map<string, Set<string>>();
  const bySymptom = new Map<string, string[]>();
  for (const { disease } of entries) {
    const name = disease.gaishu_info?.name?.trim();
    if (!name) continue;
    const set = new Set(cleanSymptoms(disease.symptom_data?.symptoms).symptoms);
    lists.set(name, set);
    for (const s of set) {
      const l = bySymptom.get(s) ?? [];
      l.push(name);
      bySymptom.set(s, l);
    }
  }
  return {
    of(name, symptoms) {
      const mine = new Set(symptoms);
      let rare = 0;
      let total = 0;
      const shared = new Map<string, number>();
      const weight = new Map<string, number>();
      for (const s of mine) {
        const ds = bySymptom.get(s) ?? [];
        if (ds.length <= RARE_DF) rare++;
        const idf = Math.log((lists.size + 1) / (ds.length + 1)) + 1;
        total += idf;
        for (const d of ds) {
          if (d === name) continue;
          shared.set(d, (shared.get(d) ?? 0) + 1);
          weight.set(d, (weight.get(d) ?? 0) + idf);
        }
      }
      let rival: Presentation['rival'];
      for (const [d, w] of weight) if (!rival || w / total > rival.share) rival = { disease: d, share: Math.round((w / total) * 1000) / 1000 };
      let nearest: Presentation['nearest'];
      for (const [d, n] of shared) {
        const other = lists.get(d)!;
        const j = n / (mine.size + other.size - n);
        if (!nearest || j > nearest.jaccard) nearest = { disease: d, jaccard: Math.round(j * 1000) / 1000 };
      }
      return { rare, ...(nearest ? { nearest } : {}), ...(rival ? { rival } : {}) };
    },
  };
}
