// `kb pull openfda-labels`: read openFDA's download manifest, download every drug-label partition (.json.zip),
// unpack the label JSON into $QUARKMED_HOME/sources/openfda-labels (temp folder + rename + completion marker), and
// hand the folder to ingest. Downloads stream to disk (a partition is ~100+ MB zipped, several times that unpacked).
import { createReadStream, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { quarkmedHome } from '../../core/paths.js';
import { JsonResultsError, readJsonResults } from '../loaders/json-results-stream.js';
import { openfdaLabelLoader } from '../loaders/openfda-label.js';
import { download, downloadFailed, isComplete, MARKER, type PullResult, replaceDir } from './download.js';
import { extractZipEntry, listZip, ZipError } from './zip.js';

/** openFDA's manifest of every bulk file (https://open.fda.gov/data/downloads/). */
export const OPENFDA_MANIFEST_URL = 'https://api.fda.gov/download.json';

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

export type LabelPullResult = PullResult;

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

const getOptions = (o: LabelPullOptions) => ({ signal: o.signal, idleTimeoutMs: o.idleTimeoutMs ?? 120_000 });

/** The partition URLs the manifest lists for drug labels. */
async function partitionUrls(manifestUrl: string, o: LabelPullOptions, dir: string): Promise<string[]> {
  const parts: Buffer[] = [];
  await download(manifestUrl, getOptions(o), offlineHint(dir), (b) => void parts.push(b));
  let manifest: unknown;
  try {
    manifest = JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch (err) {
    throw downloadFailed(manifestUrl, `the manifest is not JSON (${err instanceof Error ? err.message : String(err)})`, offlineHint(dir));
  }
  const listed = (manifest as { results?: { drug?: { label?: { partitions?: unknown } } } })?.results?.drug?.label?.partitions;
  const urls = Array.isArray(listed)
    ? listed.map((p) => (p as { file?: unknown })?.file).filter((f): f is string => typeof f === 'string' && /^https?:\/\//.test(f))
    : [];
  if (urls.length === 0)
    throw downloadFailed(manifestUrl, 'the manifest lists no drug label partitions (results.drug.label.partitions[].file)', offlineHint(dir));
  return urls;
}

/** Stream one partition to `target`; returns its size in bytes. */
async function downloadPart(url: string, target: string, part: number, parts: number, o: LabelPullOptions, dir: string): Promise<number> {
  const fh = await open(target, 'w');
  try {
    return await download(
      url,
      getOptions(o),
      offlineHint(dir),
      async (b) => void (await fh.write(b)),
      (received, total) => o.onProgress?.({ url, part, parts, received, total }),
      true,
    );
  } finally {
    await fh.close();
  }
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

/**
 * Why an unpacked file is no drug-label partition, or undefined when it is one: its first record is read (a stream,
 * stopped there) — `"results": []` holds no label, and a record with no set_id / effective_time is another openFDA
 * endpoint (drug/event, drug/enforcement …). Checked before the file may replace a complete copy.
 */
async function notLabels(file: string): Promise<string | undefined> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const { value } of readJsonResults(stream)) {
      const has = (k: string) => (Array.isArray(value[k]) ? value[k].length > 0 : typeof value[k] === 'string' && value[k] !== '');
      if (!has('set_id') || !has('effective_time'))
        return 'holds openFDA records that are not drug labels (no set_id / effective_time: another endpoint such as drug/event; only drug/label files are read)';
      return undefined;
    }
    return 'holds no label records ("results" is empty)';
  } catch (err) {
    if (err instanceof JsonResultsError) return `is not openFDA label JSON (${err.message})`;
    throw err;
  } finally {
    stream.destroy();
  }
}

/** Unpack the label JSON of one downloaded zip into `tmp`; returns how many files it held. */
async function unpack(zipFile: string, url: string, tmp: string, dir: string): Promise<number> {
  const fail = (reason: string) => downloadFailed(url, reason, offlineHint(dir));
  let files = 0;
  try {
    for (const e of await listZip(zipFile)) {
      if (e.name.endsWith('/') || !/\.json$/i.test(e.name)) continue;
      // Entries are flattened to their base name: nothing can be written outside the folder.
      const target = join(tmp, basename(e.name.replace(/\\/g, '/')));
      await extractZipEntry(zipFile, e, target);
      if (!openfdaLabelLoader.sniff?.(await head(target), target))
        throw fail(`${e.name} in the archive is not openFDA label JSON ({"meta": …, "results": [ … ]})`);
      const why = await notLabels(target);
      if (why) throw fail(`${e.name} in the archive ${why}`);
      files++;
    }
  } catch (err) {
    if (err instanceof ZipError) throw fail(`the archive is not a readable .zip (${err.message})`);
    throw err;
  }
  if (files === 0) throw fail('the archive holds no .json file');
  return files;
}

/** Where a pull reads from: the partition URLs given, else the manifest (as recorded on the marker's "from" line). */
function pulledFrom(o: LabelPullOptions): string {
  return o.urls?.length ? o.urls.join(' ') : (o.manifestUrl ?? OPENFDA_MANIFEST_URL);
}

/** The "from" line of a completion marker (undefined for a marker written before it had one). */
function markerSource(marker: string): string | undefined {
  try {
    return /^from (.+)$/m.exec(readFileSync(marker, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Download and unpack openFDA's drug labels; a complete earlier copy is reused unless `force`
 *  or an explicit `urls` / `manifestUrl` names another place than the copy came from. */
export async function pullOpenfdaLabels(o: LabelPullOptions = {}): Promise<LabelPullResult> {
  const dir = openfdaLabelsDir(o.sourcesDir);
  const from = pulledFrom(o);
  if (!o.force && isComplete(dir)) {
    // A copy pulled from the same place is reused; an explicit --url / --manifest naming another place downloads again
    // (a user who names a file or mirror expects it to be read, not silently passed over).
    const given = Boolean(o.urls?.length || o.manifestUrl);
    if (!given || markerSource(join(dir, MARKER)) === from) return { dir, files: 0, downloaded: false, bytes: 0 };
  }
  const urls = o.urls?.length ? o.urls : await partitionUrls(o.manifestUrl ?? OPENFDA_MANIFEST_URL, o, dir);
  return replaceDir(dir, async (tmp) => {
    let files = 0;
    let bytes = 0;
    for (const [i, url] of urls.entries()) {
      const zipFile = join(tmp, `.part-${i + 1}.zip`);
      bytes += await downloadPart(url, zipFile, i + 1, urls.length, o, dir);
      files += await unpack(zipFile, url, tmp, dir);
      rmSync(zipFile, { force: true });
    }
    return { result: { dir, files, downloaded: true, bytes }, marker: `${new Date().toISOString()}\nfrom ${from}\n${urls.join('\n')}\n` };
  });
}
