// Ingest progress on stderr: a bar on a terminal, nothing when piped (logs and --json stay clean).
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../../../retrieval/ingest.js';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

export function createProgress(enabled = process.stderr.isTTY === true): ProgressReporter {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {value}/{total} files | {documents} docs, {chunks} chunks, {skipped} unchanged, {failed} failed | {file}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = {
        documents: p.documents,
        chunks: p.chunks,
        skipped: p.skipped,
        failed: p.failed,
        file: (p.file ?? '').split(/[\\/]/).slice(-2).join('/'),
      };
      if (!started) {
        bar.start(p.filesTotal, p.filesDone, payload);
        started = true;
      }
      bar.update(p.filesDone, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
