// The starter pack's reference-range sections as citable passages for a report's abnormal analytes, so a
// report is explained with a source even when the knowledge base has not ingested the starter pack (the CLI
// on a bare corpus). If the KB has them too, packaging's dedupe keeps one copy.
import type { SearchHit } from '../core/types.js';
import { analyteSectionHits } from '../knowledge/starter/analyte-passages.js';
import { isAbnormal, orderFindings } from './lab-findings.js';
import type { LabReport } from './types.js';

export function referenceHits(report: LabReport, max = 4): SearchHit[] {
  const codes = orderFindings(report.results)
    .filter(isAbnormal)
    .slice(0, max)
    .flatMap((r) => (r.code ? [r.code] : []));
  return analyteSectionHits(codes, report.lang);
}
