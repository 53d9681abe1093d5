// Chinese disease knowledge graph JSON: one document per disease, sections in a fixed clinical order,
// structured fields kept as metadata (and as entity lists for the terminology).
import { z } from 'zod';
import type { Doc, DocSection } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { readTextFile, type Loader, type LoaderContext } from './types.js';

const strList = z.array(z.string()).catch([]);
const str = z.string().catch('');

const diseaseSchema = z.object({
  gaishu_info: z.object({
    name: z.string().min(1),
    desc: str.default(''),
    medical_insurance: str.optional(),
    disease_ratio: str.optional(),
    susceptible_people: str.optional(),
    transmission_way: str.optional(),
    has_complication: strList.default([]),
    belongs_to_department: strList.default([]),
    treat_way: strList.default([]),
    treat_cycle: str.optional(),
    cure_prob: str.optional(),
    common_drug: strList.default([]),
    treat_cost: str.optional(),
  }),
  cause_info: str.default(''),
  prevent_info: str.default(''),
  symptom_data: z.object({ symptoms: strList.default([]), symptom_detail: strList.default([]) }).catch({ symptoms: [], symptom_detail: [] }),
  inspect_info: strList.default([]),
  nursing_info: str.default(''),
  food_info: z
    .object({
      good_diet_text: str.default(''),
      avoid_diet_text: str.default(''),
      recommand_recipes: strList.default([]),
      good_food: strList.default([]),
      avoid_food: strList.default([]),
    })
    .catch({ good_diet_text: '', avoid_diet_text: '', recommand_recipes: [], good_food: [], avoid_food: [] }),
});
export type DiseaseRecord = z.infer<typeof diseaseSchema>;

const join = (xs: string[]): string => xs.filter(Boolean).join('、');
const line = (label: string, value: string | undefined): string => (value?.trim() ? `${label}：${value.trim()}` : '');

/**
 * English (Latin-script) names the description gives in parentheses right after the disease name,
 * e.g. "百日咳(pertussis，whooping cough)是…" → ["pertussis", "whooping cough"]: cross-lingual synonyms.
 */
export function latinAliases(name: string, desc: string): string[] {
  const at = desc.indexOf(name);
  if (at < 0 || at > 20) return [];
  const m = /^\s*[（(]([^（）()]{2,120})[）)]/.exec(desc.slice(at + name.length));
  if (!m) return [];
  return m[1]
    .split(/[，,;；、]/)
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z][A-Za-z0-9 '\-.]{1,60}$/.test(s) && /[a-z]{3}/i.test(s));
}

/** Pure: one disease record → one document. */
export function diseaseToDoc(rec: DiseaseRecord, ctx: LoaderContext, file: string, key: string): Doc {
  const g = rec.gaishu_info;
  const resolved = ctx.source('disease-kg-zh');
  const overview = [
    g.desc,
    line('所属科室', join(g.belongs_to_department)),
    line('易感人群', g.susceptible_people),
    line('传染方式', g.transmission_way),
    line('患病比例', g.disease_ratio),
    line('并发症', join(g.has_complication)),
    line('是否医保', g.medical_insurance),
  ].filter(Boolean);
  const treatment = [
    line('治疗方式', join(g.treat_way)),
    line('常用药品', join(g.common_drug)),
    line('治疗周期', g.treat_cycle),
    line('治愈率', g.cure_prob),
    line('治疗费用', g.treat_cost),
  ].filter(Boolean);
  const f = rec.food_info;
  const diet = [
    line('饮食宜', f.good_diet_text),
    line('饮食忌', f.avoid_diet_text),
    line('宜吃', join(f.good_food)),
    line('忌吃', join(f.avoid_food)),
    line('推荐食谱', join(f.recommand_recipes)),
  ].filter(Boolean);
  const sections: DocSection[] = [
    { path: ['概述'], text: overview.join('\n') },
    { path: ['病因'], text: rec.cause_info },
    { path: ['预防'], text: rec.prevent_info },
    { path: ['症状'], text: [line('典型症状', join(rec.symptom_data.symptoms)), ...rec.symptom_data.symptom_detail].filter(Boolean).join('\n') },
    { path: ['检查'], text: line('检查项目', join(rec.inspect_info)) },
    { path: ['治疗'], text: treatment.join('\n') },
    { path: ['护理'], text: rec.nursing_info },
    { path: ['饮食'], text: diet.join('\n') },
  ];
  return makeDoc({
    id: docId(resolved.name, g.name),
    title: g.name,
    sections,
    source: resolved.name,
    lang: resolved.lang ?? 'zh',
    authority: resolved.authority,
    metadata: {
      file: file.split(/[\\/]/).pop(),
      key,
      name: g.name,
      aliases: latinAliases(g.name, g.desc),
      departments: g.belongs_to_department,
      complications: g.has_complication,
      symptoms: rec.symptom_data.symptoms,
      checks: rec.inspect_info,
      drugs: g.common_drug,
      treatWays: g.treat_way,
      susceptiblePeople: g.susceptible_people,
      transmission: g.transmission_way,
      prevalence: g.disease_ratio,
      medicalInsurance: g.medical_insurance,
      treatCycle: g.treat_cycle,
      cureProbability: g.cure_prob,
      treatCost: g.treat_cost,
      goodFood: f.good_food,
      avoidFood: f.avoid_food,
      recipes: f.recommand_recipes,
      entities: {
        disease: [g.name, ...g.has_complication],
        symptom: rec.symptom_data.symptoms,
        drug: g.common_drug,
        check: rec.inspect_info,
        department: g.belongs_to_department,
        food: [...f.good_food, ...f.avoid_food],
      },
    },
  });
}

/** Pure: the file's JSON text → validated disease records with their keys; the error names the record key and field. */
export function parseDiseaseRecords(json: string, file: string): [string, DiseaseRecord][] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw kbErrors.KB_FILE_INVALID({ file, reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const entries: [string, unknown][] = Array.isArray(data)
    ? data.map((v, i) => [String(i), v])
    : data && typeof data === 'object'
      ? Object.entries(data as Record<string, unknown>)
      : [];
  if (entries.length === 0) throw kbErrors.KB_FILE_INVALID({ file, reason: 'expected an object or array of disease records' });
  return entries.map(([key, value]) => {
    const parsed = diseaseSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw kbErrors.KB_FILE_INVALID({ file, field: `${key}.${issue.path.join('.')}`, reason: issue.message });
    }
    return [key, parsed.data];
  });
}

/** Pure: the file's JSON text → documents; the error names the record key and field. */
export function parseDiseaseKg(json: string, file: string, ctx: LoaderContext): Doc[] {
  return parseDiseaseRecords(json, file).map(([key, rec]) => diseaseToDoc(rec, ctx, file, key));
}

export const diseaseKgLoader: Loader = {
  name: 'disease-kg',
  extensions: [],
  sniff: (head) => head.includes('"gaishu_info"'),
  async *load(file, ctx) {
    yield* parseDiseaseKg(await readTextFile(file), file, ctx);
  },
};
