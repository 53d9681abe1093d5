import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write a file so readers see either the old or the new content, never half of it. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A file written a piece at a time that appears under its name only when committed. */
export interface AtomicStream {
  /** Resolves once the stream can take more (back-pressure). */
  write(chunk: string): Promise<void>;
  /** Flush, then rename into place. */
  commit(): Promise<void>;
  /** Drop everything written so far; safe while writes are still in flight. */
  discard(): Promise<void>;
}

/**
 * Stream to `${path}.partial` and rename on commit, so bad input found half-way leaves nothing behind. The stream's
 * own error listener is there because destroying it with a write in flight emits ERR_STREAM_DESTROYED, which would
 * otherwise crash the process after the caller's clear error was already printed.
 */
export function openAtomicStream(path: string): AtomicStream {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  let failure: Error | undefined;
  out.on('error', (err) => {
    failure ??= err;
  });
  const settled = (): Promise<void> =>
    new Promise<void>((res) => {
      const done = (): void => {
        out.off('drain', done);
        out.off('close', done);
        res();
      };
      out.once('drain', done);
      out.once('close', done);
    });
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (!out.write(chunk)) await settled();
      if (failure) throw failure;
    },
    async commit() {
      await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
      if (failure) throw failure;
      renameSync(tmp, path);
    },
    async discard() {
      if (!out.closed) {
        await new Promise<void>((res) => {
          out.once('close', () => res());
          out.destroy();
        });
      }
      rmSync(tmp, { force: true });
    },
  };
}
