// Diagnosis items from the Chinese disease knowledge graph: the symptoms (and who is susceptible) make the
// case; the gold is the disease mapped to an ICD-10 code through the clinical edition (exact name, synonym or
// normalised match). Unmapped diseases are dropped and the mapping rate is reported.
import type { Icd10Index, NameMatchVia } from '../../../knowledge/icd10.js';
import type { RlItem } from '../item.js';
import { readKgDiseases } from './disease-kg-read.js';
import { cleanSymptoms, createPresentationIndex } from './kg-presentation.js';
import type { SourceResult } from './types.js';

export interface DiseaseKgOptions {
  /** Which mapping kinds count as confident (default all three: exact, variant, loose). */
  accept?: readonly NameMatchVia[];
  /** Fewest symptoms for a usable case (default 3). */
  minSymptoms?: number;
}

export function diagnosisPrompt(symptoms: string[], susceptible?: string, department?: string): string {
  const who = susceptible && susceptible.length < 40 ? `（该病多见于：${susceptible}）` : '';
  // The clinic the patient attends narrows the case the way triage does, without naming the disease.
  const clinic = department ? `就诊科室：${department}。` : '';
  return (
    `${clinic}患者就诊时的主要表现：${symptoms.join('、')}。${who}\n` +
    '请分析后给出最可能的诊断及其ICD-10编码。最后只输出JSON：{"diagnosis": "疾病名称", "icd10": "编码"}'
  );
}

export function itemsFromDiseaseKg(path: string, icd: Icd10Index, options: DiseaseKgOptions = {}): SourceResult {
  const accept = new Set(options.accept ?? ['exact', 'variant', 'loose']);
  const minSymptoms = options.minSymptoms ?? 3;
  const items: RlItem[] = [];
  const skipped: Record<string, number> = {};
  const via: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  let read = 0;
  // Pass one: every disease's symptoms, so each case can be compared with the whole graph.
  const presentation = createPresentationIndex(readKgDiseases(path));
  for (const { file, key, disease: d } of readKgDiseases(path)) {
    read++;
    const name = d.gaishu_info?.name?.trim();
    if (!name) {
      skip('no disease name');
      continue;
    }
    const hit = icd.resolveName(name);
    if (!hit || !accept.has(hit.via)) {
      skip(hit ? `mapping "${hit.via}" not accepted` : 'no ICD-10 code for the name');
      continue;
    }
    via[hit.via] = (via[hit.via] ?? 0) + 1;
    // Symptoms cut off by the crawl are dropped; ones that contain the disease name would give the answer away.
    const clean = cleanSymptoms(d.symptom_data?.symptoms);
    const symptoms = clean.symptoms.filter((s) => !s.includes(name) && !name.includes(s));
    if (symptoms.length < minSymptoms) {
      skip(`fewer than ${minSymptoms} symptoms`);
      continue;
    }
    const susceptible = d.gaishu_info?.susceptible_people;
    const dept = d.gaishu_info?.belongs_to_department ?? [];
    const department = dept.length ? dept[dept.length - 1] : undefined;
    const gt = { code: hit.entry.code.raw, name: hit.entry.name };
    const id = `disease-kg:${name}`;
    items.push({
      id,
      task: 'diagnosis',
      prompt: [{ role: 'user', content: diagnosisPrompt(symptoms, susceptible && !susceptible.includes(name) ? susceptible : undefined, department) }],
      ground_truth: gt,
      reward_spec: { id, task: 'diagnosis', gt, fmt: 'json', opt: { key: 'diagnosis' } },
      source: 'disease-kg-zh',
      authority: 'D',
      meta: {
        disease: name,
        mappedVia: hit.via,
        file: file.split(/[\\/]/).pop(),
        key,
        text: symptoms.join('、'),
        symptoms,
        truncatedDropped: clean.truncated,
        presentation: presentation.of(name, symptoms),
      },
    });
  }
  const mapped = Object.values(via).reduce((a, b) => a + b, 0);
  return {
    items,
    report: {
      source: 'disease-kg-zh',
      path,
      read,
      kept: items.length,
      skipped,
      extra: { icdMapped: mapped, icdMappingRate: read ? Math.round((mapped / read) * 1000) / 1000 : 0, mappedVia: via },
    },
  };
}
