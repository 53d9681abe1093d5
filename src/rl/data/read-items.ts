import { readFileSync } from 'node:fs';
import { rlErrors } from '../errors.js';
import { rlItemSchema, type RlItem } from './item.js';

/** Read our RL JSONL (as `rl build --format jsonl` writes it); errors name the file and line. */
export function readItems(path: string): RlItem[] {
  const out: RlItem[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(lines[i]);
    } catch {
      throw rlErrors.RL_DATA_INVALID({ file: path, line: i + 1, reason: 'not JSON' });
    }
    const p = rlItemSchema.safeParse(v);
    if (!p.success) throw rlErrors.RL_DATA_INVALID({ file: path, line: i + 1, reason: `${p.error.issues[0].path.join('.')}: ${p.error.issues[0].message}` });
    out.push(p.data as RlItem);
  }
  return out;
}
