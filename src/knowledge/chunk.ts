// Section-aware chunking: chunks never cross a section, keep the title and section path, and stay under a size bound.
import { estimateTokens, prefixWithinTokens } from '../core/tokens.js';
import type { Chunk, Doc } from '../core/types.js';

export interface ChunkOptions {
  /** Upper bound per chunk in estimated tokens (a Han character ≈ 1, four Latin characters ≈ 1). Default 320. */
  maxTokens?: number;
}

export const DEFAULT_CHUNK_OPTIONS: Required<ChunkOptions> = { maxTokens: 320 };

/** Split a too-long paragraph at sentence ends (Chinese and Latin punctuation), then hard-cut what is still too long. */
export function splitSentences(text: string, maxTokens: number): string[] {
  const sentences = text.match(/[^。！？；!?;\n]+(?:[。！？；!?;]+|\.(?=\s|$)|$)|[。！？；!?;]+/g) ?? [text];
  const out: string[] = [];
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    if (estimateTokens(s) <= maxTokens) {
      out.push(s);
      continue;
    }
    // Hard cut: keep Latin words whole by cutting at the last space before the bound.
    let rest = s;
    while (estimateTokens(rest) > maxTokens) {
      let cut = prefixWithinTokens(rest, maxTokens);
      const space = rest.lastIndexOf(' ', cut);
      if (space > cut / 2) cut = space;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}

interface Piece {
  text: string;
  /** Separator before this piece when it shares a chunk with the previous one. */
  sep: string;
}

/** Pack pieces greedily into chunks no larger than maxTokens (a short heading line travels with what follows). */
function pack(pieces: Piece[], maxTokens: number): string[] {
  const out: string[] = [];
  let cur = '';
  let size = 0;
  for (const p of pieces) {
    const t = estimateTokens(p.text);
    if (cur && size + t > maxTokens && size >= 24) {
      out.push(cur);
      cur = '';
      size = 0;
    }
    cur = cur ? cur + p.sep + p.text : p.text;
    size += t;
    // A heading merged ahead of a full-size piece may overflow; split it back at the bound.
    if (size > maxTokens * 1.25) {
      out.push(cur);
      cur = '';
      size = 0;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Pure: a section's text → chunk texts (paragraphs packed; long paragraphs split at sentences). */
export function chunkText(text: string, options: ChunkOptions = {}): string[] {
  const { maxTokens } = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (estimateTokens(trimmed) <= maxTokens) return [trimmed];
  const pieces: Piece[] = [];
  for (const para of trimmed.split(/\n+/)) {
    const p = para.trim();
    if (!p) continue;
    if (estimateTokens(p) <= maxTokens) {
      pieces.push({ text: p, sep: '\n' });
      continue;
    }
    const inner = /[\u3400-\u9fff]/.test(p) ? '' : ' ';
    splitSentences(p, maxTokens).forEach((s, i) => pieces.push({ text: s, sep: i === 0 ? '\n' : inner }));
  }
  return pack(pieces, maxTokens);
}

/** Pure: a document → its chunks, in order, each carrying the title and section path. */
export function chunkDoc(doc: Doc, options: ChunkOptions = {}): Chunk[] {
  const opts = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const chunks: Chunk[] = [];
  for (const section of doc.sections) {
    for (const text of chunkText(section.text, opts)) {
      chunks.push({ id: `${doc.id}#${chunks.length}`, docId: doc.id, ordinal: chunks.length, title: doc.title, sectionPath: section.path, text });
    }
  }
  return chunks;
}
