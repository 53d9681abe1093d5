// The loader contract: one file in, a lazy stream of documents out; source, authority and language resolved once.
import { readFile } from 'node:fs/promises';
import type { Authority, Doc, Lang } from '../../core/types.js';
import { decodeText } from '../../core/encoding.js';
import { detectLang } from '../../core/lang.js';
import type { FormatName } from './formats.js';
import { DEFAULT_SOURCES, mergeCatalogs, UNKNOWN_SOURCE_AUTHORITY, type SourceCatalog } from '../sources.js';

export type { FormatName };

export interface LoadOptions {
  /** Source name for every document (default: the loader's, e.g. "medquad", or the file's base name). */
  source?: string;
  /** Authority for every document, overriding the sources file and the documents' own. */
  authority?: Authority;
  /** Language for every document (default: the source's, else detected per document). */
  lang?: Lang;
  /** User source catalog, laid over DEFAULT_SOURCES. */
  sources?: SourceCatalog;
  /** Force a format instead of detecting it. */
  format?: FormatName;
  /** MedQuAD: put each question in the section heading (default true; the retrieval bench indexes answers only). */
  includeQuestions?: boolean;
}

export interface ResolvedSource {
  name: string;
  authority: Authority;
  /** Fixed language, when the flag or catalog gives one. */
  lang?: Lang;
}

export interface LoaderContext {
  options: LoadOptions;
  /** Resolve the source for a loader's default name: flag > catalog > unknown (E). */
  source(defaultName: string): ResolvedSource;
  /** Language for one document's text: flag/catalog, else detected from a sample. */
  langOf(resolved: ResolvedSource, sample: string): Lang;
  /** A file's stable local id: its path relative to the ingested root (so ids survive moving the folder). */
  fileKey(file: string): string;
}

export interface Loader {
  name: FormatName;
  /** Extensions (lower case, with dot) this loader claims outright. */
  extensions: string[];
  /** Content sniffing for ambiguous extensions (.xml, .json): the first few KB of the decoded file. */
  sniff?(head: string, file: string): boolean;
  load(file: string, ctx: LoaderContext): AsyncIterable<Doc>;
}

export function createLoaderContext(options: LoadOptions = {}, root?: string): LoaderContext {
  const catalog = mergeCatalogs(DEFAULT_SOURCES, options.sources);
  return {
    options,
    source(defaultName) {
      const name = options.source ?? defaultName;
      const entry = catalog[name];
      return {
        name,
        authority: options.authority ?? entry?.authority ?? UNKNOWN_SOURCE_AUTHORITY,
        lang: options.lang ?? entry?.lang,
      };
    },
    langOf(resolved, sample) {
      if (resolved.lang) return resolved.lang;
      return detectLang(sample.slice(0, 2000));
    },
    fileKey(file) {
      const rel = root && file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]+/, '') : '';
      return (rel || (file.split(/[\\/]/).pop() ?? file)).replace(/\\/g, '/');
    },
  };
}

/** Read a text file in UTF-8 (with or without BOM) or GB18030. */
export async function readTextFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  return decodeText(bytes).text.replace(/^\uFEFF/, '');
}

/** "Some Name.csv" → "some-name": a default source name from a file name. */
export function sourceNameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return (
    base
      .replace(/\.(gb18030|gbk|utf-?8)?\.?(csv|tsv|md|markdown|html?|txt|jsonl|json|xml)$/i, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'local'
  );
}
