// A search worker that dies on the query "__crash__" (or the first time "__crash_once__" is seen, using a marker
// file), so pool tests can check crash handling; everything else goes to the real worker.
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

// The real worker listens first (messages sent before any listener wait for one; a listener here first would
// take them while the real one is still loading).
await import('../../src/retrieval/search-worker.js');

const marker = `${(workerData as { dbPath: string }).dbPath}.crashed`;
parentPort?.on('message', (msg: { type: string; query?: string }) => {
  if (msg.type !== 'search') return;
  if (msg.query === '__crash__') process.exit(7);
  if (msg.query === '__crash_once__' && !existsSync(marker)) {
    writeFileSync(marker, '');
    process.exit(7);
  }
});
