// Reward logging: one compact JSONL record per scored response (task, reward, acc, format, length, reasons),
// appended asynchronously so the hot path never waits on the disk. `quarkmed reward stats` summarises it.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { RewardResult } from '../reward/engine.js';

export interface RewardLogRecord {
  t: number;
  /** Batch sequence number (training step proxy). */
  b: number;
  ep: string;
  task: string;
  /** RL item id (from the reward spec). */
  id?: string;
  src?: string;
  r: number;
  acc: 0 | 1;
  fmt: 0 | 1;
  len: number;
  why: string;
}

export interface RewardLogger {
  log(endpoint: string, results: readonly RewardResult[], sources?: readonly (string | undefined)[]): void;
  close(): Promise<void>;
}

export function createRewardLogger(path: string, options: { sample?: number } = {}): RewardLogger {
  mkdirSync(dirname(path), { recursive: true });
  const stream: WriteStream = createWriteStream(path, { flags: 'a' });
  const sample = options.sample ?? 1;
  let batch = 0;
  return {
    log(endpoint, results, sources) {
      const b = batch++;
      const t = Date.now();
      const lines: string[] = [];
      for (let i = 0; i < results.length; i++) {
        if (sample < 1 && Math.random() >= sample) continue;
        const r = results[i];
        const why = Object.entries(r.reasons)
          .map(([k, v]) => `${k}=${v}`)
          .join(';');
        const rec: RewardLogRecord = {
          t,
          b,
          ep: endpoint,
          task: r.task,
          r: r.reward,
          acc: r.acc ? 1 : 0,
          fmt: r.formatOk ? 1 : 0,
          len: r.responseChars,
          why: why.length > 200 ? why.slice(0, 200) : why,
        };
        if (r.id !== undefined) rec.id = r.id;
        const src = sources?.[i];
        if (src) rec.src = src;
        lines.push(JSON.stringify(rec));
      }
      if (lines.length) stream.write(`${lines.join('\n')}\n`);
    },
    close: () => new Promise<void>((resolve) => stream.end(() => resolve())),
  };
}
