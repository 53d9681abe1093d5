// HTML pages: visible text only (scripts, styles, navigation dropped), h1–h6 as the section path.
import type { Doc } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { splitMarkdown } from './markdown.js';
import { readTextFile, sourceNameFromFile, type Loader, type LoaderContext } from './types.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  deg: '°',
  plusmn: '±',
  times: '×',
  micro: 'µ',
  copy: '©',
  reg: '®',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Pure: HTML → Markdown-like text (headings as #, blocks as lines), which the Markdown splitter then sections. */
export function htmlToText(html: string): { title?: string; lang?: string; url?: string; body: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const lang = /<html[^>]*\blang=["']?([a-zA-Z-]+)/i.exec(html)?.[1];
  const url = /<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(html)?.[1];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|nav|header|footer|aside|form)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ')
    .replace(
      /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi,
      (_m, level: string, inner: string) =>
        `\n\n${'#'.repeat(Number(level))} ${inner
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}\n\n`,
    )
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<(br|hr)\b[^>]*\/?>/gi, '\n')
    .replace(/<\/?(p|div|section|article|main|ul|ol|table|tr|blockquote|pre|dl|dt|dd|figure|figcaption)\b[^>]*>/gi, '\n\n')
    .replace(/<\/(td|th)\s*>/gi, ' \t ')
    .replace(/<[^>]+>/g, '');
  return {
    title: title ? decodeEntities(title.replace(/\s+/g, ' ').trim()) : undefined,
    lang,
    url,
    body: decodeEntities(body)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n'),
  };
}

/** Pure: HTML file text → one document. */
export function parseHtml(html: string, file: string, ctx: LoaderContext): Doc {
  const page = htmlToText(html);
  const { title: h1, sections } = splitMarkdown(page.body);
  const resolved = ctx.source(sourceNameFromFile(file));
  const pageLang = page.lang?.toLowerCase().startsWith('zh') ? 'zh' : page.lang?.toLowerCase().startsWith('en') ? 'en' : undefined;
  return makeDoc({
    id: docId(resolved.name, ctx.fileKey(file)),
    title: page.title || h1 || (file.split(/[\\/]/).pop() ?? file),
    sections,
    source: resolved.name,
    url: page.url,
    lang: resolved.lang ?? pageLang ?? ctx.langOf(resolved, page.body),
    authority: resolved.authority,
    metadata: { file: ctx.fileKey(file) },
  });
}

export const htmlLoader: Loader = {
  name: 'html',
  extensions: ['.html', '.htm'],
  async *load(file, ctx) {
    const doc = parseHtml(await readTextFile(file), file, ctx);
    if (doc.sections.length > 0) yield doc;
  },
};
