// Shared provenance for every starter document: our own summary (authority D), no external URLs.
export const STARTER_SOURCE = 'quarkmed-starter';
// 2: alias lists and lay trigger phrases moved out of the indexed text into metadata.
// 3: reference pages rendered from the s19–s20 tables (one critical-value table with call-now tiers, troponin in
//    ng/L, ionised calcium, drug levels, ammonia call-now): the version is in every page's metadata, so an existing
//    install re-ingests them all at its next start instead of keeping the pages of version 2.
export const STARTER_VERSION = 3;

export function starterMetadata(kind: 'reference-ranges' | 'emergency-guidance', extra: Record<string, unknown>): Record<string, unknown> {
  return {
    kind,
    starterVersion: STARTER_VERSION,
    authorityNote:
      'Authority D: a summary written by the QuarkMed-TS authors from general clinical knowledge; not a guideline, not lab-specific, no external source cited.',
    ...extra,
  };
}
