// Format detection and directory walking over the loader registry.
import { open, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Doc } from '../../core/types.js';
import { defineRegistry } from '../../core/registry.js';
import { decodeText } from '../../core/encoding.js';
import { kbErrors } from '../errors.js';
import { csvLoader } from './csv.js';
import { diseaseKgLoader } from './disease-kg.js';
import { htmlLoader } from './html.js';
import { jsonlLoader } from './jsonl.js';
import { markdownLoader } from './markdown.js';
import { medquadLoader } from './medquad.js';
import { openfdaLabelLoader } from './openfda-label.js';
import { textLoader } from './text.js';
import { FORMAT_NAMES } from './formats.js';
import { createLoaderContext, type FormatName, type LoadOptions, type Loader, type LoaderContext } from './types.js';

export type { FormatName, LoadOptions, Loader, LoaderContext } from './types.js';
export { createLoaderContext } from './types.js';

const BY_FORMAT = {
  medquad: medquadLoader,
  'disease-kg': diseaseKgLoader,
  'openfda-label': openfdaLabelLoader,
  csv: csvLoader,
  markdown: markdownLoader,
  html: htmlLoader,
  text: textLoader,
  jsonl: jsonlLoader,
} satisfies Record<FormatName, Loader>;

/** Registered in FORMAT_NAMES order, which is the order detectFormat tries them and help texts list them. */
export const loaders = defineRegistry<FormatName, Loader>(
  'document format',
  Object.fromEntries(FORMAT_NAMES.map((name) => [name, BY_FORMAT[name]])) as Record<FormatName, Loader>,
);

/** Files a folder walk leaves out: licences and project notes are not medical knowledge. */
const WALK_SKIP = /^(license|licence|copying|notice|readme|changelog|authors)(\.[a-z]+)?$/i;

async function readHead(file: string, bytes = 4096): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return decodeText(buf.subarray(0, bytesRead)).text;
  } finally {
    await fh.close();
  }
}

/** The format of one file, from its extension, else by sniffing its first bytes; null when unknown. */
export async function detectFormat(file: string): Promise<FormatName | null> {
  const ext = extname(file).toLowerCase();
  for (const name of loaders.names()) if (loaders.get(name).extensions.includes(ext)) return name;
  if (ext === '.xml' || ext === '.json') {
    const head = await readHead(file);
    for (const name of loaders.names()) if (loaders.get(name).sniff?.(head, file)) return name;
  }
  return null;
}

export interface InputFile {
  file: string;
  format: FormatName | null;
}

/** Every file under a path (sorted, hidden files and licences skipped), with its detected format. */
export async function listInputs(path: string, format?: FormatName): Promise<InputFile[]> {
  const abs = resolve(path);
  let st;
  try {
    st = await stat(abs);
  } catch {
    throw kbErrors.KB_PATH_NOT_FOUND({ path });
  }
  if (st.isFile()) return [{ file: abs, format: format ?? (await detectFormat(abs)) }];
  const out: InputFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && !WALK_SKIP.test(e.name)) out.push({ file: p, format: format ?? (await detectFormat(p)) });
    }
  };
  await walk(abs);
  return out;
}

/** The root that file ids are relative to: the folder given, or a single file's folder. */
export async function inputRoot(path: string): Promise<string> {
  const abs = resolve(path);
  return (await stat(abs)).isDirectory() ? abs : dirname(abs);
}

/** Documents of one file in a known format. */
export function loadFile(file: string, format: FormatName, ctx: LoaderContext): AsyncIterable<Doc> {
  return loaders.get(format).load(file, ctx);
}

/**
 * Every document under a path (file or folder). Files whose format cannot be told are an error
 * when named directly and skipped in a folder walk.
 */
export async function* loadPath(path: string, options: LoadOptions = {}): AsyncIterable<Doc> {
  const inputs = await listInputs(path, options.format);
  const ctx = createLoaderContext(options, await inputRoot(path));
  for (const { file, format } of inputs) {
    if (!format) {
      if (inputs.length === 1) throw kbErrors.KB_FORMAT_UNKNOWN({ file, known: loaders.names().join(', ') });
      continue;
    }
    yield* loadFile(file, format, ctx);
  }
}
