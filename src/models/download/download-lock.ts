// One writer per cached file: in-process callers share the running download; another process holding the lock
// (a live pid in `<dest>.lock`) makes us fail fast instead of corrupting its `.part` file. Stale locks are taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { modelErrors } from '../errors.js';

const running = new Map<string, Promise<string>>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(lock: string, source: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: `process ${pid} is already downloading it (lock ${lock}); wait for it to finish` });
      }
      rmSync(lock, { force: true });
    }
  }
  throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: `could not take the lock ${lock}` });
}

/** Run `fn` as the only writer of `dest`; concurrent in-process calls get the same promise. */
export function withDownloadLock(dest: string, source: string, fn: () => Promise<string>): Promise<string> {
  const existing = running.get(dest);
  if (existing) return existing;
  const lock = `${dest}.lock`;
  const p = (async () => {
    takeLock(lock, source);
    try {
      return await fn();
    } finally {
      rmSync(lock, { force: true });
    }
  })();
  running.set(dest, p);
  void p.catch(() => undefined).finally(() => running.delete(dest));
  return p;
}
