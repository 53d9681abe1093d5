// JSONL in the project's own document schema, streamed line by line (errors name file and line).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { Doc } from '../../core/types.js';
import { decodeText } from '../../core/encoding.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { sourceNameFromFile, type Loader, type LoaderContext } from './types.js';

export const jsonlDocSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]),
    title: z.string(),
    sections: z.array(z.object({ path: z.array(z.string()).default([]), text: z.string() })).optional(),
    text: z.string().optional(),
    source: z.string().min(1).optional(),
    url: z.string().optional(),
    lang: z.enum(['zh', 'en', 'other']).optional(),
    authority: z.enum(['A', 'B', 'C', 'D', 'E']).optional(),
    date: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((d) => (d.sections && d.sections.length > 0) || d.text?.trim(), { message: 'needs "sections" or "text"' });

/** Pure: one parsed JSON value → a document, or a KB_FILE_INVALID naming the line and field. */
export function jsonlRecordToDoc(value: unknown, file: string, line: number, ctx: LoaderContext): Doc {
  const parsed = jsonlDocSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw kbErrors.KB_FILE_INVALID({ file, line, field: issue.path.join('.') || undefined, reason: issue.message });
  }
  const r = parsed.data;
  const resolved = ctx.source(r.source ?? sourceNameFromFile(file));
  const sections = r.sections && r.sections.length > 0 ? r.sections : [{ path: [], text: r.text ?? '' }];
  const localId = String(r.id);
  return makeDoc({
    // Ids that already carry the source prefix are kept as they are.
    id: localId.startsWith(`${resolved.name}:`) ? localId : docId(resolved.name, localId),
    title: r.title,
    sections,
    source: resolved.name,
    url: r.url,
    date: r.date,
    lang: ctx.options.lang ?? r.lang ?? ctx.langOf(resolved, `${r.title}\n${sections.map((s) => s.text).join('\n')}`),
    authority: ctx.options.authority ?? r.authority ?? resolved.authority,
    metadata: r.metadata ?? {},
  });
}

/** Lines of a UTF-8 or GB18030 file, streamed (encoding decided from the first 64 KiB). */
export async function* readLines(file: string): AsyncIterable<string> {
  const fh = await open(file, 'r');
  const head = Buffer.alloc(65536);
  const { bytesRead } = await fh.read(head, 0, head.length, 0);
  await fh.close();
  // A cut multi-byte sequence at the sample's end must not look like invalid UTF-8.
  let sample = head.subarray(0, bytesRead);
  while (sample.length > 0 && bytesRead === head.length && (sample[sample.length - 1] & 0xc0) === 0x80) sample = sample.subarray(0, -1);
  if (sample.length > 0 && bytesRead === head.length && sample[sample.length - 1] >= 0xc0) sample = sample.subarray(0, -1);
  const encoding = decodeText(sample).encoding;
  const decoder = new TextDecoder(encoding);
  let rest = '';
  for await (const chunk of createReadStream(file)) {
    rest += decoder.decode(chunk as Buffer, { stream: true });
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}

export const jsonlLoader: Loader = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  async *load(file, ctx) {
    let n = 0;
    for await (const raw of readLines(file)) {
      n++;
      const line = raw.replace(/^\uFEFF/, '').trim();
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw kbErrors.KB_FILE_INVALID({ file, line: n, reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
      }
      yield jsonlRecordToDoc(value, file, n, ctx);
    }
  },
};
