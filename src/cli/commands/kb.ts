import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { action, intOption, printJson } from '../action.js';
import { AUTHORITIES, isAuthority, type Authority, type Lang } from '../../core/types.js';
import { kbErrors } from '../../knowledge/errors.js';
import { FORMAT_NAMES, type FormatName } from '../../knowledge/loaders/formats.js';
import type { IngestSummary } from '../../retrieval/ingest.js';
import { formatDocumentFlags, formatHits, formatStats, formatSummary } from './kb/format.js';
import { DESCRIPTIONS } from './groups.js';

interface CommonFlags {
  db?: string;
  embedder?: string;
  json?: boolean;
}

interface IngestFlags extends CommonFlags {
  source?: string;
  authority?: string;
  lang?: string;
  format?: string;
  sources?: string;
  terms?: string;
  progress?: boolean;
}

interface SearchFlags extends CommonFlags {
  k?: number;
  lang?: string;
  source?: string[];
  minAuthority?: string;
  mode?: string;
  expand?: boolean;
}

// The knowledge base (SQLite, jieba), the loaders, the terminology and the downloader are imported by the action that
// uses them, never at registration: `quarkmed kb --help` loads only what it prints.
const openKb: typeof import('./kb/open.js').openKb = async (flags) => (await import('./kb/open.js')).openKb(flags);

/** Pullable named sources → their local folder (present once `kb pull NAME` has run). */
const NAMED_SOURCES: Record<string, () => Promise<string>> = {
  medquad: async () => (await import('../../knowledge/pull/medquad.js')).medquadDir(),
  'openfda-labels': async () => (await import('../../knowledge/pull/openfda-labels.js')).openfdaLabelsDir(),
};

function checkAuthority(value: string | undefined, flag: string): Authority | undefined {
  if (value === undefined) return undefined;
  const v = value.toUpperCase();
  if (!isAuthority(v)) throw kbErrors.KB_AUTHORITY_INVALID({ value, where: flag });
  return v;
}

function checkLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value !== 'zh' && value !== 'en' && value !== 'other') throw kbErrors.KB_LANG_INVALID({ value, where: '--lang' });
  return value;
}

/** A path as given, or a pulled source name (e.g. "medquad") → its folder. */
async function resolveInput(input: string): Promise<string> {
  if (existsSync(input)) return input;
  const named = NAMED_SOURCES[input.toLowerCase()];
  if (named) {
    const dir = await named();
    if (existsSync(dir)) return dir;
    throw kbErrors.KB_PATH_NOT_FOUND({ path: `${input} (not downloaded yet: run quarkmed kb pull ${input.toLowerCase()}, or give the path to a local copy)` });
  }
  throw kbErrors.KB_PATH_NOT_FOUND({ path: input });
}

const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);

