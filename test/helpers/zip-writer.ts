// A small zip in memory (deflated entries) for test fixtures: the reader under test is src/knowledge/pull/zip.ts.
import { crc32, deflateRawSync } from 'node:zlib';

/** A little-endian record: [signature, then (width, value) pairs] written in order. */
function record(size: number, fields: [offset: number, width: 2 | 4, value: number][]): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, width, v] of fields) width === 2 ? b.writeUInt16LE(v, at) : b.writeUInt32LE(v, at);
  return b;
}

export function writeZip(entries: { name: string; data: string | Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    const comp = deflateRawSync(data);
    const name = Buffer.from(e.name);
    const crc = crc32(data) >>> 0;
    // Version, flags (UTF-8 names), method 8 (deflate), CRC, sizes, name length: the local header (30 bytes) holds
    // them from offset 4, the central one (46 bytes) from offset 6 after its "made by" version.
    const common = (at: number): [number, 2 | 4, number][] => [
      [at, 2, 20],
      [at + 2, 2, 0x0800],
      [at + 4, 2, 8],
      [at + 10, 4, crc],
      [at + 14, 4, comp.length],
      [at + 18, 4, data.length],
      [at + 22, 2, name.length],
    ];
    locals.push(record(30, [[0, 4, 0x04034b50], ...common(4)]), name, comp);
    centrals.push(record(46, [[0, 4, 0x02014b50], [4, 2, 20], ...common(6), [42, 4, offset]]), name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, cd.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, cd, end]);
}
