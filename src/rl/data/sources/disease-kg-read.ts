// Reading the Chinese disease knowledge graph: a JSON file, or a folder of them, each an object of disease
// records keyed by id. Diagnosis, test-ordering and drug items all walk the same records, so the file listing,
// parsing and the error that names a bad file live here once.
import { readFileSync } from 'node:fs';
import { diseaseKgFiles } from '../../../knowledge/loaders/disease-kg-files.js';
import { rlErrors } from '../../errors.js';

/** The fields of a KG disease record the RL sources read. */
export interface KgDisease {
  gaishu_info?: { name?: string; susceptible_people?: string; common_drug?: string[]; belongs_to_department?: string[] };
  symptom_data?: { symptoms?: string[] };
  inspect_info?: string[];
  /** Free-text causes. */
  cause_info?: string;
}

export interface KgEntry {
  /** The file the record came from (items cite it). */
  file: string;
  key: string;
  disease: KgDisease;
}

/** Every record of every file, one file in memory at a time; throws RL_DATA_INVALID naming a non-JSON file. */
export function* readKgDiseases(path: string): Generator<KgEntry> {
  for (const file of diseaseKgFiles(path)) {
    let data: Record<string, KgDisease>;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, KgDisease>;
    } catch (err) {
      throw rlErrors.RL_DATA_INVALID({ file, reason: `not JSON: ${(err as Error).message}` });
    }
    for (const [key, disease] of Object.entries(data)) yield { file, key, disease };
  }
}
