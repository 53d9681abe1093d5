import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in test/helpers). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The workplace's shared data (never copied into the repo); override with QUARKMED_SHARED_DATA. */
export const SHARED_DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');
export const SHARED_TOOLS = resolve(SHARED_DATA, '..', 'tools');

export function sharedPath(...parts: string[]): string {
  const p = join(SHARED_DATA, ...parts);
  if (!existsSync(p)) throw new Error(`shared data file missing: ${p} (set QUARKMED_SHARED_DATA to the data folder)`);
  return p;
}
