// Download progress on stderr: a cli-progress bar per file on a terminal, a line per finished file otherwise.
import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { DownloadProgress } from '../../../models/download/progress.js';
import { formatBytes } from '../../../models/download/cache-inventory.js';

export interface ProgressReporter {
  onProgress(p: DownloadProgress): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const bars = new Map<string, cliProgress.SingleBar>();
  const multi = stream.isTTY
    ? new cliProgress.MultiBar(
        {
          stream,
          format: ' {file} [{bar}] {percentage}% {done}/{size} {speed}',
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const started = new Map<string, number>();
  return {
    onProgress(p) {
      const file = basename(p.file);
      if (!started.has(p.file)) started.set(p.file, Date.now());
      const secs = Math.max(0.001, (Date.now() - (started.get(p.file) ?? Date.now())) / 1000);
      const payload = {
        file,
        done: formatBytes(p.downloadedBytes),
        size: p.totalBytes ? formatBytes(p.totalBytes) : '?',
        speed: `${formatBytes(p.downloadedBytes / secs)}/s`,
      };
      if (multi) {
        let bar = bars.get(p.file);
        if (!bar) {
          bar = multi.create(p.totalBytes ?? 0, 0, payload);
          bars.set(p.file, bar);
        }
        if (p.totalBytes) bar.setTotal(p.totalBytes);
        bar.update(p.downloadedBytes, payload);
      } else if (p.done) {
        stream.write(`downloaded ${file} (${payload.done})\n`);
      }
    },
    stop() {
      multi?.stop();
    },
  };
}
