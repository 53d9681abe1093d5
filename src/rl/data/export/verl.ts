// verl parquet, the layout verl's RL datasets use: data_source, prompt (list<struct<content, role>>), ability,
// reward_model struct<ground_truth, style>, extra_info struct<index, split, id, task, source, authority, prompt>.
// reward_model.ground_truth carries the compact reward spec that integrations/verl/quarkmed_reward.py sends on.
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { writeFileAtomic } from '../../../core/atomic-write.js';
import { encodeSpec } from '../../reward/spec.js';
import type { RlItem } from '../item.js';

export interface VerlRow {
  data_source: string;
  prompt: { role: string; content: string }[];
  ability: string;
  reward_model: { style: string; ground_truth: string };
  extra_info: { index: bigint; split: string; id: string; task: string; source: string; authority: string; prompt: string };
}

export function verlRow(item: RlItem, index: number, split: string): VerlRow {
  const model = item.task === 'open' || item.task === 'general';
  const lastUser = [...item.prompt].reverse().find((m) => m.role === 'user')?.content ?? '';
  return {
    data_source: `quarkmed/${item.source}`,
    prompt: item.prompt.map((m) => ({ role: m.role, content: m.content })),
    ability: `medical-${item.task}`,
    reward_model: { style: model ? 'model' : 'rule', ground_truth: encodeSpec(item.reward_spec) },
    extra_info: { index: BigInt(index), split, id: item.id, task: item.task, source: item.source, authority: item.authority, prompt: lastUser },
  };
}

const S = (name: string) => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' });

export const VERL_SCHEMA = [
  { name: 'root', num_children: 5 },
  S('data_source'),
  { name: 'prompt', repetition_type: 'OPTIONAL', num_children: 1, converted_type: 'LIST' },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
  S('content'),
  S('role'),
  S('ability'),
  { name: 'reward_model', repetition_type: 'OPTIONAL', num_children: 2 },
  S('ground_truth'),
  S('style'),
  { name: 'extra_info', repetition_type: 'OPTIONAL', num_children: 7 },
  { name: 'index', type: 'INT64', repetition_type: 'OPTIONAL' },
  S('split'),
  S('id'),
  S('task'),
  S('source'),
  S('authority'),
  S('prompt'),
];

export function verlParquetBuffer(items: readonly RlItem[], split: string): ArrayBuffer {
  const rows = items.map((it, i) => verlRow(it, i, split));
  return parquetWriteBuffer({
    columnData: [
      { name: 'data_source', data: rows.map((r) => r.data_source) },
      { name: 'prompt', data: rows.map((r) => r.prompt) },
      { name: 'ability', data: rows.map((r) => r.ability) },
      { name: 'reward_model', data: rows.map((r) => r.reward_model) },
      { name: 'extra_info', data: rows.map((r) => r.extra_info) },
    ],
    schema: VERL_SCHEMA as never,
    kvMetadata: [{ key: 'quarkmed.rl_item_version', value: '1' }],
  });
}

export function writeVerlParquet(items: readonly RlItem[], dir: string, split: string): string {
  const path = join(dir, `${split}.parquet`);
  writeFileAtomic(path, new Uint8Array(verlParquetBuffer(items, split)));
  return path;
}
