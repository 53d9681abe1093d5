// Plain text: one record per block of lines separated by blank lines.
import type { DataRecord } from '../record.js';
import type { InputSpec } from './input-spec.js';
import { readLines } from './open-input.js';

export async function* readTextBlocks(file: string, spec: InputSpec, fileIndex: number): AsyncIterable<DataRecord> {
  const source = spec.source ?? 'input';
  let block: string[] = [];
  let startLine = 0;
  const flush = (): DataRecord | null => {
    const text = block.join('\n').trim();
    block = [];
    if (!text) return null;
    const metadata: Record<string, unknown> = { origin: { file, line: startLine } };
    if (spec.authority) metadata.authority = spec.authority;
    return { id: `${source}:${fileIndex}:${startLine}`, text, source, metadata };
  };
  for await (const { line, text } of readLines(file, spec.encoding)) {
    if (text.trim() === '') {
      const r = flush();
      if (r) yield r;
      continue;
    }
    if (block.length === 0) startLine = line;
    block.push(text);
  }
  const r = flush();
  if (r) yield r;
}
