// Where the consultation's case model finds its disease pages, in one order for the server and the benchmark:
// nothing when turned off; an explicit source (a built knowledge base file `*.sqlite`, or a raw knowledge folder);
// $QUARKMED_RED_FLAGS_KB (either kind); the knowledge base the answers come from; else the user's own knowledge base
// at $QUARKMED_HOME/kb.sqlite when they built one (`kb ingest` / `kb pull`) — so a user gets the knowledge base's red
// flags with no setting at all. A named source that does not exist is a typed error; an absent default is no source.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDbPath } from '../core/paths.js';
import { kbErrors } from '../knowledge/errors.js';
import type { Triage } from '../safety/types.js';
import { type KbRedFlagIndex, loadKbRedFlags, loadKbRedFlagsFromDb } from './kb-red-flags.js';
import type { ConsultLang } from './types.js';

export type RedFlagSource = { kind: 'db' | 'folder'; path: string; by: 'flag' | 'env' | 'answers-kb' | 'default' };

export interface RedFlagSourceOptions {
  /** No knowledge-base red flags (the written knowledge only). */
  off?: boolean;
  /** A knowledge base file or a raw knowledge folder, named by the user. */
  source?: string;
  /** The knowledge base the answers come from (--db, the server's knowledge base). */
  answersDb?: string;
}

const kindOf = (path: string): 'db' | 'folder' => (existsSync(path) && statSync(path).isDirectory() ? 'folder' : 'db');

/** Pure over the file system's existence checks: which source to read, or none. */
export function resolveRedFlagSource(o: RedFlagSourceOptions = {}, env: NodeJS.ProcessEnv = process.env): RedFlagSource | undefined {
  if (o.off) return undefined;
  const named = o.source?.trim()
    ? { path: o.source.trim(), by: 'flag' as const }
    : env.QUARKMED_RED_FLAGS_KB?.trim()
      ? { path: env.QUARKMED_RED_FLAGS_KB.trim(), by: 'env' as const }
      : undefined;
  if (named) {
    const path = resolve(named.path);
    if (!existsSync(path)) throw kbErrors.KB_PATH_NOT_FOUND({ path });
    return { kind: kindOf(path), path, by: named.by };
  }
  if (o.answersDb) {
    const path = resolve(o.answersDb);
    if (existsSync(path)) return { kind: 'db', path, by: 'answers-kb' };
  }
  const home = defaultDbPath(env);
  return existsSync(home) ? { kind: 'db', path: home, by: 'default' } : undefined;
}

/** The case model's knowledge from a source; undefined when the source holds no disease pages with symptoms (a
 *  knowledge base of documents only: the written knowledge asks alone). */
export function loadRedFlagSource(src: RedFlagSource | undefined, triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex | undefined {
  if (!src) return undefined;
  const index = src.kind === 'folder' ? loadKbRedFlags(src.path, triageOf) : loadKbRedFlagsFromDb(src.path, triageOf);
  return index.size > 0 ? index : undefined;
}
