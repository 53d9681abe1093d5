// Input edge: bytes from disk (gzip/zstd transparently), encoding detected once, text streamed as lines.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { decodeText, type TextEncoding } from '../../core/encoding.js';
import { dataErrors } from '../errors.js';

export type Compression = 'none' | 'gzip' | 'zstd';

export function compressionOf(file: string): Compression {
  if (/\.gz$/i.test(file)) return 'gzip';
  if (/\.zst(d)?$/i.test(file)) return 'zstd';
  return 'none';
}

async function* zstdChunks(source: AsyncIterable<Buffer>): AsyncIterable<Uint8Array> {
  const out: Uint8Array[] = [];
  const d = new Decompress((chunk) => out.push(chunk));
  for await (const chunk of source) {
    d.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    while (out.length) yield out.shift()!;
  }
  d.push(new Uint8Array(0), true);
  while (out.length) yield out.shift()!;
}

/** The file's decompressed bytes, streamed. Errors name the file. */
export async function* openBytes(file: string): AsyncIterable<Uint8Array> {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const comp = compressionOf(file);
  const src: AsyncIterable<Buffer | Uint8Array> = comp === 'gzip' ? raw.pipe(createGunzip()) : comp === 'zstd' ? zstdChunks(raw as AsyncIterable<Buffer>) : raw;
  try {
    for await (const chunk of src) yield chunk as Uint8Array;
  } catch (err) {
    throw dataErrors.DATA_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
}

/** Detect the encoding from the first 64 KiB (cut at a newline, which no multi-byte sequence contains). */
export async function sniffEncoding(file: string): Promise<TextEncoding> {
  const parts: Uint8Array[] = [];
  let n = 0;
  let truncated = false;
  for await (const chunk of openBytes(file)) {
    parts.push(chunk);
    n += chunk.length;
    if (n >= 65536) {
      truncated = true;
      break;
    }
  }
  const all = Buffer.concat(parts).subarray(0, 65536);
  // Stopped mid-file: cut at the last newline so no multi-byte character is split.
  let end = all.length;
  if (truncated) {
    const nl = all.lastIndexOf(0x0a);
    if (nl > 0) end = nl;
    else {
      // One long line: drop a trailing partial UTF-8 sequence instead.
      let k = end - 1;
      while (k > end - 4 && k > 0 && (all[k] & 0xc0) === 0x80) k--;
      if (all[k] >= 0xc0) end = k;
    }
  }
  return decodeText(all.subarray(0, end)).encoding;
}

/** Decoded text chunks; `encoding` given or detected. A UTF-8 BOM is removed. */
export async function* openText(file: string, encoding?: TextEncoding): AsyncIterable<string> {
  const enc = encoding ?? (await sniffEncoding(file));
  const dec = new TextDecoder(enc);
  let first = true;
  for await (const chunk of openBytes(file)) {
    let s = dec.decode(chunk, { stream: true });
    if (first) {
      s = s.replace(/^\uFEFF/, '');
      first = false;
    }
    if (s) yield s;
  }
  const tail = dec.decode();
  if (tail) yield tail;
}

/** Lines without their terminators (\n or \r\n), numbered from 1. */
export async function* readLines(file: string, encoding?: TextEncoding): AsyncIterable<{ line: number; text: string }> {
  let buf = '';
  let line = 0;
  for await (const s of openText(file, encoding)) {
    buf += s;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      yield { line: ++line, text: buf.slice(0, i).replace(/\r$/, '') };
      buf = buf.slice(i + 1);
    }
  }
  if (buf.length) yield { line: ++line, text: buf.replace(/\r$/, '') };
}

export async function readAllText(file: string, encoding?: TextEncoding): Promise<string> {
  let s = '';
  for await (const part of openText(file, encoding)) s += part;
  return s;
}

export async function fileSize(file: string): Promise<number> {
  const h = await open(file, 'r');
  try {
    return (await h.stat()).size;
  } finally {
    await h.close();
  }
}
