// Decode bytes from medical sources that arrive as UTF-8 (with or without BOM) or GB18030 (Chinese legacy).

export type TextEncoding = 'utf-8' | 'utf-16le' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Detect and decode: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array, hint?: TextEncoding): DecodedText {
  if (hint) return { text: new TextDecoder(hint).decode(bytes), encoding: hint };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
