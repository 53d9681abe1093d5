// Label checks for exam items. A question that shows a figure the item does not carry cannot be answered.
// Near-duplicate questions (same stem and the same option texts, in any order) must agree on the answer's
// option texts: when they disagree the majority keeps its items and the minority is dropped; a tie drops all.
// (The exact-duplicate pass runs after this stage, so it can no longer keep the wrong key by accident.)
import { normTerm } from '../../../knowledge/term-text.js';
import type { RlItem } from '../item.js';
import { withFlag, type QualityCheck } from './types.js';

const FIGURE_RE = /(如图|见图|下图|上图|右图|左图|图示|附图|图中所示|如下图|如图所示|\bfigure\b|\bfig\.|\bimage (?:below|above|shown)\b|\bshown (?:below|in the image)\b|\bphotograph\b)/i;

function examParts(item: RlItem): { question: string; options: Record<string, string> } | null {
  const options = item.meta.options as Record<string, string> | undefined;
  const question = item.meta.question as string | undefined;
  if (!options || typeof question !== 'string') return null;
  return { question, options };
}

function answerTexts(item: RlItem, options: Record<string, string>): string {
  const letters = String(item.ground_truth ?? '').split('');
  return letters.map((l) => normTerm(options[l] ?? l)).sort().join('|');
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
    if (vals.some((v) => !v || !v.trim()) || new Set(vals.map(normTerm)).size < vals.length) out[i] = withFlag(out[i], 'exam-garbled-options', 0, 'empty or repeated options');
    const key = `${normTerm(p.question)}#${vals.map(normTerm).sort().join('|')}`;
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  for (const idx of groups.values()) {
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
        out[i] = withFlag(out[i], 'exam-contradictory-duplicate', keep ? 1 : 0, `${idx.length} copies disagree on the key; ${keep ? 'majority kept' : tie ? 'tie, all dropped' : 'minority dropped'}`);
      }
    }
  }
  return out;
}

export const examCheck: QualityCheck = { name: 'exam', run: (items) => run(items) };
