// Plain-text rendering of an AnswerResult's trailer for terminals: numbered citations with their origin and
// URL (only URLs the knowledge base holds), then warnings. The answer text itself is printed as streamed.
import type { AnswerResult } from './types.js';

export function formatCitations(result: AnswerResult): string {
  if (result.citations.length === 0) return '';
  const lines = result.citations.map((c) => `  [${c.n}] ${c.title} — ${c.source}, authority ${c.authority}${c.url ? ` — ${c.url}` : ''}`);
  return `Sources:\n${lines.join('\n')}`;
}

export function formatWarnings(result: AnswerResult): string {
  return result.warnings.map((w) => `warning: ${w.message}`).join('\n');
}
