// Which retrieved passages may explain a report. Two kinds of near-miss are dropped before relevance scoring:
// another analyte's reference-range section (a low hemoglobin matched "糖化血红蛋白" and "平均红细胞血红蛋白含量"
// by name) and a condition of the opposite direction (high potassium retrieved "低钾血症"). Pure.
import type { SearchHit } from '../core/types.js';
import { STARTER_SOURCE } from '../knowledge/starter/metadata.js';
import { analyteHeading } from '../knowledge/starter/reference-docs.js';
import { analyteByCode, conditionTerms, type Direction } from '../knowledge/reference-ranges.js';
import { direction, isAbnormal, orderFindings } from './lab-findings.js';
import type { LabReport } from './types.js';

export type HitFilter = (hit: SearchHit) => boolean;

const isReferenceSection = (hit: SearchHit) => hit.source === STARTER_SOURCE && hit.docId.includes(':reference:');
const opposite = (d: Direction): Direction => (d === 'high' ? 'low' : 'high');

/** Section headings the starter pack gives an analyte (reference-docs.ts): "血红蛋白（Hemoglobin，HGB…）", "Hemoglobin (血红蛋白; HGB…)". */
function sectionTitles(code: string): string[] {
  const an = analyteByCode(code);
  return an ? [analyteHeading(an, 'zh'), analyteHeading(an, 'en')] : [];
}

export function reportHitFilter(report: LabReport, max = 4): HitFilter {
  const abnormal = orderFindings(report.results).filter(isAbnormal).slice(0, max);
  const ownSections = new Set(abnormal.flatMap((r) => (r.code ? sectionTitles(r.code) : [])));
  const wanted = abnormal.flatMap((r) => [...conditionTerms(r.code, direction(r), 'zh'), ...conditionTerms(r.code, direction(r), 'en')]);
  const unwanted = abnormal
    .flatMap((r) => [...conditionTerms(r.code, opposite(direction(r)), 'zh'), ...conditionTerms(r.code, opposite(direction(r)), 'en')])
    .filter((term) => !wanted.some((w) => w.toLowerCase().includes(term.toLowerCase())));
  return (hit) => {
    // Unrecognised analytes have no section to protect: keep every reference passage rather than guess.
    if (isReferenceSection(hit) && ownSections.size > 0) return ownSections.has(hit.section.split(' › ')[0] ?? '');
    const title = hit.title.toLowerCase();
    const aboutOpposite = unwanted.some((term) => title.includes(term.toLowerCase()));
    const aboutWanted = wanted.some((term) => title.includes(term.toLowerCase()));
    return !aboutOpposite || aboutWanted;
  };
}
