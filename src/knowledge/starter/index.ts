// Starter knowledge pack, knowledge-layer half: the reference-range documents and the pack's provenance. The
// emergency-guidance documents are built by the safety layer from its own rules (src/safety/red-flags/
// emergency-docs.ts); src/retrieval/starter-pack.ts assembles the whole pack the server ingests on first run.
export { STARTER_SOURCE, STARTER_VERSION } from './metadata.js';
export { referenceDocs } from './reference-docs.js';