async function runIngest(inputs: string[], flags: IngestFlags): Promise<IngestSummary> {
  const authority = checkAuthority(flags.authority, '--authority');
  const lang = checkLang(flags.lang);
  if (flags.format && !isFormatName(flags.format)) throw kbErrors.KB_FORMAT_UNKNOWN({ file: `--format ${flags.format}`, known: FORMAT_NAMES.join(', ') });
  const paths: string[] = [];
  for (const input of inputs) paths.push(await resolveInput(input));
  const sources = flags.sources ? (await import('../../knowledge/sources.js')).loadSourcesFile(flags.sources) : undefined;
  const h = await openKb(flags);
  const { createProgress } = await import('./kb/progress.js');
  const progress = createProgress(flags.progress !== false && process.stderr.isTTY === true && !flags.json);
  try {
    const { loadTerminology, resolveTermsDir } = await import('../../knowledge/terminology.js');
    const termsDir = resolveTermsDir(flags.terms);
    if (termsDir) {
      const terms = await loadTerminology({ termsDir, kb: h.kb });
      h.kb.addLexicon(terms.words());
    }
    const summary = await h.kb.ingest(paths, {
      source: flags.source,
      authority,
      lang,
      sources,
      format: flags.format as FormatName | undefined,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    if (flags.json) printJson({ ...summary, db: h.kb.dbPath });
    else {
      process.stdout.write(`${formatSummary(summary, h.kb.dbPath)}\n`);
      for (const f of summary.failures) process.stderr.write(`failed: ${f.message}\n`);
      if (summary.unrecognized.length > 0)
        process.stderr.write(`skipped ${summary.unrecognized.length} file(s) of unknown format, e.g. ${summary.unrecognized[0]}\n`);
    }
    if (summary.failed > 0) process.exitCode = 1;
    return summary;
  } finally {
    progress.stop();
    await h.close();
  }
}

export function register(program: Command): void {
  const kb = program.command('kb').description(DESCRIPTIONS.kb);

  kb.command('ingest')
    .description('add files or folders (MedQuAD XML, disease-KG JSON, openFDA drug-label JSON, CSV, Markdown, HTML, text, JSONL) to the knowledge base')
    .argument('<path|source...>', 'files, folders, or a pulled source name (medquad, openfda-labels)')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--source <name>', 'source name for every document (default: per loader or file name)')
    .option('--authority <A-E>', `authority for every document (${AUTHORITIES.join(', ')}; A guidelines … E web Q&A)`)
    .option('--lang <zh|en>', 'language for every document (default: per source or detected)')
    .option('--format <name>', `force a format: ${FORMAT_NAMES.join(', ')}`)
    .option('--sources <file>', 'YAML/JSON file mapping source names to {authority, lang}')
    .option('--terms <dir>', 'terminology folder (entity-dict-zh/, ICD-10 list) for the Chinese segmenter (default: $QUARKMED_TERMS)')
    .option('--embedder <spec>', 'embed chunks for hybrid search: openai:<baseURL>#<model> or onnx:<folder|hf:owner/repo> (default: $QUARKMED_EMBEDDER)')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the summary as JSON')
    .action(action(async (inputs: string[], flags: IngestFlags) => void (await runIngest(inputs, flags))));

  kb.command('search')
    .description('search the knowledge base (BM25 + vectors when an embedder is configured)')
    .argument('<query>', 'question or keywords, Chinese or English')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('-k, --k <n>', 'number of hits (default 10)', intOption('-k'))
    .option('--lang <zh|en>', 'only documents in this language')
    .option('--source <name...>', 'only these sources')
    .option('--min-authority <A-E>', 'only documents at this authority or better')
    .option('--mode <bm25|hybrid>', 'ranking (default hybrid: vectors fused in when an embedder is configured)')
    .option('--no-expand', 'no terminology expansion of the query')
    .option('--embedder <spec>', 'query embedder (must match the one used at ingest; default: $QUARKMED_EMBEDDER)')
    .option('--json', 'print hits as a JSON array {id, docId, title, section, source, authority, lang, score, text, url}')
    .action(
      action(async (query: string, flags: SearchFlags) => {
        if (flags.mode && flags.mode !== 'bm25' && flags.mode !== 'hybrid')
          throw kbErrors.KB_QUERY_INVALID({ reason: `--mode must be bm25 or hybrid, got "${flags.mode}"` });
        const h = await openKb({ ...flags, readonly: true, noEmbedder: flags.mode === 'bm25' });
        try {
          const hits = await h.kb.search(query, {
            k: flags.k ?? 10,
            lang: checkLang(flags.lang),
            sources: flags.source?.flatMap((s) => s.split(',')).filter(Boolean),
            minAuthority: checkAuthority(flags.minAuthority, '--min-authority'),
            mode: flags.mode as 'bm25' | 'hybrid' | undefined,
            expand: flags.expand,
          });
          if (flags.json) printJson(hits);
          else process.stdout.write(`${formatHits(hits)}\n`);
        } finally {
          await h.close();
        }
      }),
    );

  kb.command('stats')
    .description('documents, chunks and vectors per source, authority and language')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--json', 'print as JSON')
    .action(
      action(async (flags: CommonFlags) => {
        const h = await openKb({ db: flags.db, readonly: true, noEmbedder: true });
        try {
          const stats = h.kb.stats();
          if (flags.json) printJson(stats);
          else process.stdout.write(`${formatStats(stats)}\n`);
        } finally {
          await h.close();
        }
      }),
    );

  kb.command('remove')
    .description('remove every document of a source')
    .argument('<source>', 'source name (see kb stats)')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (source: string, flags: CommonFlags) => {
        const h = await openKb({ db: flags.db, noEmbedder: true });
        try {
          const removed = h.kb.removeSource(source);
          if (flags.json) printJson({ source, removed });
          else process.stdout.write(`removed ${removed} document(s) of source "${source}" from ${h.kb.dbPath}\n`);
        } finally {
          await h.close();
        }
      }),
    );

  kb.command('show')
    .description('print one document by id (as cited in search hits)')
    .argument('<docId>', 'document id, e.g. medquad:CancerGov_0000001_1-1')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--json', 'print as JSON')
    .action(
      action(async (id: string, flags: CommonFlags) => {
        const h = await openKb({ db: flags.db, readonly: true, noEmbedder: true });
        try {
          const doc = h.kb.getDocument(id.replace(/#\d+$/, ''));
          if (!doc) throw kbErrors.KB_QUERY_INVALID({ reason: `no document with id "${id}"` });
          const flagged = h.kb.documentFlags(doc.id);
          if (flags.json) printJson({ ...doc, flags: flagged });
          else
            process.stdout.write(
              `${doc.title}\n[${doc.authority}] ${doc.source}${doc.url ? ` ${doc.url}` : ''}\n${formatDocumentFlags(flagged)}\n\n${doc.text}\n`,
            );
        } finally {
          await h.close();
        }
      }),
    );

  kb.command('pull')
    .description('download a public source into $QUARKMED_HOME/sources and ingest it (sources: medquad, openfda-labels)')
    .argument('<source>', 'medquad | openfda-labels')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--url <url>', 'archive URL (medquad: default the GitHub tarball of abachaa/MedQuAD; openfda-labels: one .json.zip partition instead of all)')
    .option('--manifest <url>', 'openfda-labels: the download manifest (default https://api.fda.gov/download.json)')
    .option(
      '--force',
      're-download even when a complete copy exists (openfda-labels: a --url or --manifest other than the one the copy came from downloads again without it)',
    )
    .option('--no-ingest', 'download only')
    .option('--embedder <spec>', 'embed chunks for hybrid search (default: $QUARKMED_EMBEDDER)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (source: string, flags: CommonFlags & { url?: string; manifest?: string; force?: boolean; ingest?: boolean }) => {
        const name = source.toLowerCase();
        if (!(name in NAMED_SOURCES)) throw kbErrors.KB_PULL_UNKNOWN({ source, known: Object.keys(NAMED_SOURCES).join(', ') });
        for (const url of [flags.url, flags.manifest]) if (url !== undefined && !/^https?:\/\//i.test(url)) throw kbErrors.KB_PULL_URL_INVALID({ url });
        let pulled: { dir: string; files: number; downloaded: boolean; bytes: number };
        if (name === 'medquad') {
          if (!flags.json) process.stderr.write(`downloading MedQuAD from ${flags.url ?? 'github.com/abachaa/MedQuAD'} …\n`);
          const { pullMedquad } = await import('../../knowledge/pull/medquad.js');
          pulled = await pullMedquad({ url: flags.url, force: flags.force });
        } else {
          const { pullOpenfdaLabels, OPENFDA_MANIFEST_URL } = await import('../../knowledge/pull/openfda-labels.js');
          if (!flags.json)
            process.stderr.write(`downloading openFDA drug labels (${flags.url ?? `files listed by ${flags.manifest ?? OPENFDA_MANIFEST_URL}`}) …\n`);
          let shown = '';
          pulled = await pullOpenfdaLabels({
            urls: flags.url ? [flags.url] : undefined,
            manifestUrl: flags.manifest,
            force: flags.force,
            onProgress: (p) => {
              if (flags.json || !process.stderr.isTTY) return;
              const line = `part ${p.part}/${p.parts}: ${Math.round(p.received / 2 ** 20)} MB${p.total ? ` of ${Math.round(p.total / 2 ** 20)} MB` : ''}`;
              if (line !== shown) process.stderr.write(`\r${(shown = line)}`);
            },
          });
          if (shown) process.stderr.write('\n');
        }
        const what = name === 'medquad' ? 'XML' : 'label JSON';
        if (!flags.json)
          process.stderr.write(
            pulled.downloaded ? `unpacked ${pulled.files} ${what} files into ${pulled.dir}\n` : `using the copy in ${pulled.dir} (--force to download again)\n`,
          );
        if (flags.ingest === false) {
          if (flags.json) printJson(pulled);
          return;
        }
        await runIngest([pulled.dir], { db: flags.db, embedder: flags.embedder, json: flags.json, source: name });
      }),
    );
}
