// The tag step: entities (diseases, symptoms, drugs, examinations), ICD-10 codes, knowledge type and authority.
import { join } from 'node:path';
import { z } from 'zod';
import { defaultTermsDir, getIcd10, ICD_CODE_IN_TEXT_RE, ICD10_FILE, type Icd10Index } from '../../knowledge/icd10.js';
import { defineMap, type Step } from '../step.js';
import { authorityOf, compileAuthorityRules, DEFAULT_AUTHORITY_RULES } from './authority.js';
import type { EntityMatcher } from './entity-matcher.js';
import { knowledgeType } from './knowledge-type.js';
import { aliasCodes, contextualMentions, GENERIC_WORDS } from './context.js';

export const tagOptions = z
  .object({
    entities: z.boolean().default(true),
    icd: z.boolean().default(true),
    knowledgeType: z.boolean().default(true),
    authority: z.boolean().default(true),
    /** Terminology folder (ICD-10 list, entity dictionaries); default $QUARKMED_TERMS_DIR or $QUARKMED_HOME/terms. */
    terms: z.string().optional(),
    /** MedQuAD folder: English disease/drug/test names for English text (with the drug lexicon's English names). */
    english: z.string().optional(),
    /** Extra source → authority rules, tried before the defaults. */
    authorityRules: z.array(z.object({ match: z.string(), authority: z.enum(['A', 'B', 'C', 'D', 'E']) })).default([]),
    /** At most this many entities per type kept in metadata. */
    maxPerType: z.number().int().positive().default(50),
  })
  .strict();

export type TagOptions = z.output<typeof tagOptions>;

export interface TagResources {
  matcher?: EntityMatcher;
  /** English names (loadEnglishMatcher); used on text with Latin script. */
  english?: EntityMatcher;
  icd?: Icd10Index;
}

export function icdIndexFor(o: TagOptions): Icd10Index {
  return getIcd10(join(o.terms ?? defaultTermsDir(), ICD10_FILE));
}

/**
 * ICD-10 codes: codes written in the text (validated against the list), colloquial names (乙肝 → B18.1), and the
 * asserted disease mentions (never one named only to be prevented or negated, never a generic word such as 感染).
 */
export function icdCodes(text: string, icd: Icd10Index, diseaseMentions?: string[]): { code: string; name: string; via: 'code' | 'name' | 'alias' }[] {
  const out = new Map<string, { code: string; name: string; via: 'code' | 'name' | 'alias' }>();
  for (const m of text.matchAll(ICD_CODE_IN_TEXT_RE)) {
    const e = icd.byCode(m[1]);
    if (e) out.set(e.code.raw, { code: e.code.raw, name: e.name, via: 'code' });
  }
  const aliased = new Set<string>();
  for (const a of aliasCodes(text)) {
    const e = icd.byCode(a.code);
    if (!e) continue;
    aliased.add(a.name);
    if (![...out.values()].some((x) => x.code.startsWith(e.code.raw.slice(0, 5)))) out.set(e.code.raw, { code: e.code.raw, name: e.name, via: 'alias' });
  }
  const named = diseaseMentions
    ? diseaseMentions.flatMap((d) => {
        if (aliased.has(d.toLowerCase()) || GENERIC_WORDS.has(d)) return [];
        const hit = icd.resolveName(d);
        return hit && hit.via !== 'loose' ? [hit.entry] : [];
      })
    : icd.findNames(text, 20).filter((e) => !GENERIC_WORDS.has(e.name));
  // Z-chapter names (咨询, 检查…) are administrative words in running text, not diagnoses.
  for (const e of named)
    if (e.code.category[0] !== 'Z' && e.name.length >= 2 && !out.has(e.code.raw)) out.set(e.code.raw, { code: e.code.raw, name: e.name, via: 'name' });
  return [...out.values()];
}

export function createTagStep(o: TagOptions, res: TagResources): Step {
  const rules = [...compileAuthorityRules(o.authorityRules, true), ...compileAuthorityRules(DEFAULT_AUTHORITY_RULES)];
  return defineMap('tag', 'annotate', (r) => {
    const metadata: Record<string, unknown> = { ...r.metadata };
    let diseases: string[] | undefined;
    if (o.entities && (res.matcher || res.english)) {
      const ents: Record<string, string[]> = {};
      diseases = [];
      const raw = [...(res.matcher?.match(r.text) ?? []), ...(res.english && /[A-Za-z]{3}/.test(r.text) ? res.english.match(r.text) : [])];
      for (const m of contextualMentions(r.text, raw)) {
        if (m.type === 'disease' && m.context === 'asserted' && !diseases.includes(m.text)) diseases.push(m.text);
        const list = (ents[m.type] ??= []);
        if (!list.some((x) => x.toLowerCase() === m.text.toLowerCase()) && list.length < o.maxPerType) list.push(m.text);
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
