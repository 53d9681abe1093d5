// Loads the knowledge engineer's terminology (src/knowledge/terminology.ts → loadTerminology().match) as the
// tagger's entity matcher. Loaded lazily so the pipeline runs (without entity tags) where it is absent.
import { dataErrors } from '../errors.js';
import type { EntityMatcher } from './entity-matcher.js';

export async function loadEntityMatcher(termsDir?: string): Promise<EntityMatcher> {
  const url = new URL('../../knowledge/terminology.js', import.meta.url).href;
  try {
    const mod = (await import(url)) as { loadTerminology?: (o?: { dir?: string }) => EntityMatcher | Promise<EntityMatcher> };
    if (typeof mod.loadTerminology !== 'function') throw new Error('src/knowledge/terminology has no loadTerminology');
    return await mod.loadTerminology(termsDir ? { dir: termsDir } : undefined);
  } catch (err) {
    throw dataErrors.DATA_STEP_OPTIONS({ step: 'tag', issues: `terminology unavailable (${err instanceof Error ? err.message : String(err)}); set entities: false to tag without it` });
  }
}
