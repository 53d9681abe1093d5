// The tagger's entity matcher is the knowledge engineer's terminology (entity dictionaries, ICD-10 names, drug
// aliases): src/knowledge/terminology.ts. Loaded once per process and folder.
import { loadTerminology } from '../../knowledge/terminology.js';
import type { EntityMatcher } from './entity-matcher.js';

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
