// Ingest (coordinator): read every input in order and cut it into fixed-size shards; shard ids follow input order.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../../core/atomic-write.js';
import type { PipelineSpec } from '../pipeline-file.js';
import { readInputs, expandPaths } from '../readers/index.js';
import { recordToJson } from '../record.js';
import { layout } from './plan.js';

export interface IngestResult {
  version: 1;
  shards: number;
  records: number;
  bytes: number;
  textBytes: number;
  files: string[];
  /** Configured fields that yielded no text, by field: how many records lacked each (reported, never silent). */
  missingFields: Record<string, number>;
  /** Dialogue records and their turns as read (the denominator of "turns kept"). */
  dialogues: { records: number; turns: number };
}

export async function ingest(spec: PipelineSpec): Promise<IngestResult> {
  const w = spec.output.workDir;
  const doneFile = layout.ingestDone(w);
  if (existsSync(doneFile)) return JSON.parse(readFileSync(doneFile, 'utf8')) as IngestResult;
  const files = spec.inputs.flatMap((i) => expandPaths(i, spec.baseDir));
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  let shard = 0;
  let buf: string[] = [];
  let records = 0;
  let textBytes = 0;
  const missingFields: Record<string, number> = {};
  const dialogues = { records: 0, turns: 0 };
  const flush = (): void => {
    writeFileAtomic(layout.ingestShard(w, shard++), buf.length ? `${buf.join('\n')}\n` : '');
    buf = [];
  };
  for await (const r of readInputs(spec.inputs, spec.baseDir)) {
    buf.push(recordToJson(r));
    records++;
    textBytes += Buffer.byteLength(r.text);
    if (Array.isArray(r.metadata.missingFields)) for (const f of r.metadata.missingFields) missingFields[String(f)] = (missingFields[String(f)] ?? 0) + 1;
    if (r.messages) {
      dialogues.records++;
      dialogues.turns += r.messages.filter((m) => m.role !== 'system').length;
    }
    if (buf.length >= spec.output.shardSize) flush();
  }
  if (buf.length || shard === 0) flush();
  const result: IngestResult = { version: 1, shards: shard, records, bytes, textBytes, files, missingFields, dialogues };
  writeFileAtomic(doneFile, JSON.stringify(result));
  return result;
}

export function readIngest(spec: PipelineSpec): IngestResult {
  return JSON.parse(readFileSync(layout.ingestDone(spec.output.workDir), 'utf8')) as IngestResult;
}
