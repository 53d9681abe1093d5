// Starter knowledge pack: documents written by the QuarkMed-TS authors (authority D), in Chinese and English,
// that the server ingests on first run so evidence mode has something to cite before any corpus is loaded.
import type { Doc } from '../../core/types.js';
import { emergencyDocs } from './emergency-docs.js';
import { referenceDocs } from './reference-docs.js';

export { STARTER_SOURCE, STARTER_VERSION } from './metadata.js';

/** Every starter document, in a stable order with stable ids ("quarkmed-starter:<kind>:<key>:<lang>"). */
export function starterDocs(): Doc[] {
  return [...emergencyDocs(), ...referenceDocs()];
}
