import { join } from 'node:path';
import { writeFileAtomic } from '../../../core/atomic-write.js';
import type { RlItem } from '../item.js';

/** Our own format: one RlItem per line (read back by `rl difficulty`, `rl resample` and `rl build --items`). */
export function writeJsonl(items: readonly RlItem[], dir: string, split: string): string {
  const path = join(dir, `${split}.jsonl`);
  writeFileAtomic(path, items.map((i) => JSON.stringify(i)).join('\n') + (items.length ? '\n' : ''));
  return path;
}
