// The tag step: entities (diseases, symptoms, drugs, examinations), ICD-10 codes, knowledge type and authority.
import { join } from 'node:path';
import { z } from 'zod';
import { defaultTermsDir, getIcd10, ICD_CODE_IN_TEXT_RE, ICD10_FILE, type Icd10Index } from '../../knowledge/icd10.js';
import { defineMap, type Step } from '../step.js';
import { authorityOf, compileAuthorityRules, DEFAULT_AUTHORITY_RULES } from './authority.js';
import type { EntityMatcher } from './entity-matcher.js';
import { knowledgeType } from './knowledge-type.js';

export const tagOptions = z
  .object({
    entities: z.boolean().default(true),
    icd: z.boolean().default(true),
    knowledgeType: z.boolean().default(true),
    authority: z.boolean().default(true),
    /** Terminology folder (ICD-10 list, entity dictionaries); default $QUARKMED_TERMS_DIR or $QUARKMED_HOME/terms. */
    terms: z.string().optional(),
    /** Extra source → authority rules, tried before the defaults. */
    authorityRules: z.array(z.object({ match: z.string(), authority: z.enum(['A', 'B', 'C', 'D', 'E']) })).default([]),
    /** At most this many entities per type kept in metadata. */
    maxPerType: z.number().int().positive().default(50),
  })
  .strict();

export type TagOptions = z.output<typeof tagOptions>;

export interface TagResources {
  matcher?: EntityMatcher;
  icd?: Icd10Index;
}

export function icdIndexFor(o: TagOptions): Icd10Index {
  return getIcd10(join(o.terms ?? defaultTermsDir(), ICD10_FILE));
}

/**
 * ICD-10 codes: codes written in the text (validated against the list) and disease names in it — the disease
 * mentions the terminology already found when given (one lookup each), else a scan of the text for ICD names.
 */
export function icdCodes(text: string, icd: Icd10Index, diseaseMentions?: string[]): { code: string; name: string; via: 'code' | 'name' }[] {
  const out = new Map<string, { code: string; name: string; via: 'code' | 'name' }>();
  for (const m of text.matchAll(ICD_CODE_IN_TEXT_RE)) {
    const e = icd.byCode(m[1]);
    if (e) out.set(e.code.raw, { code: e.code.raw, name: e.name, via: 'code' });
  }
  const named = diseaseMentions
    ? diseaseMentions.flatMap((d) => {
        const hit = icd.resolveName(d);
        return hit && hit.via !== 'loose' ? [hit.entry] : [];
      })
    : icd.findNames(text, 20);
  // Z-chapter names (咨询, 检查…) are administrative words in running text, not diagnoses.
  for (const e of named) if (e.code.category[0] !== 'Z' && e.name.length >= 2 && !out.has(e.code.raw)) out.set(e.code.raw, { code: e.code.raw, name: e.name, via: 'name' });
  return [...out.values()];
}

export function createTagStep(o: TagOptions, res: TagResources): Step {
  const rules = [...compileAuthorityRules(o.authorityRules, true), ...compileAuthorityRules(DEFAULT_AUTHORITY_RULES)];
  return defineMap('tag', 'annotate', (r) => {
    const metadata: Record<string, unknown> = { ...r.metadata };
    let diseases: string[] | undefined;
    if (o.entities && res.matcher) {
      const ents: Record<string, string[]> = {};
      diseases = [];
      for (const m of res.matcher.match(r.text)) {
        if (m.type === 'disease' && !diseases.includes(m.text)) diseases.push(m.text);
        const list = (ents[m.type] ??= []);
        if (!list.includes(m.text) && list.length < o.maxPerType) list.push(m.text);
      }
      metadata.entities = ents;
    }
    if (o.icd && res.icd) metadata.icd10 = icdCodes(r.text, res.icd, diseases);
    if (o.knowledgeType) metadata.knowledgeType = knowledgeType(r).type;
    if (o.authority) {
      const a = authorityOf(r, rules);
      metadata.authority = a.authority;
      metadata.authorityBy = a.by;
    }
    return { ...r, metadata };
  });
}
