// The starter knowledge pack: documents written by the QuarkMed-TS authors (authority D), in Chinese and English,
// that the server ingests on first run so evidence mode has something to cite before any corpus is loaded. Its two
// halves live where their knowledge does (reference ranges in knowledge, emergency guidance in safety); retrieval,
// which builds knowledge bases, is the first layer allowed to see both.
import type { Doc } from '../core/types.js';
import { referenceDocs } from '../knowledge/starter/index.js';
import { emergencyDocs } from '../safety/red-flags/emergency-docs.js';

export { STARTER_SOURCE, STARTER_VERSION } from '../knowledge/starter/index.js';

/** Every starter document, in a stable order with stable ids ("quarkmed-starter:<kind>:<key>:<lang>"). */
export function starterDocs(): Doc[] {
  return [...emergencyDocs(), ...referenceDocs()];
}
