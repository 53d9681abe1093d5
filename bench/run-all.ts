// `npm run bench`: run every bench/*.bench.ts in its own process (clean memory figures), one after another.
// Each writes its figures to bench/results/<name>.json and .md; this prints a one-line status per bench.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const started = Date.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (res.status !== 0) failed++;
  console.log(`[bench] ${file}: ${res.status === 0 ? 'ok' : `FAILED (exit ${res.status})`} in ${secs}s`);
}
process.exitCode = failed ? 1 : 0;
