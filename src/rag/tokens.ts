// Approximate token counts without a tokenizer: CJK ≈ 1 token per character, other text ≈ 4 characters per token.
// Good enough to fit sources into a prompt budget; real tokenizers differ by ~20%, so budgets keep headroom.

const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function approxTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}

/**
 * Longest prefix of `text` within `maxTokens`, cut at a sentence end when one is near, else at a word boundary;
 * an ellipsis marks the cut. Returns the text unchanged when it already fits.
 */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (maxTokens <= 0) return '';
  if (approxTokens(text) <= maxTokens) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (approxTokens(text.slice(0, mid)) <= maxTokens - 1) lo = mid;
    else hi = mid - 1;
  }
  const head = text.slice(0, lo);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('; '));
  if (sentenceEnd > head.length * 0.6) return `${head.slice(0, sentenceEnd + 1).trimEnd()} …`;
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.8 ? head.slice(0, space) : head;
  return `${cut.trimEnd()} …`;
}
