// The tagger's entity matcher is the knowledge engineer's terminology (entity dictionaries, ICD-10 names, drug
// aliases): src/knowledge/terminology.ts. Loaded once per process and folder.
import { loadTerminology } from '../../knowledge/terminology.js';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { readInputs } from '../readers/index.js';
import { inputSpecSchema } from '../readers/input-spec.js';
import { GENERIC_WORDS } from './context.js';
import { createDictionaryMatcher, type EntityMatcher } from './entity-matcher.js';

const cache = new Map<string, Promise<EntityMatcher>>();

export function loadEntityMatcher(termsDir?: string): Promise<EntityMatcher> {
  const key = termsDir ?? '';
  let p = cache.get(key);
  if (!p) {
    p = loadTerminology(termsDir ? { termsDir } : {});
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

const enCache = new Map<string, Promise<EntityMatcher>>();

// MedQuAD foci include MedlinePlus topics that are body fluids, procedures or lifestyle ("Blood", "Surgery",
// "Pain", "X-Rays", "Smoking"): a name is kept as an entity only when it names a condition.
const CONDITION =
  /(itis|oma|emia|aemia|osis|pathy|algia|plegia|trophy|syndrome|disease|disorder|cancer|carcinoma|leukemia|lymphoma|infection|deficiency|fever|failure|injury|palsy|dystrophy|anemia|diabetes|hypertension|stroke|asthma|hernia|ulcer|stones?|sclerosis|dementia|epilepsy|migraine|obesity|impotence|incontinence|insomnia|depression|hepatitis|influenza|pneumonia|tuberculosis|malaria|measles|mumps|rubella|polio|rabies|cholera|glaucoma|cataract|psoriasis|eczema|acne|gout|lupus|autism|arthritis|allergy|allergies|loss)$/i;
const NOT_CONDITION =
  /(therapy|surgery|trials?|effects|history|smoking|tests?|exam|x-rays|ultrasound|levels?|glucose|sugar|health|care|transplant|screening|medicines?|drugs?|vaccines?|implants?|aids|diet|exercise|nutrition)\b/i;

export function englishEntityName(n: string): boolean {
  const t = n.trim();
  if (t.length < 4 || /[?:]/.test(t) || GENERIC_WORDS.has(t.toLowerCase())) return false;
  return CONDITION.test(t) && !NOT_CONDITION.test(t);
}

/** English names the project already loads: MedQuAD foci and their synonyms (typed by UMLS group) and the drug
 *  lexicon's English generics and brands. Generic words are left out. */
export function loadEnglishMatcher(medquadDir?: string): Promise<EntityMatcher> {
  const key = medquadDir ?? '';
  let p = enCache.get(key);
  if (!p) {
    p = (async () => {
      const entries: [string, string][] = [];
      for (const names of Object.values(parseSeedAliases())) for (const n of names) if (/^[a-z][a-z -]{3,}$/i.test(n)) entries.push([n, 'drug']);
      if (medquadDir) {
        const spec = inputSpecSchema.parse({ type: 'medquad', path: medquadDir });
        for await (const r of readInputs([spec], '/')) {
          const ents = r.metadata.entities as Record<string, string[]> | undefined;
          for (const [type, names] of Object.entries(ents ?? {})) {
            for (const n of names) if (englishEntityName(n)) entries.push([n, type]);
          }
        }
      }
      return createDictionaryMatcher(entries, 3);
    })();
    p.catch(() => enCache.delete(key));
    enCache.set(key, p);
  }
  return p;
}
