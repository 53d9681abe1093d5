// `kb pull medquad`: download the MedQuAD archive from its public home, unpack the XML collections into
// $QUARKMED_HOME/sources/medquad (temp folder + rename + completion marker), and hand the folder to ingest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { quarkmedHome } from '../../core/paths.js';
import { download, downloadFailed, isComplete, type PullResult, replaceDir } from './download.js';
import { readTar } from './tar.js';

export type { PullResult } from './download.js';

export const MEDQUAD_ARCHIVE_URL = 'https://codeload.github.com/abachaa/MedQuAD/tar.gz/refs/heads/master';

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

export function medquadDir(sourcesDir = join(quarkmedHome(), 'sources')): string {
  return join(sourcesDir, 'medquad');
}

function offlineHint(dir: string): string {
  return `If this machine is offline, download https://github.com/abachaa/MedQuAD elsewhere, copy it here and run: quarkmed kb ingest /path/to/MedQuAD (or unpack it into ${dir}).`;
}

async function fetchArchive(url: string, o: PullOptions, dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  await download(url, { signal: o.signal, timeoutMs: o.timeoutMs ?? 120_000 }, offlineHint(dir), (b) => void parts.push(b), o.onProgress);
  return Buffer.concat(parts);
}

/** Download and unpack MedQuAD's XML collections; a complete earlier copy is reused unless `force`. */
export async function pullMedquad(o: PullOptions = {}): Promise<PullResult> {
  const url = o.url ?? MEDQUAD_ARCHIVE_URL;
  const dir = medquadDir(o.sourcesDir);
  if (!o.force && isComplete(dir)) return { dir, files: 0, downloaded: false, bytes: 0 };
  const gz = await fetchArchive(url, o, dir);
  let entries: ReturnType<typeof readTar>;
  try {
    entries = readTar(gunzipSync(gz));
  } catch (err) {
    throw downloadFailed(url, `the archive is not a readable .tar.gz (${err instanceof Error ? err.message : String(err)})`, offlineHint(dir));
  }
  const files = await replaceDir(dir, async (tmp) => {
    let n = 0;
    for (const e of entries) {
      if (e.type !== 'file') continue;
      // Strip GitHub's "<repo>-<branch>/" top folder; keep XML collections and the licence only.
      const rel = e.path.split('/').slice(1).join('/');
      if (!rel || !(/\.xml$/i.test(rel) || /^(readme|license)/i.test(rel.split('/').pop() ?? ''))) continue;
      const target = normalize(join(tmp, rel));
      if (!target.startsWith(tmp + sep)) continue; // no path traversal out of the folder
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, e.data);
      if (/\.xml$/i.test(rel)) n++;
    }
    if (n === 0) throw downloadFailed(url, 'the archive holds no MedQuAD XML files', offlineHint(dir));
    return { result: n, marker: `${new Date().toISOString()} ${url}\n` };
  });
  return { dir, files, downloaded: true, bytes: gz.length };
}
