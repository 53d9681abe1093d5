// Shared provenance for every starter document: our own summary (authority D), no external URLs.
export const STARTER_SOURCE = 'quarkmed-starter';
export const STARTER_VERSION = 1;

export function starterMetadata(kind: 'reference-ranges' | 'emergency-guidance', extra: Record<string, unknown>): Record<string, unknown> {
  return {
    kind,
    starterVersion: STARTER_VERSION,
    authorityNote: 'Authority D: a summary written by the QuarkMed-TS authors from general clinical knowledge; not a guideline, not lab-specific, no external source cited.',
    ...extra,
  };
}
