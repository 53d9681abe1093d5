// The Chinese disease knowledge graph, read once for every KG task: the fields the tasks turn into facts.
import { readFileSync } from 'node:fs';
import { diseaseKgFiles } from '../../knowledge/loaders/disease-kg-files.js';
import { sftErrors } from '../errors.js';

export interface KgDisease {
  /** File and record key: every KG sample's provenance cites them. */
  file: string;
  key: string;
  name: string;
  desc: string;
  departments: string[];
  drugs: string[];
  complications: string[];
  symptoms: string[];
  tests: string[];
  susceptible: string;
  cureProb: string;
  treatCycle: string;
  treatWays: string[];
  cause: string;
  prevent: string;
  nursing: string;
  goodFood: string[];
  avoidFood: string[];
}

const strs = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === 'string')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Every disease of a KG file or folder (records without a name are skipped). */
export function readKg(path: string): KgDisease[] {
  const out: KgDisease[] = [];
  for (const file of diseaseKgFiles(path)) {
    let data: Record<string, Record<string, unknown>>;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
    } catch (err) {
      throw sftErrors.SFT_DATA_INVALID({ file, reason: `not JSON: ${(err as Error).message}` });
    }
    for (const [key, r] of Object.entries(data)) {
      const g = (r.gaishu_info ?? {}) as Record<string, unknown>;
      const name = str(g.name);
      if (!name) continue;
      const sym = (r.symptom_data ?? {}) as Record<string, unknown>;
      const food = (r.food_info ?? {}) as Record<string, unknown>;
      out.push({
        file,
        key,
        name,
        desc: str(g.desc),
        departments: strs(g.belongs_to_department),
        drugs: strs(g.common_drug),
        complications: strs(g.has_complication),
        symptoms: strs(sym.symptoms),
        tests: strs(r.inspect_info),
        susceptible: str(g.susceptible_people),
        cureProb: str(g.cure_prob),
        treatCycle: str(g.treat_cycle),
        treatWays: strs(g.treat_way),
        cause: str(r.cause_info),
        prevent: str(r.prevent_info),
        nursing: str(r.nursing_info),
        goodFood: strs(food.good_food),
        avoidFood: strs(food.avoid_food),
      });
    }
  }
  return out;
}

/** Provenance of one KG fact: the (subject, relation, object) triple and where it was read. */
export function kgTriple(d: KgDisease, relation: string, object: string | string[]): Record<string, unknown> {
  return { file: d.file, key: d.key, triple: [d.name, relation, object] };
}

/** First sentences of a KG prose field up to ~`max` characters (whole sentences; the KG's own words). */
export function leadSentences(text: string, max = 160): string {
  const clean = text
    .replace(/^\s*[（(][一二三四五六七八九十]+[）)]\s*\S*?\n/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = clean.split(/(?<=[。！？!?])|(?<=\.)(?=\s)/);
  let out = '';
  for (const p of parts) {
    if (out && out.length + p.length > max) break;
    out += p;
  }
  return out.trim();
}
