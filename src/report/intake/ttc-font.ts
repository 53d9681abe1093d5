// pdf-lib embeds TTF/OTF but not TrueType collections, and the CJK font installed here (wqy-microhei) is a .ttc:
// both the report renderer (bench) and the PDF reading tests need its first font as a standalone TTF.

/** The first font of a TrueType collection as a standalone TTF (pdf-lib embeds TTF/OTF, not TTC). */
export function firstFontOfTtc(ttc: Uint8Array): Uint8Array {
  const v = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (v.getUint32(0) !== 0x74746366) return ttc; // not 'ttcf': already a single font
  const at = v.getUint32(12);
  const numTables = v.getUint16(at + 4);
  const records = Array.from({ length: numTables }, (_, i) => {
    const r = at + 12 + i * 16;
    return { tag: v.getUint32(r), sum: v.getUint32(r + 4), offset: v.getUint32(r + 8), length: v.getUint32(r + 12) };
  });
  const headerLen = 12 + numTables * 16;
  // Each table is padded to a 4-byte boundary, as the sfnt format requires.
  const total = records.reduce((n, r) => n + ((r.length + 3) & ~3), headerLen);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  out.set(ttc.subarray(at, at + 12), 0);
  let pos = headerLen;
  records.forEach((r, i) => {
    w.setUint32(12 + i * 16, r.tag);
    w.setUint32(12 + i * 16 + 4, r.sum);
    w.setUint32(12 + i * 16 + 8, pos);
    w.setUint32(12 + i * 16 + 12, r.length);
    out.set(ttc.subarray(r.offset, r.offset + r.length), pos);
    pos += (r.length + 3) & ~3;
  });
  return out;
}
