// Style rules (symbol, bullet, ellipsis and repetition ratios) were made for web text. Authoritative sources
// (A guidelines, B textbooks and labels, C official agencies such as NIH/MedQuAD) are never dropped by them: the rule
// is recorded as a flag for review instead.
import type { Authority } from '../../core/types.js';
import type { DataRecord } from '../record.js';
import { bump } from '../stats.js';
import type { Step } from '../step.js';
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

/** What a style rule says of a record: the rule broken (or null), the record as repaired (when the rule mends text
 *  before judging it), whether the break only flags (a minor share of the record), and counters to add when the
 *  record was repaired. */
export interface StyleVerdict {
  rule: string | null;
  record?: DataRecord;
  flagOnly?: boolean;
  repairs?: Record<string, number>;
}

/** A filter step over one style rule: the record breaking it is dropped (with the rule as reason), or kept with a
 *  `<name>:<rule>` flag when its source is authoritative or the verdict is flag-only; rules in `alwaysDrop` drop
 *  whatever the source. A repaired record (verdict.record) is what is kept and flagged. */
export function createStyleRuleFilter(
  name: string,
  ruleOf: (r: DataRecord) => string | null | StyleVerdict,
  alwaysDrop: ReadonlySet<string> = new Set(),
): Step {
  return {
    name,
    kind: 'filter',
    async *run(records, ctx) {
      const st = ctx.stats(name);
      for await (const r of records) {
        st.seen++;
        const v = ruleOf(r);
        const { rule, record = r, flagOnly = false, repairs = {} } = typeof v === 'object' && v !== null ? v : { rule: v };
        if (record !== r) {
          st.changed++;
          for (const [k, n] of Object.entries(repairs)) bump(st, k, n);
        }
        if (rule && !flagOnly && (alwaysDrop.has(rule) || !styleExempt(r))) {
          st.dropped[rule] = (st.dropped[rule] ?? 0) + 1;
          ctx.reject?.(r, name, rule);
          continue;
        }
        st.kept++;
        if (rule) {
          bump(st, `flagged_${rule}`);
          yield withFlag(record, `${name}:${rule}`);
        } else yield record;
      }
    },
  };
}
