// Which authority and language a source carries: built-in defaults, a user sources file, then flags.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Authority, Lang } from '../core/types.js';
import { kbErrors } from './errors.js';

export interface SourceInfo {
  authority: Authority;
  lang?: Lang;
  description?: string;
}

export type SourceCatalog = Record<string, SourceInfo>;

/**
 * Defaults for the sources the project knows. Grades follow the report's scale
 * (A guidelines/consensus, B textbooks/drug labels, C peer-reviewed or official health agencies,
 * D encyclopedias, E web Q&A):
 * - medquad: NIH sites (MedlinePlus, NCI, NIDDK, NINDS, NHLBI, CDC) = official health agencies → C.
 * - disease-kg-zh: a crawl of a consumer health encyclopedia site, unreviewed → D.
 * - chatdoctor-diseases: a research table of unknown editorial provenance → E.
 * - openfda-labels: FDA-published drug labels (the manufacturer's prescribing information / Drug Facts as approved
 *   or listed with the FDA, via openFDA) → B, the report's grade for drug labels.
 */
export const DEFAULT_SOURCES: SourceCatalog = {
  medquad: { authority: 'C', lang: 'en', description: 'MedQuAD: NIH consumer health question-answer pairs' },
  'disease-kg-zh': { authority: 'D', lang: 'zh', description: 'Chinese disease knowledge graph (consumer health encyclopedia crawl)' },
  'chatdoctor-diseases': { authority: 'E', lang: 'en', description: 'ChatDoctor disease table (research use)' },
  'openfda-labels': { authority: 'B', lang: 'en', description: 'openFDA drug labels (FDA structured product labeling)' },
};

const sourceEntry = z.object({
  authority: z.enum(['A', 'B', 'C', 'D', 'E']),
  lang: z.enum(['zh', 'en', 'other']).optional(),
  description: z.string().optional(),
});
const sourcesFileSchema = z.record(z.string().min(1), sourceEntry);

/** Read a YAML or JSON sources file: `{ <source name>: { authority: A-E, lang?: zh|en|other } }`. */
export function loadSourcesFile(file: string): SourceCatalog {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw kbErrors.KB_SOURCES_FILE_INVALID({ file, reason: err instanceof Error ? err.message : String(err) });
  }
  const parsed = sourcesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw kbErrors.KB_SOURCES_FILE_INVALID({ file, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
  }
  return parsed.data;
}

/** Default catalog overlaid with a user catalog. */
export function mergeCatalogs(...catalogs: (SourceCatalog | undefined)[]): SourceCatalog {
  return Object.assign({}, ...catalogs.filter(Boolean)) as SourceCatalog;
}

/** Least trusted grade: an unknown source must earn a better one through a sources file or --authority. */
export const UNKNOWN_SOURCE_AUTHORITY: Authority = 'E';
