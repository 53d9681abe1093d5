// Authority level (A–E) by source rules: the input's declared authority wins, then pipeline rules, then defaults.
import type { Authority } from '../../core/types.js';
import { isAuthority } from '../../core/types.js';
import type { DataRecord } from '../record.js';
import { DEFAULT_SOURCES, type SourceCatalog } from '../../knowledge/sources.js';

export interface AuthorityRule {
  /** Regular expression over the record's source name (and metadata.url when present). */
  match: string;
  authority: Authority;
}

/** Fallback rules over source names, on the knowledge base's scale (src/knowledge/sources.ts): A guidelines and
 *  consensus, B textbooks and drug labels, C peer-reviewed papers and official health agencies, D encyclopedias and
 *  knowledge graphs, E web Q&A and forums. Known sources are graded by the knowledge base's catalog first. */
export const DEFAULT_AUTHORITY_RULES: readonly AuthorityRule[] = [
  { match: '(guideline|consensus|指南|共识|专家建议)', authority: 'A' },
  { match: '(textbook|教材|教科书|药典|pharmacopoeia|说明书|drug[-_ ]?label)', authority: 'B' },
  { match: '(pubmed|journal|论文|期刊|medquad|nih\\.gov|nlm|medlineplus|cdc\\.gov|who\\.int|cancer\\.gov)', authority: 'C' },
  { match: '(encyclopedia|百科|wiki|disease-kg|knowledge[-_ ]graph)', authority: 'D' },
  { match: '(qa|q&a|consult|问答|咨询|forum|bbs|toyhom|huatuo|chatdoctor|cmtmedqa|web)', authority: 'E' },
];

export function compileAuthorityRules(rules: readonly AuthorityRule[], user = false): CompiledRule[] {
  return rules.map((r) => ({ re: new RegExp(r.match, 'iu'), authority: r.authority, user }));
}

type CompiledRule = { re: RegExp; authority: Authority; user?: boolean };

function userRulesMatch(r: DataRecord, rules: CompiledRule[]): boolean {
  return rules.some((x) => x.user && x.re.test(r.source));
}

/** Declared by the input > the pipeline's own rules > the knowledge base's catalog > the fallback rules > E. */
export function authorityOf(
  r: DataRecord,
  rules: CompiledRule[],
  fallback: Authority = 'E',
  catalog: SourceCatalog = DEFAULT_SOURCES,
): { authority: Authority; by: string } {
  if (isAuthority(r.metadata.authority)) return { authority: r.metadata.authority, by: 'input' };
  const known = catalog[r.source];
  if (known && !userRulesMatch(r, rules)) return { authority: known.authority, by: 'catalog' };
  const url = typeof r.metadata.url === 'string' ? r.metadata.url : '';
  for (const rule of rules)
    if (rule.re.test(r.source) || (url && rule.re.test(url))) return { authority: rule.authority, by: rule.user ? 'pipeline-rule' : 'source-rule' };
  return { authority: fallback, by: 'default' };
}
