// The download core both `kb pull` sources share: one HTTP GET (a timeout, the offline hint on every failure), the
// body read chunk by chunk with progress, and the folder written beside its final place (temp folder + rename +
// completion marker) so a failed pull never leaves half a copy or removes the earlier complete one.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { kbErrors } from '../errors.js';

/** The file a finished pull writes last: its folder is complete. */
export const MARKER = '.complete';

export interface PullResult {
  dir: string;
  /** Files unpacked (0 when an earlier complete copy was reused). */
  files: number;
  downloaded: boolean;
  bytes: number;
}

export interface GetOptions {
  signal?: AbortSignal;
  /** Give up when the whole request takes longer than this, in ms. */
  timeoutMs?: number;
  /** Give up when no byte arrives for this long, in ms (restarted by every chunk). */
  idleTimeoutMs?: number;
}

/** A download failure naming the URL, the reason and how to do without the network. */
export const downloadFailed = (url: string, reason: string, hint: string, cause?: unknown) =>
  kbErrors.KB_DOWNLOAD_FAILED({ url, reason, hint }, cause === undefined ? undefined : { cause });

/**
 * GET `url` and read its body: every chunk goes to `write` (awaited, so a file write keeps pace), progress is
 * reported as it arrives. `exactLength` also fails a body shorter or longer than its content-length. Returns the bytes read.
 */
export async function download(
  url: string,
  o: GetOptions,
  hint: string,
  write: (chunk: Buffer) => void | Promise<void>,
  onProgress?: (received: number, total: number | undefined) => void,
  exactLength = false,
): Promise<number> {
  const ctl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const idle = () => {
    if (o.idleTimeoutMs === undefined) return;
    clearTimeout(timer);
    const ms = o.idleTimeoutMs;
    timer = setTimeout(() => ctl.abort(new Error(`no data for ${Math.round(ms / 1000)} s`)), ms);
  };
  idle();
  const signals = [ctl.signal, ...(o.signal ? [o.signal] : []), ...(o.timeoutMs !== undefined ? [AbortSignal.timeout(o.timeoutMs)] : [])];
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.any(signals), redirect: 'follow' });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
      throw downloadFailed(url, `network error: ${reason}`, hint, err);
    }
    if (!res.ok || !res.body) throw downloadFailed(url, `HTTP ${res.status} ${res.statusText}`.trim(), hint);
    const total = Number(res.headers.get('content-length')) || undefined;
    let received = 0;
    try {
      for await (const chunk of Readable.fromWeb(res.body as ReadableStream<Uint8Array>)) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        received += b.length;
        idle();
        await write(b);
        onProgress?.(received, total);
      }
    } catch (err) {
      throw downloadFailed(url, `interrupted after ${received} bytes: ${err instanceof Error ? err.message : String(err)}`, hint);
    }
    if (exactLength && total !== undefined && received !== total) throw downloadFailed(url, `got ${received} of ${total} bytes`, hint);
    return received;
  } finally {
    clearTimeout(timer);
  }
}

/** True when `dir` holds a finished pull. */
export const isComplete = (dir: string): boolean => existsSync(join(dir, MARKER));

/**
 * Fill a temp folder beside `dir`, then put it in `dir`'s place with its completion marker. When `fill` throws, the
 * temp folder is removed and `dir` (an earlier complete copy) is left as it was.
 */
export async function replaceDir<T>(dir: string, fill: (tmp: string) => Promise<{ result: T; marker: string }>): Promise<T> {
  const tmp = `${dir}.tmp-${process.pid}`;
  removeStaleTemps(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let out: { result: T; marker: string };
  try {
    out = await fill(tmp);
    writeFileSync(join(tmp, MARKER), out.marker);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return out.result;
}

/** Temp folders beside `dir` left by a pull that was interrupted (Ctrl-C, kill): their process is gone. A running
 *  pull's folder (its pid alive) is left alone. Partitions run to hundreds of MB, so none may linger. */
function removeStaleTemps(dir: string): void {
  const parent = dirname(dir);
  const prefix = `${basename(dir)}.tmp-`;
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : Number.NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
