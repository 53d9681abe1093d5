// When a passage must be shortened, keep the contiguous run of sentences that bears most on the question
// instead of the passage's first words. The result is a verbatim substring, so it stays quotable.
import { termSet } from './lexical-terms.js';
import { estimateTokens, truncateToTokens } from '../core/tokens.js';

interface Span {
  start: number;
  end: number;
  hits: string[];
  tokens: number;
}

/** Sentence spans (offsets into text): ends at 。！？；, at . ! ? before whitespace, or at a line break. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[。！？；]|[.!?](?=\s)|\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/**
 * The best window of at most `maxTokens`: the contiguous run of sentences covering the most distinct question
 * terms (ties: earliest, shortest). Falls back to a prefix when no sentence matches.
 */
export function bestWindow(text: string, terms: Set<string>, maxTokens: number): string {
  if (estimateTokens(text) <= maxTokens) return text;
  const spans: Span[] = sentenceSpans(text).map((s) => {
    const sTerms = termSet(text.slice(s.start, s.end));
    return { ...s, hits: [...terms].filter((t) => sTerms.has(t)), tokens: estimateTokens(text.slice(s.start, s.end)) };
  });
  // A window scores the distinct question terms it covers, so repeating one term does not beat answering.
  let best: { from: number; to: number; score: number } | undefined;
  for (let i = 0; i < spans.length; i++) {
    let tokens = 0;
    const covered = new Set<string>();
    for (let j = i; j < spans.length; j++) {
      tokens += spans[j].tokens;
      if (tokens > maxTokens - 2) break;
      for (const t of spans[j].hits) covered.add(t);
      if (!best || covered.size > best.score) best = { from: i, to: j, score: covered.size };
    }
  }
  if (!best || best.score === 0) return truncateToTokens(text, maxTokens);
  const slice = text.slice(spans[best.from].start, spans[best.to].end).trim();
  const before = spans[best.from].start > 0 ? '… ' : '';
  const after = spans[best.to].end < text.length ? ' …' : '';
  return `${before}${slice}${after}`;
}
