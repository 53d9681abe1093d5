// Authority level (A–E) by source rules: the input's declared authority wins, then pipeline rules, then defaults.
import type { Authority } from '../../core/types.js';
import { isAuthority } from '../../core/types.js';
import type { DataRecord } from '../record.js';

export interface AuthorityRule {
  /** Regular expression over the record's source name (and metadata.url when present). */
  match: string;
  authority: Authority;
}

/** Defaults after the report: A guidelines/consensus/pharmacopoeia, B textbooks and official health agencies,
 *  C encyclopedias and knowledge graphs, D clinician-written material and records, E web Q&A and forums. */
export const DEFAULT_AUTHORITY_RULES: readonly AuthorityRule[] = [
  { match: '(guideline|consensus|指南|共识|药典|pharmacopoeia|说明书|label)', authority: 'A' },
  { match: '(textbook|教材|medquad|nih\\.gov|nlm|medlineplus|cdc\\.gov|who\\.int|cancer\\.gov)', authority: 'B' },
  { match: '(encyclopedia|百科|wiki|disease-kg|knowledge[-_ ]graph|kg)', authority: 'C' },
  { match: '(emr|record|病历|clinic|hospital|医院|doctor-written|论文|paper|pubmed)', authority: 'D' },
  { match: '(qa|q&a|consult|问答|咨询|forum|bbs|toyhom|huatuo|chatdoctor|cmtmedqa|web)', authority: 'E' },
];

export function compileAuthorityRules(rules: readonly AuthorityRule[]): { re: RegExp; authority: Authority }[] {
  return rules.map((r) => ({ re: new RegExp(r.match, 'iu'), authority: r.authority }));
}

export function authorityOf(r: DataRecord, rules: { re: RegExp; authority: Authority }[], fallback: Authority = 'E'): { authority: Authority; by: string } {
  if (isAuthority(r.metadata.authority)) return { authority: r.metadata.authority, by: 'input' };
  const hay = `${r.source} ${typeof r.metadata.url === 'string' ? r.metadata.url : ''}`;
  for (const rule of rules) if (rule.re.test(hay)) return { authority: rule.authority, by: rule.re.source };
  return { authority: fallback, by: 'default' };
}
