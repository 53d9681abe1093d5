// Folder layers of src/ (see README "Architecture"): dependencies point one way.
//   core ← models ← knowledge ← safety ← retrieval ← features ← server ← cli
// Features may use the features listed in FEATURE_DEPS only. The table is a DAG (test/architecture.test.ts checks),
// so obeying it rules out folder cycles.
const { allowed, ALL } = require('./.dependency-layers.cjs');

const forbidden = [
  {
    name: 'unknown-folder',
    severity: 'error',
    comment: 'Every folder of src/ must have a place in the layer table (.dependency-cruiser.cjs).',
    from: { path: `^src/(?!(${ALL.join('|')})/)[^/]+/` },
    to: {},
  },
];
for (const folder of ALL) {
  const ok = [folder, ...allowed[folder]];
  forbidden.push({
    name: `layer-${folder}`,
    severity: 'error',
    comment: `src/${folder} may import only: ${ok.join(', ')}`,
    from: { path: `^src/${folder}/`, pathNot: '\\.test\\.ts$' },
    to: { path: '^src/', pathNot: `^src/(${ok.join('|')})/` },
  });
}

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
