// Markdown: YAML front matter as metadata, ATX headings (#…######) as the section path.
import { parse as parseYaml } from 'yaml';
import type { Doc, DocSection } from '../../core/types.js';
import { isAuthority } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { readTextFile, sourceNameFromFile, type Loader, type LoaderContext } from './types.js';

export interface HeadedText {
  title?: string;
  sections: DocSection[];
}

/** Pure: split Markdown body into sections under their heading path; the first H1 becomes the title. */
export function splitMarkdown(body: string): HeadedText {
  const sections: DocSection[] = [];
  const stack: { level: number; text: string }[] = [];
  let title: string | undefined;
  let buf: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = buf.join('\n').trim();
    if (text) sections.push({ path: stack.map((s) => s.text), text });
    buf = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) {
      buf.push(line);
      continue;
    }
    flush();
    const level = m[1].length;
    const text = m[2].replace(/[*_`]/g, '').trim();
    if (level === 1 && title === undefined && sections.length === 0 && stack.length === 0) {
      title = text;
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    stack.push({ level, text });
  }
  flush();
  return { title, sections };
}

/** Pure: Markdown file text → one document. */
export function parseMarkdown(text: string, file: string, ctx: LoaderContext): Doc {
  let meta: Record<string, unknown> = {};
  let body = text;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch (err) {
      throw kbErrors.KB_FILE_INVALID({ file, line: 1, field: 'front matter', reason: err instanceof Error ? err.message : String(err) });
    }
    body = text.slice(fm[0].length);
  }
  const { title, sections } = splitMarkdown(body);
  const resolved = ctx.source(typeof meta.source === 'string' ? meta.source : sourceNameFromFile(file));
  if (meta.authority !== undefined && !isAuthority(meta.authority)) {
    throw kbErrors.KB_AUTHORITY_INVALID({ value: String(meta.authority), where: `${file} front matter` });
  }
  const authority = ctx.options.authority ?? (isAuthority(meta.authority) ? meta.authority : resolved.authority);
  const fileTitle = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  return makeDoc({
    id: docId(resolved.name, typeof meta.id === 'string' ? meta.id : ctx.fileKey(file)),
    title: typeof meta.title === 'string' ? meta.title : (title ?? fileTitle),
    sections,
    source: resolved.name,
    url: typeof meta.url === 'string' ? meta.url : undefined,
    date: typeof meta.date === 'string' ? meta.date : meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : undefined,
    lang: ctx.langOf(resolved, body),
    authority,
    metadata: { ...meta, file: ctx.fileKey(file) },
  });
}

export const markdownLoader: Loader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  async *load(file, ctx) {
    const doc = parseMarkdown(await readTextFile(file), file, ctx);
    if (doc.sections.length > 0) yield doc;
  },
};
