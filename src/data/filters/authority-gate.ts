// Style rules (symbol, bullet, ellipsis and repetition ratios) were made for web text. Authoritative sources
// (A guidelines, B textbooks and labels, C official agencies such as NIH/MedQuAD) are never dropped by them: the rule
// is recorded as a flag for review instead.
import type { Authority } from '../../core/types.js';
import type { DataRecord } from '../record.js';
import { authorityOf, compileAuthorityRules, DEFAULT_AUTHORITY_RULES } from '../tagging/authority.js';

const RULES = compileAuthorityRules(DEFAULT_AUTHORITY_RULES);

export function recordAuthority(r: DataRecord): Authority {
  return authorityOf(r, RULES).authority;
}

/** A–C: a style rule only flags. */
export function styleExempt(r: DataRecord): boolean {
  const a = recordAuthority(r);
  return a === 'A' || a === 'B' || a === 'C';
}

/** The record with a review flag added (metadata.flags, unique, sorted). */
export function withFlag(r: DataRecord, flag: string): DataRecord {
  const prev = Array.isArray(r.metadata.flags) ? (r.metadata.flags as string[]) : [];
  if (prev.includes(flag)) return r;
  return { ...r, metadata: { ...r.metadata, flags: [...prev, flag].sort() } };
}
