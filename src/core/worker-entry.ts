// Shared by every worker-thread / child-process launcher (search pool, data executors, ingest worker).
// Worker entry points resolve to the compiled .js next to this file, or — when running from TypeScript sources
// (vitest, tsx) — to the .ts file, loaded through tsx's ESM loader.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface EntryPoint {
  file: string;
  /** Extra node flags for child processes (tsx loader when running from .ts). */
  execArgv: string[];
  typescript: boolean;
}

export function resolveEntry(jsUrl: URL): EntryPoint {
  const js = fileURLToPath(jsUrl);
  if (existsSync(js)) return { file: js, execArgv: [], typescript: false };
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
