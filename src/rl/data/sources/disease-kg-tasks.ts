// Test-ordering and drug items from the disease knowledge graph: for a named disease and its presentation,
// which examinations to order (gold: the KG's inspect_info) and which drugs are commonly used (gold: its
// common_drug). Scored by F1 with synonym sets / drug-name normalisation, so partial lists earn partial credit.
// Drug items carry the disease and its ICD-10 code in the gold ({drugs, disease, icd}) so the label-quality
// stage and the scorer can check drugs against their indications.
import type { Icd10Index } from '../../../knowledge/icd10.js';
import type { RlItem } from '../item.js';
import { readKgDiseases } from './disease-kg-read.js';
import { cleanSymptoms } from './kg-presentation.js';
import type { SourceResult } from './types.js';

export type KgTask = 'test_order' | 'drug';

const PROMPTS: Record<KgTask, (name: string, symptoms: string) => string> = {
  test_order: (name, symptoms) =>
    `患者疑诊“${name}”，主要表现：${symptoms}。\n为明确诊断和评估病情，应安排哪些检查？最后只输出JSON：{"tests": ["检查1", "检查2", …]}`,
  drug: (name, symptoms) => `患者确诊“${name}”，主要表现：${symptoms}。\n临床常用的治疗药物有哪些（通用名）？最后只输出JSON：{"drugs": ["药物1", "药物2", …]}`,
};

export interface DrugGold {
  drugs: string[];
  disease: string;
  /** The disease's ICD-10 code when the name maps to one. */
  icd?: string;
}

export function itemsFromDiseaseKgTask(path: string, task: KgTask, options: { minGold?: number; maxGold?: number; icd?: Icd10Index } = {}): SourceResult {
  const minGold = options.minGold ?? 2;
  const maxGold = options.maxGold ?? 8;
  const items: RlItem[] = [];
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  let read = 0;
  for (const { disease: d } of readKgDiseases(path)) {
    read++;
    const name = d.gaishu_info?.name?.trim();
    const gold = [...new Set((task === 'test_order' ? d.inspect_info : d.gaishu_info?.common_drug) ?? [])].filter((s) => s?.trim());
    if (!name) {
      skip('no disease name');
      continue;
    }
    if (gold.length < minGold || gold.length > maxGold) {
      skip(`gold list outside ${minGold}–${maxGold} entries`);
      continue;
    }
    const symptoms = cleanSymptoms(d.symptom_data?.symptoms).symptoms.slice(0, 8).join('、') || '（未记录）';
    const id = `disease-kg-${task === 'drug' ? 'drugs' : 'tests'}:${name}`;
    const code = task === 'drug' ? options.icd?.resolveName(name)?.entry.code.raw : undefined;
    const gt: string[] | DrugGold = task === 'drug' ? { drugs: gold, disease: name, ...(code ? { icd: code } : {}) } : gold;
    items.push({
      id,
      task,
      prompt: [{ role: 'user', content: PROMPTS[task](name, symptoms) }],
      ground_truth: gt,
      reward_spec: { id, task, gt, fmt: 'json', opt: { key: task === 'drug' ? 'drugs' : 'tests' } },
      source: 'disease-kg-zh',
      authority: 'D',
      meta: { disease: name, text: `${name}:${gold.join('、')}` },
    });
  }
  return { items, report: { source: `disease-kg-${task === 'drug' ? 'drugs' : 'tests'}`, path, read, kept: items.length, skipped } };
}
