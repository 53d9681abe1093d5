// Fast reading of OpenRLHF's request body. A GRPO step is one JSON object of 8,192 queries, each the templated
// prompt followed by the response, plus the same prompts again and the labels: ~46 MB, most of it prompt text
// repeated twice. Decoding all of it (UTF-8 to string, JSON.parse) costs more than verifying the responses.
// Python's json.dumps writes the prompt inside each query with exactly the same escapes as in `prompts`, so the
// response is the query's raw JSON bytes after the prompt's raw bytes: we locate string boundaries with
// Buffer.indexOf('"'), decode only responses, and decode each distinct prompt and label once. Anything that is
// not that exact shape (other keys, non-string labels, a query that does not start with its prompt) returns null
// and the caller falls back to JSON.parse, so behaviour never depends on this path.

import { isAscii } from 'node:buffer';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipWs(buf: Buffer, i: number): number {
  while (i < buf.length && isWs(buf[i])) i++;
  return i;
}

/** End (exclusive, after the closing quote) of the JSON string opening at `i`, or -1. */
function stringEnd(buf: Buffer, i: number): number {
  let j = buf.indexOf(QUOTE, i + 1);
  while (j > 0) {
    let k = j - 1;
    while (buf[k] === BACKSLASH) k--;
    if ((j - 1 - k) % 2 === 0) return j + 1; // an even number of backslashes: the quote is not escaped
    j = buf.indexOf(QUOTE, j + 1);
  }
  return -1;
}

/** [start, end) of each string in the array opening at `i` ("[" expected), and the offset after "]"; null otherwise. */
function stringArray(buf: Buffer, i: number): { items: Int32Array; end: number } | null {
  if (buf[i] !== 0x5b) return null;
  const spans: number[] = [];
  i = skipWs(buf, i + 1);
  if (buf[i] === 0x5d) return { items: new Int32Array(0), end: i + 1 };
  for (;;) {
    if (buf[i] !== QUOTE) return null;
    const e = stringEnd(buf, i);
    if (e < 0) return null;
    spans.push(i, e);
    i = skipWs(buf, e);
    if (buf[i] === 0x2c) i = skipWs(buf, i + 1);
    else if (buf[i] === 0x5d) return { items: Int32Array.from(spans), end: i + 1 };
    else return null;
  }
}

const HEX = new Int8Array(256).fill(-1);
for (let d = 0; d < 10; d++) HEX[0x30 + d] = d;
for (let d = 0; d < 6; d++) HEX[0x41 + d] = HEX[0x61 + d] = 10 + d;
const ESCAPES = new Int32Array(256).fill(-1);
for (const [ch, code] of [
  ['"', 0x22],
  ['\\', 0x5c],
  ['/', 0x2f],
  ['b', 8],
  ['f', 12],
  ['n', 10],
  ['r', 13],
  ['t', 9],
] as const)
  ESCAPES[ch.charCodeAt(0)] = code;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');
let units = new Uint16Array(1 << 16);

/**
 * The JSON string whose content is the ASCII bytes [start, end) (no quotes), decoded straight into UTF-16 code
 * units: no intermediate string per response. Null for anything unusual (non-ASCII bytes, surrogates, a bad
 * escape); the caller then uses JSON.parse, so results are always JSON.parse's.
 */
export function decodeAsciiJsonString(buf: Buffer, start: number, end: number): string | null {
  if (!LITTLE_ENDIAN) return null;
  if (units.length < end - start) units = new Uint16Array(Math.max(end - start, units.length * 2));
  const u = units;
  let o = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== BACKSLASH) {
      if (c >= 0x80 || c < 0x20) return null;
      u[o++] = c;
      continue;
    }
    const e = buf[++i];
    if (e === 0x75) {
      const h = (HEX[buf[i + 1]] << 12) | (HEX[buf[i + 2]] << 8) | (HEX[buf[i + 3]] << 4) | HEX[buf[i + 4]];
      if (h < 0 || (h >= 0xd800 && h <= 0xdfff)) return null; // a bad escape, or a surrogate (pairing is JSON.parse's job)
      u[o++] = h;
      i += 4;
    } else {
      const code = ESCAPES[e];
      if (code < 0) return null;
      u[o++] = code;
    }
  }
  return utf16.decode(new Uint8Array(u.buffer, 0, o * 2));
}

export interface OpenrlhfBody {
  responses: string[];
  prompts: string[];
  labels: string[];
}

type Key = 'query' | 'prompts' | 'labels';

/** A decoder for raw JSON string bytes (quotes included) that reuses the previous value when the bytes repeat:
 * the 32 rollouts of a prompt arrive together, with the same prompt and label. */
