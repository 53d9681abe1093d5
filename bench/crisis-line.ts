// The crisis lines a triage message may carry: src/safety/triage/crisis-line.ts CRISIS_LINE is the one home (tests in
// src use it; src never imports bench/). Re-exported for the bench scorers (triage-score, triage-batches, triage-cv,
// triage-crisis-probes).
export { CRISIS_LINE } from '../src/safety/triage/crisis-line.js';
