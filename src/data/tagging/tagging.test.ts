import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { join } from 'node:path';
import type { DataRecord } from '../record.js';
import { StatsBook } from '../stats.js';
import { authorityOf, compileAuthorityRules, DEFAULT_AUTHORITY_RULES } from './authority.js';
import { knowledgeType } from './knowledge-type.js';
import { createTagStep, icdCodes, icdIndexFor, tagOptions } from './step.js';
import { loadEntityMatcher } from './terminology.js';

const rec = (text: string, source = 'x', metadata: Record<string, unknown> = {}): DataRecord => ({ id: 'r', text, source, metadata });
const terms = join(SHARED_DATA, 'terms');

describe('knowledge tagging', () => {
  it('knowledge type by rules', () => {
    expect(knowledgeType(rec('胰岛素注射步骤：首先洗手消毒，然后选择注射部位，最后按压针眼。每日3次，遵医嘱。')).type).toBe('procedural');
    expect(knowledgeType(rec('高血压是指体循环动脉血压增高为主要特征的临床综合征，其发病机制与肾素-血管紧张素系统有关，分为原发性和继发性。')).type).toBe(
      'conceptual',
    );
    expect(knowledgeType(rec('阿司匹林的常用剂量为100毫克。')).type).toBe('factual');
  });

  it('authority by source rules; the input’s declared authority wins', () => {
    const rules = compileAuthorityRules(DEFAULT_AUTHORITY_RULES);
    expect(authorityOf(rec('', '中国高血压防治指南2018'), rules).authority).toBe('A');
    expect(authorityOf(rec('', '人卫版内科学教材'), rules).authority).toBe('B');
    expect(authorityOf(rec('', 'medquad'), rules)).toEqual({ authority: 'C', by: 'catalog' });
    expect(authorityOf(rec('', 'disease-kg-zh'), rules).authority).toBe('D');
    expect(authorityOf(rec('', 'medquad'), [...compileAuthorityRules([{ match: '^medquad$', authority: 'B' }], true), ...rules])).toEqual({
      authority: 'B',
      by: 'pipeline-rule',
    });
    expect(authorityOf(rec('', 'toyhom'), rules).authority).toBe('E');
    expect(authorityOf(rec('', 'toyhom', { authority: 'B' }), rules)).toEqual({ authority: 'B', by: 'input' });
  });

  it('ICD-10 codes from names and written codes (real code list)', () => {
    const icd = icdIndexFor(tagOptions.parse({ terms }));
    const found = icdCodes('诊断：2型糖尿病，高血压（I10.x00），建议咨询内分泌科。', icd);
    expect(found.map((f) => f.code)).toEqual(expect.arrayContaining(['I10.x00']));
    expect(found.some((f) => f.name.includes('糖尿病'))).toBe(true);
    expect(found.some((f) => f.code.startsWith('Z'))).toBe(false);
  });

  it('tag step fills entities by type (terminology), ICD codes, knowledge type and authority', async () => {
    const o = tagOptions.parse({ terms });
    const step = createTagStep(o, { matcher: await loadEntityMatcher(terms), icd: icdIndexFor(o) });
    const book = new StatsBook();
    const out: DataRecord[] = [];
    const src = (async function* () {
      yield rec('糖尿病患者出现多饮多尿，可口服二甲双胍，定期查血糖。', 'toyhom');
    })();
    for await (const r of step.run(src, { shard: 0, seed: 1, stats: (n) => book.get(n) })) out.push(r);
    const md = out[0].metadata as { entities: Record<string, string[]>; icd10: unknown[]; authority: string; knowledgeType: string };
    expect(md.entities.disease).toContain('糖尿病');
    expect(md.entities.drug).toContain('二甲双胍');
    expect(md.icd10.length).toBeGreaterThan(0);
    expect(md.authority).toBe('E');
    expect(md.knowledgeType).toBe('factual');
  });
});

describe('tags with context', () => {
  it('generic words are not entities; prevention phrases are not diagnoses; 乙肝 is hepatitis B', async () => {
    const o = tagOptions.parse({ terms });
    const step = createTagStep(o, { matcher: await loadEntityMatcher(terms), icd: icdIndexFor(o) });
    const book = new StatsBook();
    const out: DataRecord[] = [];
    const src = (async function* () {
      yield rec('医生您好，我想咨询一下，伤口要保持干燥，以免引起感染。', 'cmtmedqa');
      yield rec('我是乙肝大三阳，肝功能异常，需要吃恩替卡韦吗？', 'toyhom');
      yield rec('没有糖尿病，但是有高血压。', 'toyhom');
    })();
    for await (const r of step.run(src, { shard: 0, seed: 1, stats: (n) => book.get(n) })) out.push(r);
    const md = out.map((r) => r.metadata as { entities: Record<string, string[]>; icd10: { code: string }[] });
    expect(Object.values(md[0].entities).flat()).not.toContain('医生');
    expect(Object.values(md[0].entities).flat()).not.toContain('咨询');
    expect(md[0].icd10).toEqual([]);
    expect(md[1].icd10.map((c) => c.code)).toContain('B18.100');
    expect(md[2].icd10.map((c) => c.code.slice(0, 3))).toEqual(['I10']);
  });
});
