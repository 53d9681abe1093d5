// Shared by every worker-thread / child-process launcher (search pool, data executors, ingest worker).
// Worker entry points resolve to the compiled .js next to this file; when running from TypeScript sources, to the
// same file in a compiled copy of src/ named by $QUARKMED_COMPILED_SRC (the test run's global setup makes one from
// the current sources), else to the .ts file loaded through tsx's ESM loader (slow to start: it compiles on load).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's src/ folder (this file is src/core/worker-entry.ts when running from sources). */
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** `js` (a path under src/) in the compiled copy of src/, when one is named and holds it. */
function compiledCopy(js: string): string | undefined {
  const dir = process.env.QUARKMED_COMPILED_SRC;
  if (!dir) return undefined;
  const rel = relative(SRC_DIR, js);
  if (rel.startsWith('..') || rel.startsWith(sep)) return undefined;
  const file = join(dir, rel);
  return existsSync(file) ? file : undefined;
}

export interface EntryPoint {
  file: string;
  /** Extra node flags for child processes (tsx loader when running from .ts). */
  execArgv: string[];
  typescript: boolean;
}

export function resolveEntry(jsUrl: URL): EntryPoint {
  const js = fileURLToPath(jsUrl);
  if (existsSync(js)) return { file: js, execArgv: [], typescript: false };
  const compiled = compiledCopy(js);
  if (compiled) return { file: compiled, execArgv: [], typescript: false };
  const ts = js.replace(/\.js$/, '.ts');
  return { file: ts, execArgv: ['--import', 'tsx'], typescript: true };
}

/** Source for a worker thread (eval mode) that registers tsx, then imports the .ts entry. */
export function tsWorkerBootstrap(tsFile: string): string {
  // The ESM build of tsx's API (require.resolve gives the CommonJS twin beside it).
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const mjs = cjs.replace(/\.cjs$/, '.mjs');
  const api = pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(tsFile).href)}); });`;
}
