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
  const flush = (): void => {
    writeFileAtomic(layout.ingestShard(w, shard++), buf.length ? `${buf.join('\n')}\n` : '');
    buf = [];
  };
  for await (const r of readInputs(spec.inputs, spec.baseDir)) {
    buf.push(recordToJson(r));
    records++;
    textBytes += Buffer.byteLength(r.text);
    if (buf.length >= spec.output.shardSize) flush();
  }
  if (buf.length || shard === 0) flush();
  const result: IngestResult = { version: 1, shards: shard, records, bytes, textBytes, files };
  writeFileAtomic(doneFile, JSON.stringify(result));
  return result;
}

export function readIngest(spec: PipelineSpec): IngestResult {
  return JSON.parse(readFileSync(layout.ingestDone(spec.output.workDir), 'utf8')) as IngestResult;
}
