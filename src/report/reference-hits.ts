// The starter pack's reference-range documents as citable passages for a report's abnormal analytes, so a
// report is explained with a source even when the knowledge base has not ingested the starter pack (the CLI
// on a bare corpus). If the KB has them too, packaging's dedupe keeps one copy.
import type { SearchHit } from '../core/types.js';
import { referenceDocs } from '../knowledge/starter/reference-docs.js';
import { isAbnormal, orderFindings } from './lab-findings.js';
import type { LabReport } from './types.js';

export function referenceHits(report: LabReport, max = 4): SearchHit[] {
  const docs = referenceDocs().filter((d) => d.lang === report.lang);
  const hits: SearchHit[] = [];
  for (const r of orderFindings(report.results).filter(isAbnormal).slice(0, max)) {
    if (!r.code) continue;
    for (const doc of docs) {
      const codes = Array.isArray(doc.metadata.analytes) ? (doc.metadata.analytes as unknown[]) : [];
      const i = codes.indexOf(r.code);
      if (i < 0) continue;
      // Section 0 is the document's introduction; analyte sections follow in table order.
      const section = doc.sections[i + 1];
      if (!section) continue;
      hits.push({
        id: `${doc.id}#${r.code}`,
        docId: doc.id,
        title: doc.title,
        section: section.path.join(' › '),
        source: doc.source,
        authority: doc.authority,
        lang: doc.lang,
        score: 0,
        text: `${section.path.join(' › ')}\n${section.text}`,
      });
    }
  }
  return hits;
}