function runDecoder(buf: Buffer, text: (s: number, e: number) => string): (start: number, end: number) => string {
  let ls = -1;
  let le = -1;
  let lv = '';
  return (start, end) => {
    if (ls >= 0 && end - start === le - ls && buf.compare(buf, ls, le, start, end) === 0) return lv;
    lv = JSON.parse(text(start, end)) as string;
    ls = start;
    le = end;
    return lv;
  };
}

/** One sample of the body, decoded on demand. */
export interface OpenrlhfSample {
  response: string;
  prompt: string;
  label: string;
}

/**
 * The body's samples located but not yet decoded: `sample(k)` decodes the k-th. A caller that scores samples in
 * small chunks as it decodes them keeps the working set small: 8,192 decoded responses alive at once (~15 MB of
 * strings) survive young-generation collections and are copied and promoted, which costs more than decoding them.
 * Samples must be read in order (repeated prompts and labels are decoded once per run of equal bytes).
 */
export interface OpenrlhfBodyReader {
  readonly length: number;
  sample(k: number): OpenrlhfSample;
}

/**
 * A reader over the raw body, or null when the body is not exactly {"query": [str…], "prompts": [str…],
 * "labels": [str…]} with every query starting with its prompt and no empty label (the caller then parses it as
 * ordinary JSON). Every check is made here, before any sample is decoded.
 */
export function scanOpenrlhfBody(buf: Buffer): OpenrlhfBodyReader | null {
  let i = skipWs(buf, 0);
  if (buf[i] !== 0x7b) return null;
  i = skipWs(buf, i + 1);
  const arrays: Partial<Record<Key, Int32Array>> = {};
  while (buf[i] !== 0x7d) {
    if (buf[i] !== QUOTE) return null;
    const ke = stringEnd(buf, i);
    const key = buf.toString('latin1', i + 1, ke - 1);
    if (key !== 'query' && key !== 'prompts' && key !== 'labels') return null;
    i = skipWs(buf, ke);
    if (buf[i] !== 0x3a) return null;
    const arr = stringArray(buf, skipWs(buf, i + 1));
    if (!arr) return null;
    arrays[key] = arr.items;
    i = skipWs(buf, arr.end);
    if (buf[i] === 0x2c) i = skipWs(buf, i + 1);
    else if (buf[i] !== 0x7d) return null;
  }
  if (skipWs(buf, i + 1) !== buf.length) return null;
  const { query, prompts, labels } = arrays;
  if (!query || !prompts || !labels || prompts.length !== query.length || labels.length !== query.length) return null;
  const n = query.length / 2;
  for (let k = 0; k < n; k++) {
    const qs = query[2 * k];
    const plen = prompts[2 * k + 1] - prompts[2 * k] - 1; // the prompt's bytes without its closing quote
    if (plen > query[2 * k + 1] - qs - 1 || buf.compare(buf, prompts[2 * k], prompts[2 * k] + plen, qs, qs + plen) !== 0) return null;
    if (labels[2 * k + 1] - labels[2 * k] === 2) return null; // "": the route's error names the missing --label_key
  }
  // Python's json.dumps escapes every non-ASCII character by default: such bodies decode byte-for-char (latin1),
  // the cheapest string V8 builds; others (ensure_ascii=False) need UTF-8 decoding.
  const text = isAscii(buf) ? (s: number, e: number) => buf.toString('latin1', s, e) : (s: number, e: number) => buf.toString('utf8', s, e);
  const decodePrompt = runDecoder(buf, text);
  const decodeLabel = runDecoder(buf, text);
  return {
    length: n,
    sample(k) {
      const qs = query[2 * k];
      const qe = query[2 * k + 1];
      const ps = prompts[2 * k];
      const pe = prompts[2 * k + 1];
      const plen = pe - ps - 1;
      // The response's raw bytes are complete escape sequences: the prompt's raw form ends on one.
      const response = decodeAsciiJsonString(buf, qs + plen, qe - 1) ?? (JSON.parse(`"${text(qs + plen, qe)}`) as string);
      return { response, prompt: decodePrompt(ps, pe), label: decodeLabel(labels[2 * k], labels[2 * k + 1]) };
    },
  };
}

/**
 * Responses (the query after its prompt, end-of-turn tokens still attached), prompts and labels from the raw
 * body, all decoded, or null as for scanOpenrlhfBody.
 */
export function readOpenrlhfBody(buf: Buffer): OpenrlhfBody | null {
  const reader = scanOpenrlhfBody(buf);
  if (!reader) return null;
  const n = reader.length;
  const out: OpenrlhfBody = { responses: new Array(n), prompts: new Array(n), labels: new Array(n) };
  for (let k = 0; k < n; k++) {
    const s = reader.sample(k);
    out.responses[k] = s.response;
    out.prompts[k] = s.prompt;
    out.labels[k] = s.label;
  }
  return out;
}
