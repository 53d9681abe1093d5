// The de-identification implementation is the safety layer's (src/safety/phi): detectPhi / redactPhi with typed
// placeholders — one implementation shared with the server's log redaction. This file only adapts it.
import { detectPhi, redactPhi, type PhiOptions } from '../../safety/phi/index.js';
import type { PhiSpan, PhiType } from '../../safety/types.js';

export interface PhiRedactor {
  detect(text: string): PhiSpan[];
  redact(text: string): { text: string; spans: PhiSpan[] };
}

export const PHI_TYPES: readonly PhiType[] = ['NAME', 'PHONE', 'ID_CARD', 'ADDRESS', 'MRN', 'DOB', 'EMAIL', 'URL', 'DATE'];

export interface RedactorOptions {
  /** Only these identifier types (default: all the safety layer detects). */
  types?: readonly PhiType[];
  /** Also replace every full calendar date (HIPAA Safe Harbor style); default false. */
  dates?: boolean;
}

export async function loadPhiRedactor(o: RedactorOptions = {}): Promise<PhiRedactor> {
  const opts: PhiOptions = { types: o.types, dates: o.dates };
  return { detect: (t) => detectPhi(t, opts), redact: (t) => redactPhi(t, opts) };
}
