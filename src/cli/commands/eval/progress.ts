// Eval progress on stderr: a cli-progress bar with ETA, running accuracy and tokens on a terminal;
// a line every 10% otherwise (CI logs).
import cliProgress from 'cli-progress';
import type { RunProgress } from '../../../eval/runner.js';

export interface EvalProgress {
  start(total: number, resumed: number): void;
  update(p: RunProgress): void;
  stop(): void;
}

export function createEvalProgress(enabled: boolean): EvalProgress {
  if (!enabled) return { start() {}, update() {}, stop() {} };
  if (!process.stderr.isTTY) {
    let lastDecile = -1;
    return {
      start: (total, resumed) => console.error(`eval: ${total} items${resumed ? ` (${resumed} resumed)` : ''}`),
      update(p) {
        const decile = Math.floor((p.done / Math.max(1, p.total)) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          console.error(
            `eval: ${p.done}/${p.total} acc ${p.done ? ((p.correct / p.done) * 100).toFixed(1) : '0'}% tokens ${p.promptTokens}+${p.completionTokens}`,
          );
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'eval [{bar}] {value}/{total} | ETA {eta_formatted} | acc {acc} | tokens {tokens} | cached {cached} | errors {errors}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, resumed) => bar.start(total, resumed, { acc: '-', tokens: 0, cached: 0, errors: 0 }),
    update: (p) =>
      bar.update(p.done, {
        acc: p.done ? `${((p.correct / p.done) * 100).toFixed(1)}%` : '-',
        tokens: p.promptTokens + p.completionTokens,
        cached: p.cached,
        errors: p.errors,
      }),
    stop: () => bar.stop(),
  };
}
