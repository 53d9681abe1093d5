// HTML to text: script/style/comments removed, block tags become line breaks, entities decoded.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', hellip: '…', mdash: '—', ndash: '–', copy: '©', reg: '®', deg: '°', times: '×' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

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
      .replace(/<[^>]+>/g, ''),
  );
}
