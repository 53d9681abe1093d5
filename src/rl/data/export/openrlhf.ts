// OpenRLHF JSONL: `prompt` (chat messages; use --apply_chat_template) and `label` (the compact reward spec the
// service parses), so `--input_key prompt --label_key label --remote_rm_url http://…/openrlhf` works as is.
import { join } from 'node:path';
import { writeFileAtomic } from '../../../core/atomic-write.js';
import { encodeSpec } from '../../reward/spec.js';
import type { RlItem } from '../item.js';

export function openRlhfRecord(item: RlItem): Record<string, unknown> {
  return { prompt: item.prompt, label: encodeSpec(item.reward_spec), datasource: `quarkmed/${item.source}`, id: item.id, task: item.task };
}

export function writeOpenRlhf(items: readonly RlItem[], dir: string, split: string): string {
  const path = join(dir, `${split}.openrlhf.jsonl`);
  writeFileAtomic(path, items.map((i) => JSON.stringify(openRlhfRecord(i))).join('\n') + (items.length ? '\n' : ''));
  return path;
}
