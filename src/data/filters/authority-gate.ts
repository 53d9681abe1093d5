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

/** A filter step over one style rule: the record breaking it is dropped (with the rule as reason), or kept with a
 *  `<name>:<rule>` flag when its source is authoritative; rules in `alwaysDrop` drop whatever the source. */
export function createStyleRuleFilter(name: string, ruleOf: (r: DataRecord) => string | null, alwaysDrop: ReadonlySet<string> = new Set()): Step {
  return {
    name,
    kind: 'filter',
    async *run(records, ctx) {
      const st = ctx.stats(name);
      for await (const r of records) {
        st.seen++;
        const rule = ruleOf(r);
        if (rule && (alwaysDrop.has(rule) || !styleExempt(r))) {
          st.dropped[rule] = (st.dropped[rule] ?? 0) + 1;
          ctx.reject?.(r, name, rule);
          continue;
        }
        st.kept++;
        if (rule) {
          bump(st, `flagged_${rule}`);
          yield withFlag(r, `${name}:${rule}`);
        } else yield r;
      }
    },
  };
}
