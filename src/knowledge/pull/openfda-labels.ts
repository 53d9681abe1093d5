// `kb pull openfda-labels`: read openFDA's download manifest, download every drug-label partition (.json.zip),
// unpack the label JSON into $QUARKMED_HOME/sources/openfda-labels (temp folder + rename + completion marker), and
// hand the folder to ingest. Downloads stream to disk (a partition is ~100+ MB zipped, several times that unpacked).
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { quarkmedHome } from '../../core/paths.js';
import { kbErrors } from '../errors.js';
import { openfdaLabelLoader } from '../loaders/openfda-label.js';
import { extractZipEntry, listZip, ZipError } from './zip.js';

/** openFDA's manifest of every bulk file (https://open.fda.gov/data/downloads/). */
export const OPENFDA_MANIFEST_URL = 'https://api.fda.gov/download.json';
const MARKER = '.complete';

export interface LabelPullOptions {
  /** Manifest URL (default: openFDA's download.json). */
  manifestUrl?: string;
  /** Partition URLs to fetch instead of the manifest's list (e.g. one file, or a mirror). */
  urls?: string[];
  /** Where sources live (default $QUARKMED_HOME/sources). */
  sourcesDir?: string;
  /** Re-download even when a complete copy is present. */
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: { url: string; part: number; parts: number; received: number; total: number | undefined }) => void;
  /** Give up when no byte arrives for this long, in ms (default 120000). */
  idleTimeoutMs?: number;
}

export interface LabelPullResult {
  dir: string;
  /** Label JSON files unpacked (0 when an earlier complete copy was reused). */
  files: number;
  downloaded: boolean;
  bytes: number;
}

export function openfdaLabelsDir(sourcesDir = join(quarkmedHome(), 'sources')): string {
  return join(sourcesDir, 'openfda-labels');
}

function offlineHint(dir: string): string {
  return (
    `If this machine is offline, fetch the drug label files elsewhere — the list is ${OPENFDA_MANIFEST_URL} ` +
    '(results.drug.label.partitions, files like https://download.open.fda.gov/drug/label/drug-label-0001-of-0013.json.zip) — ' +
    `unzip them and run: quarkmed kb ingest /path/to/labels (or unpack them into ${dir}).`
  );
}

/** One HTTP GET with an idle timeout; the body streams to the caller. */
async function get(url: string, o: LabelPullOptions, dir: string): Promise<{ res: Response; idle: () => void; done: () => void }> {
  const ctl = new AbortController();
  const idleMs = o.idleTimeoutMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  const idle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ctl.abort(new Error(`no data for ${Math.round(idleMs / 1000)} s`)), idleMs);
  };
  idle();
  const signal = o.signal ? AbortSignal.any([o.signal, ctl.signal]) : ctl.signal;
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow' });
  } catch (err) {
    clearTimeout(timer);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: `network error: ${reason}`, hint: offlineHint(dir) }, { cause: err });
  }
  if (!res.ok || !res.body) {
    clearTimeout(timer);
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: `HTTP ${res.status} ${res.statusText}`.trim(), hint: offlineHint(dir) });
  }
  return { res, idle, done: () => clearTimeout(timer) };
}

/** The partition URLs the manifest lists for drug labels. */
async function partitionUrls(manifestUrl: string, o: LabelPullOptions, dir: string): Promise<string[]> {
  const { res, done } = await get(manifestUrl, o, dir);
  let manifest: unknown;
  try {
    manifest = JSON.parse(await res.text());
  } catch (err) {
    throw kbErrors.KB_DOWNLOAD_FAILED({
      url: manifestUrl,
      reason: `the manifest is not JSON (${err instanceof Error ? err.message : String(err)})`,
      hint: offlineHint(dir),
    });
  } finally {
    done();
  }
  const parts = (manifest as { results?: { drug?: { label?: { partitions?: unknown } } } })?.results?.drug?.label?.partitions;
  const urls = Array.isArray(parts)
    ? parts.map((p) => (p as { file?: unknown })?.file).filter((f): f is string => typeof f === 'string' && /^https?:\/\//.test(f))
    : [];
  if (urls.length === 0)
    throw kbErrors.KB_DOWNLOAD_FAILED({
      url: manifestUrl,
      reason: 'the manifest lists no drug label partitions (results.drug.label.partitions[].file)',
      hint: offlineHint(dir),
    });
  return urls;
}

/** Stream one partition to `target`; returns its size in bytes. */
async function download(url: string, target: string, part: number, parts: number, o: LabelPullOptions, dir: string): Promise<number> {
  const { res, idle, done } = await get(url, o, dir);
  const total = Number(res.headers.get('content-length')) || undefined;
  let received = 0;
  const body = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    idle();
    o.onProgress?.({ url, part, parts, received, total });
  });
  try {
    await pipeline(body, createWriteStream(target));
  } catch (err) {
    throw kbErrors.KB_DOWNLOAD_FAILED({
      url,
      reason: `interrupted after ${received} bytes: ${err instanceof Error ? err.message : String(err)}`,
      hint: offlineHint(dir),
    });
  } finally {
    done();
  }
  if (total !== undefined && received !== total)
    throw kbErrors.KB_DOWNLOAD_FAILED({ url, reason: `got ${received} of ${total} bytes`, hint: offlineHint(dir) });
  return received;
}

async function head(file: string): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.toString('utf8', 0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Unpack the label JSON of one downloaded zip into `tmp`; returns how many files it held. */
async function unpack(zipFile: string, url: string, tmp: string, dir: string): Promise<number> {
  const fail = (reason: string) => kbErrors.KB_DOWNLOAD_FAILED({ url, reason, hint: offlineHint(dir) });
  let files = 0;
  try {
    for (const e of await listZip(zipFile)) {
      if (e.name.endsWith('/') || !/\.json$/i.test(e.name)) continue;
      // Entries are flattened to their base name: nothing can be written outside the folder.
      const target = join(tmp, basename(e.name.replace(/\\/g, '/')));
      await extractZipEntry(zipFile, e, target);
      if (!openfdaLabelLoader.sniff?.(await head(target), target))
        throw fail(`${e.name} in the archive is not openFDA label JSON ({"meta": …, "results": [ … ]})`);
      files++;
    }
  } catch (err) {
    if (err instanceof ZipError) throw fail(`the archive is not a readable .zip (${err.message})`);
    throw err;
  }
  if (files === 0) throw fail('the archive holds no .json file');
  return files;
}

/** Download and unpack openFDA's drug labels; a complete earlier copy is reused unless `force`. */
export async function pullOpenfdaLabels(o: LabelPullOptions = {}): Promise<LabelPullResult> {
  const dir = openfdaLabelsDir(o.sourcesDir);
  if (!o.force && existsSync(join(dir, MARKER))) return { dir, files: 0, downloaded: false, bytes: 0 };
  const urls = o.urls?.length ? o.urls : await partitionUrls(o.manifestUrl ?? OPENFDA_MANIFEST_URL, o, dir);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let files = 0;
  let bytes = 0;
  try {
    for (const [i, url] of urls.entries()) {
      const zipFile = join(tmp, `.part-${i + 1}.zip`);
      bytes += await download(url, zipFile, i + 1, urls.length, o, dir);
      files += await unpack(zipFile, url, tmp, dir);
      rmSync(zipFile, { force: true });
    }
    writeFileSync(join(tmp, MARKER), `${new Date().toISOString()}\n${urls.join('\n')}\n`);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return { dir, files, downloaded: true, bytes };
}
