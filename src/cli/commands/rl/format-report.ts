import type { BuildReport } from '../../../rl/data/build.js';

export function formatBuildReport(r: BuildReport): string {
  const lines: string[] = [];
  for (const s of r.sources) {
    const skipped = Object.entries(s.skipped)
      .map(([k, v]) => `${k} ×${v}`)
      .join('; ');
    lines.push(`${s.source}: ${s.read} read, ${s.kept} items${skipped ? ` (skipped: ${skipped})` : ''}`);
    if (s.extra?.icdMappingRate !== undefined)
      lines.push(
        `  ICD-10 mapping: ${s.extra.icdMapped}/${s.read} = ${(Number(s.extra.icdMappingRate) * 100).toFixed(1)}% ${JSON.stringify(s.extra.mappedVia)}`,
      );
  }
  lines.push(`label quality (confidence ≥ ${r.quality.minConfidence}):`);
  for (const [task, q] of Object.entries(r.quality.byTask)) {
    const why = Object.entries(q.excludedBy)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ×${v}`)
      .join('; ');
    lines.push(
      `  ${task}: ${q.items} items → kept ${q.kept}, excluded ${q.excluded}${why ? ` (${why})` : ''}${q.corrected ? `, corrected ${q.corrected}` : ''}`,
    );
  }
  lines.push(`duplicates removed: ${r.duplicates}`);
  if (r.evalSets.length) {
    lines.push(
      `decontaminated against ${r.evalSets.length} eval sets (${r.evalSets.reduce((a, e) => a + e.items, 0)} items): removed ${r.contaminated.total} (exact ${r.contaminated.exact}, near ${r.contaminated.near})`,
    );
    for (const [set, n] of Object.entries(r.contaminated.bySet)) lines.push(`  ${set}: ${n}`);
  } else lines.push('decontamination: no eval sets given (--eval-dir / --eval)');
  lines.push(
    `sampled: ${r.sampled}  strata: ${Object.entries(r.strata)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  for (const [split, s] of Object.entries(r.splits)) lines.push(`${split}: ${s.items} items → ${s.files.join(', ')}`);
  return lines.join('\n');
}
