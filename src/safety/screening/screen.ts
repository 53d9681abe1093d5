// screenPassage: every screening rule over one passage (a chunk, a document, an answer), deduplicated by code.
// Pure; ingest stores the result with the chunk, RAG keeps flagged passages out of answers, the compliance
// verifier reads the same rules on answers. Bump SCREENING_VERSION when rules change so stored flags are redone.
import type { ContentFlag, ContentFlagCode } from '../../core/content-flags.js';
import { doseOutOfRange } from './dose-check.js';
import { hiddenInstructionFlags, injectionFlags } from './injection.js';
import { medicationAdvice } from './medication-advice.js';
import { normalise, sentences } from './text.js';

export const SCREENING_VERSION = '2';

export interface ScreenOptions {
  /** Skip the instruction-injection rules (answers: a model's own reply is not an injection). */
  injection?: boolean;
}

/** Flags for one passage; at most one per code (the first occurrence), in a stable code order. */
export function screenPassage(text: string, options: ScreenOptions = {}): ContentFlag[] {
  if (!text?.trim()) return [];
  const norm = normalise(text);
  const found: ContentFlag[] = options.injection === false ? [] : injectionFlags(norm);
  for (const s of sentences(norm)) {
    found.push(...medicationAdvice(s, norm), ...doseOutOfRange(s));
  }
  const byCode = new Map<ContentFlagCode, ContentFlag>();
  for (const f of found) if (!byCode.has(f.code)) byCode.set(f.code, f);
  return [...byCode.values()];
}

/** Screening a whole document: its title and every section, so a flag in any passage marks the document. */
export function screenDocumentText(title: string, text: string): ContentFlag[] {
  return screenPassage(`${title}\n${text}`);
}

/**
 * Flags for a source file whose loader drops markup (HTML comments, hidden elements): what the stored text no
 * longer shows still says the source tried to instruct a model, so every passage of that file carries the flag.
 */
export function screenRawMarkup(raw: string): ContentFlag[] {
  return hiddenInstructionFlags(normalise(raw));
}
