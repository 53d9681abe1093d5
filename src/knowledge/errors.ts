import { defineErrors } from '../core/errors.js';

/** Stable error codes for loaders, terminology and the knowledge base. Messages name the input. */
export const kbErrors = defineErrors({
  KB_PATH_NOT_FOUND: { status: 400, message: (a: { path: string }) => `no such file or folder: ${a.path}` },
  KB_FORMAT_UNKNOWN: {
    status: 400,
    message: (a: { file: string; known: string }) => `${a.file}: cannot tell the format from the name or content; known formats: ${a.known}`,
  },
  KB_FILE_INVALID: {
    status: 400,
    message: (a: { file: string; line?: number; field?: string; reason: string }) =>
      `${a.file}${a.line !== undefined ? `:${a.line}` : ''}${a.field ? ` (${a.field})` : ''}: ${a.reason}`,
  },
  KB_AUTHORITY_INVALID: {
    status: 400,
    message: (a: { value: string; where: string }) => `${a.where}: authority "${a.value}" is not one of A, B, C, D, E`,
  },
  KB_LANG_INVALID: { status: 400, message: (a: { value: string; where: string }) => `${a.where}: lang "${a.value}" is not one of zh, en, other` },
  KB_SOURCES_FILE_INVALID: { status: 400, message: (a: { file: string; reason: string }) => `sources file ${a.file}: ${a.reason}` },
  KB_SCHEMA_MISMATCH: {
    status: 409,
    message: (a: { db: string; found: string; expected: string }) =>
      `${a.db} has knowledge-base schema version ${a.found}, this build expects ${a.expected}; re-create it (quarkmed kb ingest --db NEW_FILE …)`,
  },
  KB_EMBEDDER_MISMATCH: {
    status: 409,
    message: (a: { db: string; stored: string; given: string }) =>
      `${a.db} holds vectors from embedder "${a.stored}", not "${a.given}"; use the same --embedder, or ingest into a new --db`,
  },
  KB_NOT_A_KB: { status: 400, message: (a: { db: string; reason: string }) => `${a.db} is not a QuarkMed knowledge base: ${a.reason}` },
  KB_MISSING: {
    status: 404,
    message: (a: { db: string }) => `no knowledge base at ${a.db} (no such file); build one with: quarkmed kb ingest PATH, or quarkmed kb pull medquad`,
  },
  KB_READONLY: { status: 409, message: (a: { db: string; op: string }) => `cannot ${a.op}: ${a.db} was opened read-only` },
  KB_SOURCE_UNKNOWN: {
    status: 404,
    message: (a: { source: string; known: string }) => `no source "${a.source}" in the knowledge base; present: ${a.known || '(none)'}`,
  },
  KB_PULL_UNKNOWN: {
    status: 400,
    message: (a: { source: string; known: string }) => `no pullable source "${a.source}"; choose one of: ${a.known}`,
  },
  KB_PULL_URL_INVALID: {
    status: 400,
    message: (a: { url: string }) =>
      `--url takes an http(s) address, not "${a.url}"; for files already on this machine, unzip them and run: quarkmed kb ingest DIR`,
  },
  KB_DOWNLOAD_FAILED: {
    status: 502,
    message: (a: { url: string; reason: string; hint: string }) => `download of ${a.url} failed (${a.reason}). ${a.hint}`,
  },
  KB_QUERY_INVALID: { status: 400, message: (a: { reason: string }) => `invalid search: ${a.reason}` },
  SEARCH_WORKER_CRASHED: {
    status: 503,
    message: (a: { worker: number; reason: string }) =>
      `search worker ${a.worker} stopped while answering this search (${a.reason}); it is being restarted, retry the request`,
  },
  WORKERS_BUSY: {
    status: 503,
    message: (a: { inFlight: number; limit: number; retryAfter: number }) =>
      `the server is busy: ${a.inFlight} requests are already waiting for a worker (limit ${a.limit}); retry in ${a.retryAfter} s`,
  },
  SEARCH_POOL_DOWN: {
    status: 503,
    message: (a: { reason: string }) => `no search worker could open the knowledge base: ${a.reason}; restart the server, or serve with --search-threads 0`,
  },
  SEARCH_POOL_CLOSED: { status: 503, message: (a: { op: string }) => `cannot ${a.op}: the search pool is shut down` },
  TERMS_DIR_INVALID: { status: 400, message: (a: { dir: string; reason: string }) => `terms folder ${a.dir}: ${a.reason}` },
  TERMS_FILE_MISSING: { status: 400, message: (a: { file: string; hint: string }) => `terminology file not found: ${a.file} (${a.hint})` },
  TERMS_FILE_INVALID: { status: 400, message: (a: { file: string; line: number; reason: string }) => `${a.file}:${a.line}: ${a.reason}` },
});
