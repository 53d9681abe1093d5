// Minimal zip reader (stored and deflated entries, zip64 sizes) over a file on disk: enough to unpack openFDA's
// .json.zip partitions without a native `unzip` or another dependency. Entries are inflated as streams, so a
// partition that unpacks to hundreds of MB never sits in memory. The tests' zip writer is test/helpers/zip-writer.ts.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** The file is not a zip we can read; the message says why. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip file, from its central directory. */
export async function listZip(file: string): Promise<ZipEntry[]> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let at = -1;
    for (let i = tailLen - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    if (at < 0) throw new ZipError('not a zip file (no end-of-central-directory record)');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if ((cdOffset === 0xffffffff || count === 0xffff) && at >= 20 && tail.readUInt32LE(at - 20) === EOCD64_LOCATOR) {
      const rec = Buffer.alloc(56);
      await fh.read(rec, 0, 56, Number(tail.readBigUInt64LE(at - 20 + 8)));
      if (rec.readUInt32LE(0) !== EOCD64) throw new ZipError('broken zip64 end record');
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) throw new ZipError('the central directory lies past the end of the file (truncated download?)');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const out: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipError(`broken central directory at entry ${n}`);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const e: ZipEntry = {
        name: cd.toString('utf8', p + 46, p + 46 + nameLen),
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        offset: cd.readUInt32LE(p + 42),
      };
      // zip64: the 0xffffffff fields are in the 0x0001 extra field, in this order.
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = cd.readUInt16LE(x);
        const len = cd.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          if (e.size === 0xffffffff) {
            e.size = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (e.compressedSize === 0xffffffff) {
            e.compressedSize = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (e.offset === 0xffffffff) e.offset = Number(cd.readBigUInt64LE(q));
        }
        x += 4 + len;
      }
      out.push(e);
      p = xEnd + commentLen;
    }
    return out;
  } finally {
    await fh.close();
  }
}

/** Inflate one entry into `target`, checking its size and CRC-32. */
export async function extractZipEntry(file: string, entry: ZipEntry, target: string): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported (stored or deflate only)`);
  const fh = await open(file, 'r');
  let dataStart: number;
  try {
    const head = Buffer.alloc(30);
    await fh.read(head, 0, 30, entry.offset);
    if (head.readUInt32LE(0) !== LOCAL) throw new ZipError(`${entry.name}: no local header at offset ${entry.offset}`);
    dataStart = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  } finally {
    await fh.close();
  }
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw new ZipError(`${entry.name}: damaged (no data)`);
    await pipeline(new PassThrough().end(), createWriteStream(target));
    return;
  }
  let crc = 0;
  let size = 0;
  const check = new PassThrough();
  check.on('data', (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
  });
  const source = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  const decode: Transform = entry.method === 8 ? createInflateRaw() : new PassThrough();
  try {
    await pipeline(source, decode, check, createWriteStream(target));
  } catch (err) {
    throw new ZipError(`${entry.name}: cannot inflate (${err instanceof Error ? err.message : String(err)})`);
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw new ZipError(`${entry.name}: damaged (size or CRC-32 does not match the directory)`);
}
