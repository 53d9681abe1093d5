// Shared provenance for every starter document: our own summary (authority D), no external URLs.
export const STARTER_SOURCE = 'quarkmed-starter';
// 2: alias lists and lay trigger phrases moved out of the indexed text into metadata.
export const STARTER_VERSION = 2;

export function starterMetadata(kind: 'reference-ranges' | 'emergency-guidance', extra: Record<string, unknown>): Record<string, unknown> {
  return {
    kind,
    starterVersion: STARTER_VERSION,
    authorityNote:
      'Authority D: a summary written by the QuarkMed-TS authors from general clinical knowledge; not a guideline, not lab-specific, no external source cited.',
    ...extra,
  };
}
