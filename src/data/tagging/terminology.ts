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
            for (const n of names) if (n.length >= 4 && !/[?:]/.test(n) && !GENERIC_WORDS.has(n.toLowerCase())) entries.push([n, type]);
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
