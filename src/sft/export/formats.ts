// Training-engine formats for SFT samples:
//   chat        — {"messages": [{role, content}]} JSONL (OpenAI / most trainers)
//   sharegpt    — {"conversations": [{from: human|gpt|system, value}]} JSONL
//   llamafactory— data file in ShareGPT layout + dataset_info.json naming it (formatting "sharegpt")
//   swift       — ms-swift's standard {"messages": [...]} JSONL (`--dataset <file>`)
//   verl        — parquet with a `messages` column list<struct<role, content>> (verl's multi-turn SFT dataset,
//                 data.multiturn.enable=true data.multiturn.messages_key=messages), plus extra_info
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { sftErrors } from '../errors.js';
import type { SftSample } from '../sample.js';
import { SFT_EXPORT_FORMATS, type SftExportFormat } from './format-names.js';

export { SFT_EXPORT_FORMATS, type SftExportFormat };

export function parseExportFormats(list: string): SftExportFormat[] {
  const out = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of out)
    if (!(SFT_EXPORT_FORMATS as readonly string[]).includes(f)) throw sftErrors.SFT_FORMAT_UNKNOWN({ format: f, known: SFT_EXPORT_FORMATS.join(', ') });
  return out as SftExportFormat[];
}

const FROM = { system: 'system', user: 'human', assistant: 'gpt' } as const;
const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
export const shareGptRow = (s: SftSample) => ({ conversations: s.messages.map((m) => ({ from: FROM[m.role], value: m.content })) });

const S = (name: string) => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' });
export const VERL_SFT_SCHEMA = [
  { name: 'root', num_children: 2 },
  { name: 'messages', repetition_type: 'OPTIONAL', num_children: 1, converted_type: 'LIST' },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', repetition_type: 'OPTIONAL', num_children: 2 },
  S('role'),
  S('content'),
  { name: 'extra_info', repetition_type: 'OPTIONAL', num_children: 5 },
  S('id'),
  S('task'),
  S('ability'),
  S('lang'),
  S('source'),
];

export function verlSftParquet(samples: readonly SftSample[]): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: [
      { name: 'messages', data: samples.map((s) => s.messages.map((m) => ({ role: m.role, content: m.content }))) },
      { name: 'extra_info', data: samples.map((s) => ({ id: s.id, task: s.task, ability: s.ability, lang: s.lang, source: s.source })) },
    ],
    schema: VERL_SFT_SCHEMA as never,
    kvMetadata: [{ key: 'quarkmed.sft_sample_version', value: '1' }],
  });
}

/** Write one format for one split; returns the files written. */
export function exportSamples(samples: readonly SftSample[], format: SftExportFormat, outDir: string, split = 'train', name = 'quarkmed_sft'): string[] {
  switch (format) {
    case 'chat': {
      const f = join(outDir, `${split}.chat.jsonl`);
      writeFileAtomic(f, jsonl(samples.map((s) => ({ messages: s.messages }))));
      return [f];
    }
    case 'sharegpt': {
      const f = join(outDir, `${split}.sharegpt.jsonl`);
      writeFileAtomic(f, jsonl(samples.map(shareGptRow)));
      return [f];
    }
    case 'swift': {
      const f = join(outDir, `${split}.swift.jsonl`);
      writeFileAtomic(f, jsonl(samples.map((s) => ({ messages: s.messages }))));
      return [f];
    }
    case 'llamafactory': {
      const dir = join(outDir, 'llamafactory');
      const data = join(dir, `${name}_${split}.json`);
      writeFileAtomic(data, `${JSON.stringify(samples.map(shareGptRow))}\n`);
      const info = join(dir, 'dataset_info.json');
      const entry = {
        file_name: `${name}_${split}.json`,
        formatting: 'sharegpt',
        columns: { messages: 'conversations' },
        tags: { role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt', system_tag: 'system' },
      };
      // One dataset_info.json names every split written to this folder: a val split exported after train (or before)
      // must not replace the other's entry, or LLaMA-Factory stops with "Undefined dataset" for it.
      const known = existsSync(info) ? (JSON.parse(readFileSync(info, 'utf8')) as Record<string, unknown>) : {};
      writeFileAtomic(info, `${JSON.stringify({ ...known, [`${name}_${split}`]: entry }, null, 2)}\n`);
      return [data, info];
    }
    case 'verl': {
      const f = join(outDir, `${split}.parquet`);
      writeFileAtomic(f, new Uint8Array(verlSftParquet(samples)));
      return [f];
    }
  }
}
