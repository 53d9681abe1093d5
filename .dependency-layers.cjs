// The folder layers of src/ (README "Architecture"), read by .dependency-cruiser.cjs and checked for cycles by
// test/architecture.test.ts.
const LOWER = {
  core: [],
  models: ['core'],
  knowledge: ['core'],
  safety: ['core', 'models', 'knowledge'],
  retrieval: ['core', 'models', 'knowledge', 'safety'],
};
const BASE = ['core', 'models', 'knowledge', 'safety', 'retrieval'];
/** Which features a feature may import (everything else between features is a violation). */
const FEATURE_DEPS = {
  rag: [],
  data: [],
  report: ['rag'],
  starter: ['report'],
  eval: ['rag', 'consult'],
  rl: ['eval'],
  consult: ['rag', 'report'],
  sft: ['data', 'eval', 'rl', 'rag'],
};
const FEATURES = Object.keys(FEATURE_DEPS);
const TOP = { server: [...BASE, ...FEATURES], cli: [...BASE, ...FEATURES, 'server'] };
const ALL = [...BASE, ...FEATURES, 'server', 'cli'];

const allowed = { ...LOWER, ...TOP };
for (const f of FEATURES) allowed[f] = [...BASE, ...FEATURE_DEPS[f]];

module.exports = { allowed, ALL };
