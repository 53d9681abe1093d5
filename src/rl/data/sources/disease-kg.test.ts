import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import { getIcd10 } from '../../../knowledge/icd10.js';
import { getDrugLexicon } from '../../../knowledge/drugs.js';
import { verifyDrugs } from '../../verifiers/drug-json.js';
import { verifyTestOrder } from '../../verifiers/test-order.js';
import { itemsFromDiseaseKg } from './disease-kg.js';
import { itemsFromDiseaseKgTask } from './disease-kg-tasks.js';

describe('diagnosis items from the disease knowledge graph', () => {
  const icd = getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl'));
  const { items, report } = itemsFromDiseaseKg(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), icd);

  it('keeps only diseases mapped to ICD-10 and reports the mapping rate', () => {
    expect(report.read).toBe(500);
    expect(report.extra?.icdMappingRate).toBeGreaterThan(0.3);
    expect(items.length).toBeGreaterThan(150);
    const pertussis = items.find((i) => i.meta.disease === '百日咳')!;
    expect(pertussis.ground_truth).toEqual({ code: 'A37.900', name: '百日咳' });
    expect(pertussis.reward_spec).toMatchObject({ task: 'diagnosis', id: pertussis.id, fmt: 'json' });
    // Cut-off findings ("…") never reach a prompt.
    for (const it of items) expect(it.prompt[0].content, it.id).not.toMatch(/\.\.\.、|\.\.\.。|…/);
  });

  it('never leaks the disease name into the case', () => {
    for (const it of items) expect(it.prompt[0].content.includes(String(it.meta.disease)), String(it.meta.disease)).toBe(false);
  });

  it('strict acceptance keeps only exact name matches', () => {
    const strict = itemsFromDiseaseKg(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), icd, { accept: ['exact'] });
    expect(strict.items.length).toBeLessThan(items.length);
    expect(strict.items.every((i) => i.meta.mappedVia === 'exact')).toBe(true);
  });
});

describe('test-ordering and drug items from the disease knowledge graph', () => {
  it('builds items whose gold answer scores 1 and a partial answer less', () => {
    const ctx = { drugs: getDrugLexicon(sharedPath('terms')) };
    const tests = itemsFromDiseaseKgTask(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), 'test_order');
    const drugs = itemsFromDiseaseKgTask(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), 'drug', {
      icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')),
    });
    expect(tests.items.length).toBeGreaterThan(100);
    expect(drugs.items.length).toBeGreaterThan(50);
    for (const it of tests.items.slice(0, 30)) {
      const gold = it.ground_truth as string[];
      expect(verifyTestOrder(JSON.stringify({ tests: gold }), { tests: gold, strict: true }, {}).score, it.id).toBe(1);
      expect(verifyTestOrder(JSON.stringify({ tests: gold.slice(0, 1) }), { tests: gold, strict: true }, {}).score).toBeLessThan(1);
    }
    for (const it of drugs.items.slice(0, 30)) {
      const gold = (it.ground_truth as { drugs: string[] }).drugs;
      expect(verifyDrugs(JSON.stringify({ drugs: gold }), { drugs: gold, strict: true }, ctx).score, it.id).toBe(1);
    }
  });
});
