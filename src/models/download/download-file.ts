// Download one file into the model cache: write `<dest>.part`, resume it with a Range request if a previous run was
// interrupted, check the length, then rename. Readers never see a half-written model; reruns skip finished files.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { modelErrors } from '../errors.js';
import { withDownloadLock } from './download-lock.js';
import type { DownloadProgress } from './progress.js';

export interface DownloadFileOptions {
  url: string;
  dest: string;
  headers?: Record<string, string>;
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Checked on the finished file before it is moved into place (e.g. GGUF magic bytes). */
  validate?: (partPath: string) => string | undefined;
  /** A label for messages (spec or URI rather than the resolved URL). */
  source?: string;
}

export async function downloadFile(o: DownloadFileOptions): Promise<string> {
  if (existsSync(o.dest)) return o.dest;
  mkdirSync(dirname(o.dest), { recursive: true });
  return withDownloadLock(o.dest, o.source ?? o.url, () => (existsSync(o.dest) ? Promise.resolve(o.dest) : fetchToCache(o)));
}

async function fetchToCache(o: DownloadFileOptions): Promise<string> {
  const source = o.source ?? o.url;
  const part = `${o.dest}.part`;
  const have = existsSync(part) ? statSync(part).size : 0;
  const headers: Record<string, string> = { ...o.headers };
  if (have > 0) headers.range = `bytes=${have}-`;

  let res: Response;
  try {
    res = await fetch(o.url, { headers, signal: o.signal, redirect: 'follow' });
  } catch (err) {
    throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: err instanceof Error ? err.message : String(err) }, { cause: err });
  }
  if (res.status === 416 && have > 0) {
    // The part file is already complete (or the server disagrees): start over rather than trust it.
    rmSync(part, { force: true });
    return fetchToCache(o);
  }
  if (!res.ok || !res.body) {
    const hint = res.status === 401 || res.status === 403 ? ' (gated or private: set HF_TOKEN)' : res.status === 404 ? ' (check owner/repo/file name)' : '';
    throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: `HTTP ${res.status} from ${o.url}${hint}` }, { details: { upstreamStatus: res.status } });
  }
  const resumed = res.status === 206;
  const start = resumed ? have : 0;
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? start + length : undefined;
  let downloaded = start;
  let lastReport = 0;
  const report = (done = false) => o.onProgress?.({ file: o.dest, downloadedBytes: downloaded, totalBytes: total, done });

  // Write each chunk before reading the next, so an interrupted download leaves every received byte on disk.
  const handle = await open(part, resumed ? 'a' : 'w');
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      await handle.write(chunk);
      downloaded += chunk.length;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report();
      }
    }
  } catch (err) {
    // Keep the .part file: the next run resumes from it.
    throw modelErrors.MODEL_DOWNLOAD_FAILED(
      { source, reason: `interrupted after ${downloaded} bytes: ${(err as Error).message}; rerun to resume` },
      { cause: err },
    );
  } finally {
    await handle.close();
  }
  const size = statSync(part).size;
  if (total !== undefined && size !== total) {
    throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: `got ${size} of ${total} bytes; rerun to resume` });
  }
  const invalid = o.validate?.(part);
  if (invalid) {
    rmSync(part, { force: true });
    throw modelErrors.MODEL_DOWNLOAD_FAILED({ source, reason: invalid });
  }
  renameSync(part, o.dest);
  report(true);
  return o.dest;
}
