#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (prepare → build).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('quarkmed: the compiled CLI is missing (dist/cli/main.js). Run `npm run build` in the project folder.');
  process.exit(1);
}
await import(entry.href);
