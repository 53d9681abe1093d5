// Medical terminology: entity dictionaries (terms folder), ICD-10 names, drug aliases and the knowledge base's
// own vocabulary (MedQuAD synonyms, disease-KG names and English aliases) behind one matcher and synonym lookup.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTermsDir, ICD10_FILE, loadIcd10 } from './icd10.js';
import { parseSeedAliases } from './drugs.js';
import { kbErrors } from './errors.js';
import { createEntityMatcher, ENTITY_TYPE_NAMES, normalizeTerm, type EntityEntry, type EntityMention, type EntityType } from './entity-matcher.js';

export type { EntityMention, EntityType } from './entity-matcher.js';

/** What the terminology needs from a knowledge base (structurally; KnowledgeBase satisfies it). */
export interface VocabularySource {
  vocabulary(): { entities: { term: string; type: string }[]; synonymGroups: string[][] };
}

export interface TerminologyOptions {
  /**
   * Folder with entity-dict-zh/*.txt and icd10-cn-clinical-v2.jsonl (e.g. ../shared/data/terms).
   * Default: $QUARKMED_TERMS, $QUARKMED_TERMS_DIR, else $QUARKMED_HOME/terms when it exists; without one the
   * terminology still works from the knowledge base and built-in drug aliases (with less coverage).
   */
  termsDir?: string;
  /** Alias of termsDir. */
  dir?: string;
  kb?: VocabularySource;
  /** Load ICD-10 disease names from the terms folder (default true). */
  icd10?: boolean;
}

export interface Terminology {
  /** Diseases, symptoms, drugs, examinations, departments and foods mentioned in text (longest match, left to right). */
  match(text: string): EntityMention[];
  /** Other names of the same concept (case-insensitive lookup; the term itself excluded). */
  synonyms(term: string): string[];
  typeOf(term: string): EntityType | undefined;
  /** Han-script words for a jieba user dictionary. */
  words(): { word: string; type: EntityType }[];
  readonly size: number;
  /** The folder the dictionaries came from, if any. */
  readonly termsDir?: string;
}

/** entity-dict-zh file → entity type (deny.txt, producer.txt are not medical entities). */
const DICT_FILES: Record<string, EntityType> = {
  'disease.txt': 'disease',
  'symptom.txt': 'symptom',
  'drug.txt': 'drug',
  'check.txt': 'check',
  'department.txt': 'department',
  'food.txt': 'food',
};

/** The terms folder from an explicit path or the environment; undefined when none is configured/present. */
export function resolveTermsDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = flag || env.QUARKMED_TERMS?.trim() || env.QUARKMED_TERMS_DIR?.trim();
  if (explicit) {
    if (!existsSync(explicit) || !statSync(explicit).isDirectory()) throw kbErrors.TERMS_DIR_INVALID({ dir: explicit, reason: 'no such folder' });
    return explicit;
  }
  const fallback = defaultTermsDir(env);
  return existsSync(fallback) ? fallback : undefined;
}

/** Entity entries from a terms folder's entity-dict-zh/*.txt (one name per line). */
export function readEntityDicts(termsDir: string): EntityEntry[] {
  const dir = existsSync(join(termsDir, 'entity-dict-zh')) ? join(termsDir, 'entity-dict-zh') : termsDir;
  const out: EntityEntry[] = [];
  const files = readdirSync(dir).filter((f) => f in DICT_FILES);
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const term = line.trim();
      if (term) out.push({ term, type: DICT_FILES[f] });
    }
  }
  return out;
}

/** ICD-10 names short enough to be what people write (long ones are coding descriptions, not mentions). */
function icdEntries(termsDir: string): EntityEntry[] {
  const file = join(termsDir, ICD10_FILE);
  if (!existsSync(file)) return [];
  return (
    loadIcd10(file)
      .entries()
      .filter((e) => e.name.length <= 12 && !/[，,：:]/.test(e.name))
      // Chapter R holds symptoms and signs (R05 咳嗽, R07.4 胸痛), not diseases.
      .map((e) => ({ term: e.name, type: e.code.category.startsWith('R') ? ('symptom' as const) : ('disease' as const) }))
  );
}

/** Pure: build a terminology from entries and synonym groups. */
export function createTerminology(entries: EntityEntry[], synonymGroups: string[][], termsDir?: string): Terminology {
  const matcher = createEntityMatcher(entries);
  const groups = new Map<string, Set<string>>();
  for (const g of synonymGroups) {
    // Groups that share a member merge (e.g. a drug alias listed under two canonical names).
    let merged = new Set<string>(g.map((t) => t.trim()).filter(Boolean));
    for (const t of merged) {
      const prev = groups.get(normalizeTerm(t));
      if (prev && prev !== merged) merged = new Set([...prev, ...merged]);
    }
    for (const t of merged) groups.set(normalizeTerm(t), merged);
  }
  const words = entries.filter((e) => /^\p{Script=Han}/u.test(e.term) && e.type !== 'food').map((e) => ({ word: e.term, type: e.type }));
  return {
    match: (text) => matcher.match(text),
    synonyms(term) {
      const key = normalizeTerm(term);
      const g = groups.get(key);
      return g ? [...g].filter((t) => normalizeTerm(t) !== key) : [];
    },
    typeOf: (term) => matcher.typeOf(term),
    words: () => words,
    size: matcher.size,
    termsDir,
  };
}

/** Load the terminology from a terms folder, the knowledge base's vocabulary and built-in drug aliases. */
export async function loadTerminology(options: TerminologyOptions = {}): Promise<Terminology> {
  const termsDir = resolveTermsDir(options.termsDir ?? options.dir);
  const entries: EntityEntry[] = [];
  const groups: string[][] = [];
  if (termsDir) {
    entries.push(...readEntityDicts(termsDir));
    if (options.icd10 !== false) entries.push(...icdEntries(termsDir));
  }
  for (const [canon, aliases] of Object.entries(parseSeedAliases())) {
    groups.push([canon, ...aliases]);
    entries.push({ term: canon, type: 'drug' }, ...aliases.map((a) => ({ term: a, type: 'drug' as const })));
  }
  if (options.kb) {
    const vocab = options.kb.vocabulary();
    const known = new Map<string, EntityType>();
    for (const e of vocab.entities) {
      if (!(ENTITY_TYPE_NAMES as readonly string[]).includes(e.type)) continue;
      entries.push({ term: e.term, type: e.type as EntityType });
      known.set(normalizeTerm(e.term), e.type as EntityType);
    }
    // Every member of a synonym group is matchable, typed like the member the KB already knows.
    for (const g of vocab.synonymGroups) {
      groups.push(g);
      const type = g.map((t) => known.get(normalizeTerm(t))).find(Boolean) ?? 'disease';
      for (const t of g) entries.push({ term: t, type });
    }
  }
  return createTerminology(entries, groups, termsDir);
}
