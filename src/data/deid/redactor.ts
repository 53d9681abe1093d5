// The de-identification implementation is the safety layer's (src/safety/phi): detectPhi / redactPhi with typed
// placeholders. This file only loads it; there is no second detector in the data pipeline.
import type { PhiSpan } from '../../safety/types.js';
import { dataErrors } from '../errors.js';

export interface PhiRedactor {
  detect(text: string): PhiSpan[];
  redact(text: string): { text: string; spans: PhiSpan[] };
}

let loaded: Promise<PhiRedactor> | undefined;

export function loadPhiRedactor(): Promise<PhiRedactor> {
  loaded ??= (async () => {
    const url = new URL('../../safety/phi/index.js', import.meta.url).href;
    try {
      const mod = (await import(url)) as { detectPhi?: (t: string) => PhiSpan[]; redactPhi?: (t: string) => { text: string; spans: PhiSpan[] } };
      if (typeof mod.detectPhi !== 'function' || typeof mod.redactPhi !== 'function') throw new Error('module lacks detectPhi/redactPhi');
      return { detect: mod.detectPhi, redact: mod.redactPhi };
    } catch (err) {
      loaded = undefined;
      throw dataErrors.DATA_PHI_UNAVAILABLE({ reason: err instanceof Error ? err.message : String(err) });
    }
  })();
  return loaded;
}
