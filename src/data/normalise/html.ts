// HTML to text: script/style/comments removed, block tags become line breaks, entities decoded.
// Entities are decoded by the knowledge HTML loader's decoder, so curation and ingestion read the same text.
import { decodeEntities } from '../../knowledge/loaders/html.js';

/** True when the text looks like markup (so plain text with a stray "<" is left alone). */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|div|br|span|a|b|i|li|ul|ol|table|tr|td|h[1-6]|strong|em|img|font|html|body)\b[^>]*>/i.test(s) || /&(nbsp|amp|lt|gt|#\d+);/i.test(s);
}

export function stripHtml(s: string): string {
  if (!looksLikeHtml(s)) return s;
  return decodeEntities(
    s
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6]|p|div|li|tr|h[1-6])\b[^>]*>/gi, '\n')
      // Only real tags: "直径<10mm … >3" in clinical text is a comparison, not markup.
      // A tag between two digits leaves a space, so "1<b>0" never becomes 10.
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, (tag: string, _a: unknown, at: number, all: string) =>
        /\p{Nd}/u.test(all[at - 1] ?? '') && /\p{Nd}/u.test(all[at + tag.length] ?? '') ? ' ' : '',
      ),
  );
}
