// A search worker that dies on the query "__crash__" (or the first time "__crash_once__" is seen, using a marker
// file), so pool tests can check crash handling; everything else goes to the real worker.
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const marker = `${(workerData as { dbPath: string }).dbPath}.crashed`;
parentPort?.on('message', (msg: { type: string; query?: string }) => {
  if (msg.type !== 'search') return;
  if (msg.query === '__crash__') process.exit(7);
  if (msg.query === '__crash_once__' && !existsSync(marker)) {
    writeFileSync(marker, '');
    process.exit(7);
  }
});
await import('../../src/retrieval/search-worker.js');
