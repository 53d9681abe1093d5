// Shard writers: JSONL (one record a line, stable key order) and Parquet (id, text, source, lang, authority, tokens,
// metadata as JSON). Written to a temp file and renamed, so a crash never leaves half a shard.
import { statSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { openAtomicStream, writeFileAtomic } from '../../core/atomic-write.js';
import { recordToJson, type DataRecord } from '../record.js';

export type ShardFormat = 'jsonl' | 'parquet';

export interface ShardSummary {
  records: number;
  bytes: number;
  textBytes: number;
}

export async function writeJsonlShard(file: string, records: AsyncIterable<DataRecord>, onRecord?: (r: DataRecord) => void): Promise<ShardSummary> {
  const out = openAtomicStream(file);
  let n = 0;
  let textBytes = 0;
  try {
    for await (const r of records) {
      onRecord?.(r);
      n++;
      textBytes += Buffer.byteLength(r.text);
      await out.write(`${recordToJson(r)}\n`);
    }
  } catch (err) {
    await out.discard();
    throw err;
  }
  await out.commit();
  return { records: n, bytes: statSync(file).size, textBytes };
}

export async function writeParquetShard(file: string, records: AsyncIterable<DataRecord>, onRecord?: (r: DataRecord) => void): Promise<ShardSummary> {
  const cols = {
    id: [] as string[],
    text: [] as string[],
    source: [] as string[],
    lang: [] as (string | null)[],
    authority: [] as (string | null)[],
    tokens: [] as (number | null)[],
    metadata: [] as string[],
    messages: [] as (string | null)[],
  };
  let textBytes = 0;
  for await (const r of records) {
    onRecord?.(r);
    textBytes += Buffer.byteLength(r.text);
    cols.id.push(r.id);
    cols.text.push(r.text);
    cols.source.push(r.source);
    cols.lang.push(typeof r.metadata.lang === 'string' ? r.metadata.lang : null);
    cols.authority.push(typeof r.metadata.authority === 'string' ? r.metadata.authority : null);
    cols.tokens.push(typeof r.metadata.tokens === 'number' ? r.metadata.tokens : null);
    cols.metadata.push(JSON.stringify(r.metadata));
    cols.messages.push(r.messages ? JSON.stringify(r.messages) : null);
  }
  const buf = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: cols.id, type: 'STRING', nullable: false },
      { name: 'text', data: cols.text, type: 'STRING', nullable: false },
      { name: 'source', data: cols.source, type: 'STRING', nullable: false },
      { name: 'lang', data: cols.lang, type: 'STRING' },
      { name: 'authority', data: cols.authority, type: 'STRING' },
      { name: 'tokens', data: cols.tokens, type: 'INT32' },
      { name: 'metadata', data: cols.metadata, type: 'STRING', nullable: false },
      // Dialogue turns as JSON [{role, content}] (null for plain-text records).
      { name: 'messages', data: cols.messages, type: 'STRING' },
    ],
    kvMetadata: [{ key: 'quarkmed.shard.version', value: '1' }],
    createdBy: 'quarkmed data',
  });
  writeFileAtomic(file, new Uint8Array(buf));
  return { records: cols.id.length, bytes: buf.byteLength, textBytes };
}

export function writeShard(format: ShardFormat, file: string, records: AsyncIterable<DataRecord>, onRecord?: (r: DataRecord) => void): Promise<ShardSummary> {
  return format === 'parquet' ? writeParquetShard(file, records, onRecord) : writeJsonlShard(file, records, onRecord);
}
