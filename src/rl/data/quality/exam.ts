// Label checks for exam items. A question that shows a figure the item does not carry cannot be answered.
// Near-duplicate questions (same stem and the same option texts, in any order) must agree on the answer's
// option texts: when they disagree the majority keeps its items and the minority is dropped; a tie drops all.
// (The exact-duplicate pass runs after this stage, so it can no longer keep the wrong key by accident.)
import { normTerm } from '../../../knowledge/term-text.js';
import type { RlItem } from '../item.js';
import { withFlag, type QualityCheck } from './types.js';

const FIGURE_RE =
  /(如图|见图|下图|上图|右图|左图|图示|附图|图中所示|如下图|如图所示|\bfigure\b|\bfig\.|\bimage (?:below|above|shown)\b|\bshown (?:below|in the image)\b|\bphotograph\b)/i;

/** Questions this alike (character-trigram Jaccard) with the same options are one question. */
export const NEAR_DUPLICATE = 0.93;

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  if (!out.size && s) out.add(s);
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n || 1);
}

function examParts(item: RlItem): { question: string; options: Record<string, string> } | null {
  const options = item.meta.options as Record<string, string> | undefined;
  const question = item.meta.question as string | undefined;
  if (!options || typeof question !== 'string') return null;
  return { question, options };
}

function answerTexts(item: RlItem, options: Record<string, string>): string {
  const letters = String(item.ground_truth ?? '').split('');
  return letters
    .map((l) => normTerm(options[l] ?? l))
    .sort()
    .join('|');
}

function run(items: RlItem[]): RlItem[] {
  const groups = new Map<string, number[]>();
  const out = [...items];
  out.forEach((it, i) => {
    if (it.task !== 'exam') return;
    const p = examParts(it);
    if (!p) return;
    if (FIGURE_RE.test(p.question)) out[i] = withFlag(out[i], 'exam-missing-figure', 0, 'the question refers to a figure the item does not include');
    const vals = Object.values(p.options);
    if (vals.some((v) => !v?.trim()) || new Set(vals.map(normTerm)).size < vals.length)
      out[i] = withFlag(out[i], 'exam-garbled-options', 0, 'empty or repeated options');
    // Bucket by the option set (near-duplicates reuse the options), then join questions that read alike.
    const key = vals.map(normTerm).sort().join('|');
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  const clusters: number[][] = [];
  for (const bucket of groups.values()) {
    if (bucket.length < 2) continue;
    const grams = bucket.map((i) => trigrams(normTerm(examParts(out[i])!.question)));
    const seen = new Set<number>();
    for (let a = 0; a < bucket.length; a++) {
      if (seen.has(a)) continue;
      const cluster = [bucket[a]];
      for (let b = a + 1; b < bucket.length; b++) {
        if (!seen.has(b) && similarity(grams[a], grams[b]) >= NEAR_DUPLICATE) {
          cluster.push(bucket[b]);
          seen.add(b);
        }
      }
      if (cluster.length > 1) clusters.push(cluster);
    }
  }
  for (const idx of clusters) {
    if (idx.length < 2) continue;
    const votes = new Map<string, number[]>();
    for (const i of idx) {
      const a = answerTexts(out[i], examParts(out[i])!.options);
      votes.set(a, [...(votes.get(a) ?? []), i]);
    }
    if (votes.size < 2) continue;
    const ranked = [...votes.values()].sort((a, b) => b.length - a.length);
    const tie = ranked[0].length === ranked[1].length;
    for (const [r, members] of ranked.entries()) {
      for (const i of members) {
        const keep = r === 0 && !tie;
        out[i] = withFlag(
          out[i],
          'exam-contradictory-duplicate',
          keep ? 1 : 0,
          `${idx.length} copies disagree on the key; ${keep ? 'majority kept' : tie ? 'tie, all dropped' : 'minority dropped'}`,
        );
      }
    }
  }
  return out;
}

export const examCheck: QualityCheck = { name: 'exam', run: (items) => run(items) };
