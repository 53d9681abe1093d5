// Minimal tar reader (ustar, GNU long names, pax path records): enough to unpack a GitHub source archive
// without a native `tar` or another dependency. Pure over a Buffer.

export interface TarEntry {
  path: string;
  type: 'file' | 'dir' | 'other';
  data: Buffer;
}

function str(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end >= 0 && end < start + len ? end : start + len);
}

function octal(buf: Buffer, start: number, len: number): number {
  const s = str(buf, start, len).trim();
  return s ? parseInt(s, 8) : 0;
}

/** Parse pax extended-header records ("<len> key=value\n"). */
function paxPath(data: Buffer): string | undefined {
  const text = data.toString('utf8');
  for (const m of text.matchAll(/\d+ ([^=]+)=([^\n]*)\n/g)) if (m[1] === 'path') return m[2];
  return undefined;
}

/** Entries of an (uncompressed) tar archive; throws on a truncated or corrupt header. */
export function readTar(archive: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | undefined;
  while (off + 512 <= archive.length) {
    const header = archive.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const checksum = octal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
    if (sum !== checksum) throw new Error(`corrupt tar header at byte ${off}`);
    const typeflag = String.fromCharCode(header[156] || 48);
    const prefix = str(header, 345, 155);
    const name = str(header, 0, 100);
    const dataStart = off + 512;
    if (dataStart + size > archive.length) throw new Error(`truncated tar archive at byte ${off}`);
    const data = archive.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (typeflag === 'L') {
      longName = str(data, 0, data.length);
      continue;
    }
    if (typeflag === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (typeflag === 'g') continue;
    const path = longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    out.push({ path, type: typeflag === '0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'dir' : 'other', data });
  }
  return out;
}

/** Build a tar archive (used by tests and by anyone packing a local source the same way). */
export function writeTar(files: { path: string; data: Buffer | string }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const f of files) {
    const data = typeof f.data === 'string' ? Buffer.from(f.data) : f.data;
    const h = Buffer.alloc(512);
    h.write(f.path.slice(0, 100), 0, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write(
      `${Math.floor(Date.now() / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
    );
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += h[i];
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
