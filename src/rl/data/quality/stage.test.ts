import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import { itemsFromDiseaseKg } from '../sources/disease-kg.js';
import { itemsFromDiseaseKgTask } from '../sources/disease-kg-tasks.js';
import type { RlItem } from '../item.js';
import { loadQualityContext } from './context.js';
import { classifyTestEntry } from './kg-tests.js';
import { runQualityStage } from './stage.js';
import { qualityOf } from './types.js';

const ctx = loadQualityContext(sharedPath('terms'));
const kg = sharedPath('kb', 'disease-kg-zh');
const dx = itemsFromDiseaseKg(kg, ctx.icd!).items;
const tests = itemsFromDiseaseKgTask(kg, 'test_order').items;
const drugs = itemsFromDiseaseKgTask(kg, 'drug', { icd: ctx.icd }).items;
// The rule checks alone (the default stage also holds every unreviewed knowledge-graph label out: source-trust.test.ts).
const { kept, excluded, report } = runQualityStage([...dx, ...tests, ...drugs], ctx, { trustUnreviewed: true });
const byId = (id: string, list: RlItem[]) => list.find((i) => i.id === id);
const codes = (it: RlItem | undefined) => qualityOf(it!).flags.map((f) => f.code);

describe('label-quality stage on the disease knowledge graph', () => {
  it('excludes symptoms given as diagnoses and adult diseases coded as congenital', () => {
    expect(codes(byId('disease-kg:头痛', excluded))).toContain('symptom-as-diagnosis');
    expect(codes(byId('disease-kg:成人脐疝', excluded))).toContain('icd-chapter-mismatch');
    for (const it of kept.filter((i) => i.task === 'diagnosis')) expect((it.ground_truth as { code: string }).code.startsWith('R'), it.id).toBe(false);
  });

  it('removes non-tests and bare category words from test gold lists, with provenance', () => {
    expect(classifyTestEntry('脉搏')).toBe('non-test');
    expect(classifyTestEntry('视力')).toBe('non-test');
    expect(classifyTestEntry('维生素B1')).toBe('non-test');
    expect(classifyTestEntry('CT检查')).toBe('generic');
    expect(classifyTestEntry('颅脑CT检查')).toBe('test');
    for (const it of kept.filter((i) => i.task === 'test_order')) {
      const gold = it.ground_truth as string[];
      expect(gold.length).toBeGreaterThanOrEqual(2);
      for (const t of gold) expect(classifyTestEntry(t), `${it.id}: ${t}`).toBe('test');
    }
    // A body-region template shared by many diseases is not a work-up.
    expect(excluded.filter((i) => i.task === 'test_order' && codes(i).includes('shared-gold-list')).length).toBeGreaterThan(50);
    const corrected = kept.find((i) => i.task === 'test_order' && qualityOf(i).corrections.length)!;
    expect(qualityOf(corrected).corrections[0]).toMatchObject({ by: 'kg-tests' });
  });

  it('drops drug lists shared by many diseases and drugs not indicated for the disease', () => {
    const shared = excluded.filter((i) => i.task === 'drug' && codes(i).includes('shared-gold-list'));
    expect(shared.length).toBeGreaterThan(300);
    // Bumetanide and an herbal pill as the "treatment" of a poisoning is a listing.
    expect(shared.some((i) => (i.ground_truth as { drugs: string[] }).drugs.some((d) => d.includes('布美他尼')))).toBe(true);
    for (const it of kept.filter((i) => i.task === 'drug')) {
      expect(codes(it)).not.toContain('drug-not-indicated');
      expect(qualityOf(it).confidence).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('reports kept and excluded per task with reasons', () => {
    const d = report.byTask['drug:disease-kg-zh'];
    expect(d.kept + d.excluded).toBe(d.items);
    expect(d.excluded).toBeGreaterThan(d.kept);
    expect(Object.keys(report.byTask['diagnosis:disease-kg-zh'].excludedBy).length).toBeGreaterThan(2);
  });
});
