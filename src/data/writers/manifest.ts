// The manifest: what a run produced — shards, counts, bytes, tokens (and how counted), filter reasons, duplicates.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataErrors } from '../errors.js';
import type { StepStats } from '../stats.js';

export const MANIFEST_VERSION = 1;

export interface ShardEntry {
  shard: number;
  /** File name relative to the output folder; absent when every record of the shard was dropped. */
  file?: string;
  records: number;
  bytes: number;
  textBytes: number;
  tokens: number;
  sha256?: string;
}

export interface Manifest {
  version: typeof MANIFEST_VERSION;
  pipeline: { name: string; file: string; fingerprint: string; seed: number };
  format: 'jsonl' | 'parquet';
  createdAt: string;
  input: {
    records: number;
    bytes: number;
    textBytes: number;
    files: string[];
    /** Configured fields that yielded no text, with how many records lacked each. */
    missingFields?: Record<string, number>;
    dialogues?: { records: number; turns: number };
  };
  /** Dialogue turns written (courtesy turns trimmed are counted apart: they are not content). */
  dialogues?: { records: number; turns: number; courtesyTrimmed: number; duplicateTurns?: number };
  /** Every dropped record, with step and reason (JSONL, relative to the output folder). */
  rejects?: { file: string; records: number };
  output: { records: number; bytes: number; textBytes: number; shards: number };
  tokens: { total: number; method: 'tokenizer' | 'estimate' | 'none'; description: string };
  /** Per step: seen, kept, changed, dropped by reason, counters. */
  steps: Record<string, StepStats>;
  filterReasons: Record<string, number>;
  duplicates: { exact: { removed: number; clusters: number }; near: { removed: number; clusters: number; rejectedCandidates: number } };
  languages: Record<string, number>;
  authority: Record<string, number>;
  knowledgeTypes: Record<string, number>;
  entityTypes: Record<string, number>;
  shards: ShardEntry[];
  timings: Record<string, number>;
}

export function readManifest(file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw dataErrors.DATA_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
  const v = (raw as { version?: unknown })?.version;
  if (v !== MANIFEST_VERSION) throw dataErrors.DATA_VERSION_MISMATCH({ file, found: v, expected: MANIFEST_VERSION });
  const p = z
    .object({ version: z.number(), shards: z.array(z.unknown()), steps: z.record(z.string(), z.unknown()) })
    .passthrough()
    .safeParse(raw);
  if (!p.success) throw dataErrors.DATA_RECORD_INVALID({ file, line: 0, reason: 'not a quarkmed data manifest' });
  return raw as Manifest;
}
