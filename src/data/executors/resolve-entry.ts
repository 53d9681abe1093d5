// Worker entry points resolve to the compiled .js next to this file, or — when running from TypeScript sources
// (vitest, tsx) — to the .ts file loaded through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface EntryPoint {
  file: string;
  execArgv: string[];
}

export function resolveEntry(jsUrl: URL): EntryPoint {
  const js = fileURLToPath(jsUrl);
  if (existsSync(js)) return { file: js, execArgv: [] };
  const ts = js.replace(/\.js$/, '.ts');
  return { file: ts, execArgv: ['--import', 'tsx'] };
}
