// `kb pull medquad`: download the MedQuAD archive from its public home, unpack the XML collections into
// $QUARKMED_HOME/sources/medquad (temp folder + rename + completion marker), and hand the folder to ingest.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { quarkmedHome } from '../../core/paths.js';
import { kbErrors } from '../errors.js';
import { readTar } from './tar.js';

export const MEDQUAD_ARCHIVE_URL = 'https://codeload.github.com/abachaa/MedQuAD/tar.gz/refs/heads/master';
const MARKER = '.complete';

export interface PullOptions {
  /** Archive URL (default: the GitHub tarball of abachaa/MedQuAD master). */
  url?: string;
  /** Where sources live (default $QUARKMED_HOME/sources). */
  sourcesDir?: string;
  /** Re-download even when a complete copy is present. */
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: (received: number, total: number | undefined) => void;
  /** Per-request timeout in ms (default 120000). */
  timeoutMs?: number;
}

export interface PullResult {
  dir: string;
  files: number;
  downloaded: boolean;
  bytes: number;
}

export function medquadDir(sourcesDir = join(quarkmedHome(), 'sources')): string {
  return join(sourcesDir, 'medquad');
}

function offlineHint(dir: string): string {
  return `If this machine is offline, download https://github.com/abachaa/MedQuAD elsewhere, copy it here and run: quarkmed kb ingest /path/to/MedQuAD (or unpack it into ${dir}).`;
}

async function fetchArchive(url: string, o: PullOptions, dir: string): Promise<Buffer> {
  const timeout = AbortSignal.timeout(o.timeoutMs ?? 120_000);
  const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow' });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: `network error: ${reason}`, hint: offlineHint(dir) }, { cause: err });
  }
  if (!res.ok || !res.body) {
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: `HTTP ${res.status} ${res.statusText}`.trim(), hint: offlineHint(dir) });
  }
  const total = Number(res.headers.get('content-length')) || undefined;
  const parts: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      parts.push(Buffer.from(chunk));
      received += chunk.length;
      o.onProgress?.(received, total);
    }
  } catch (err) {
    throw kbErrors.KB_DOWNLOAD_FAILED({
      url,
      reason: `interrupted after ${received} bytes: ${err instanceof Error ? err.message : String(err)}`,
      hint: offlineHint(dir),
    });
  }
  return Buffer.concat(parts);
}

/** Download and unpack MedQuAD's XML collections; a complete earlier copy is reused unless `force`. */
export async function pullMedquad(o: PullOptions = {}): Promise<PullResult> {
  const url = o.url ?? MEDQUAD_ARCHIVE_URL;
  const dir = medquadDir(o.sourcesDir);
  if (!o.force && existsSync(join(dir, MARKER))) return { dir, files: 0, downloaded: false, bytes: 0 };
  const gz = await fetchArchive(url, o, dir);
  let entries;
  try {
    entries = readTar(gunzipSync(gz));
  } catch (err) {
    throw kbErrors.KB_DOWNLOAD_FAILED({
      url,
      reason: `the archive is not a readable .tar.gz (${err instanceof Error ? err.message : String(err)})`,
      hint: offlineHint(dir),
    });
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  let files = 0;
  for (const e of entries) {
    if (e.type !== 'file') continue;
    // Strip GitHub's "<repo>-<branch>/" top folder; keep XML collections and the licence only.
    const rel = e.path.split('/').slice(1).join('/');
    if (!rel || !(/\.xml$/i.test(rel) || /^(readme|license)/i.test(rel.split('/').pop() ?? ''))) continue;
    const target = normalize(join(tmp, rel));
    if (!target.startsWith(tmp + sep)) continue; // no path traversal out of the folder
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, e.data);
    if (/\.xml$/i.test(rel)) files++;
  }
  if (files === 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: 'the archive holds no MedQuAD XML files', hint: offlineHint(dir) });
  }
  writeFileSync(join(tmp, MARKER), `${new Date().toISOString()} ${url}\n`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return { dir, files, downloaded: true, bytes: gz.length };
}
