// The default download reporter when a caller passes none (e.g. `quarkmed serve --model llama:hf:…` on first run):
// a line on stderr every 10% or 10 s, so a multi-GB download is never silent. Pass `onProgress: false` to mute.
import { basename } from 'node:path';
import { formatBytes } from './cache-inventory.js';
import type { DownloadProgress } from './progress.js';

export type ProgressOption = ((p: DownloadProgress) => void) | false | undefined;

export function createProgressLog(write: (line: string) => void = (l) => process.stderr.write(l)): (p: DownloadProgress) => void {
  const last = new Map<string, { at: number; pct: number }>();
  return (p) => {
    const now = Date.now();
    const pct = p.totalBytes ? Math.floor((p.downloadedBytes / p.totalBytes) * 100) : -1;
    const prev = last.get(p.file);
    if (!p.done && prev && now - prev.at < 10_000 && (pct < 0 || pct - prev.pct < 10)) return;
    last.set(p.file, { at: now, pct });
    const size = p.totalBytes ? ` of ${formatBytes(p.totalBytes)}` : '';
    const head = p.done ? 'downloaded' : 'downloading';
    write(`quarkmed: ${head} ${basename(p.file)} ${pct >= 0 ? `${pct}% ` : ''}(${formatBytes(p.downloadedBytes)}${size})\n`);
  };
}

/** undefined → the stderr log; false → silent; a function → itself. */
export function progressHandler(option: ProgressOption): ((p: DownloadProgress) => void) | undefined {
  if (option === false) return undefined;
  return option ?? createProgressLog();
}
