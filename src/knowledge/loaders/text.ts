// Plain text: one document per file; a short first line is the title, the rest one section.
import type { Doc } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { readTextFile, sourceNameFromFile, type Loader, type LoaderContext } from './types.js';

/** Pure: text file content → one document. */
export function parseText(text: string, file: string, ctx: LoaderContext): Doc {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim().length > 0);
  const head = first >= 0 ? lines[first].trim() : '';
  // A first line is a title when short and followed by a blank line or when the file has more text after it.
  const isTitle = head.length > 0 && head.length <= 80 && !/[。.!?！？]$/.test(head) && lines.slice(first + 1).some((l) => l.trim());
  const body = isTitle ? lines.slice(first + 1).join('\n') : text;
  const resolved = ctx.source(sourceNameFromFile(file));
  const fileTitle = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  return makeDoc({
    id: docId(resolved.name, ctx.fileKey(file)),
    title: isTitle ? head : fileTitle,
    sections: [{ path: [], text: body }],
    source: resolved.name,
    lang: ctx.langOf(resolved, text),
    authority: resolved.authority,
    metadata: { file: ctx.fileKey(file) },
  });
}

export const textLoader: Loader = {
  name: 'text',
  extensions: ['.txt', '.text'],
  async *load(file, ctx) {
    const doc = parseText(await readTextFile(file), file, ctx);
    if (doc.sections.length > 0) yield doc;
  },
};
