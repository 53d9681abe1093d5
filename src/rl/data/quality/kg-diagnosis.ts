// Label checks for knowledge-graph diagnosis items: is there one answer, and is the gold a disease with the
// right code? Structural: cut-off findings, too few rare findings, a near-identical presentation of another
// disease, a finding that is itself a diagnosis of the same category. Cross-source: the code exists in the
// chosen ICD edition, the gold is not a symptom (chapter R), and the chapter fits the name (an adult's or
// elderly person's disease is not a congenital Q or perinatal P code; a loose name match is doubted).
import { parseIcdCode } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import type { RlItem } from '../item.js';
import { RARE_DF, type Presentation } from '../sources/kg-presentation.js';
import { withFlag, type QualityCheck, type QualityContext } from './types.js';

const ADULT_RE = /^(成人|老年|老人)/u;
const CONGENITAL_RE = /(先天|遗传|发育|畸形|综合征|新生儿|胎儿|婴儿)/u;
/** Above this Jaccard another disease's presentation is essentially the same case. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Above this the two cases are hard to tell apart from findings alone. */
export const SIMILAR_JACCARD = 0.35;
export const MIN_RARE_FINDINGS = 3;
/**
 * Fewest findings for a case a clinician would call answerable: with fewer, the few rare ones rarely discriminate
 * the gold from its neighbours (skin spots → freckles or melasma; a niche and epigastric pain → ulcer, cancer or a
 * benign tumour), whatever their rarity in this graph.
 */
export const MIN_FINDINGS = 7;
/** Another disease explaining this share of the case (IDF-weighted findings) makes it a differential, not a diagnosis. */
export const RIVAL_SHARE = 0.5;
/** This many findings that are themselves other diseases make the case ambiguous. */
export const MAX_OTHER_DIAGNOSES = 2;

function checkOne(item: RlItem, ctx: QualityContext): RlItem {
  const gt = item.ground_truth as { code?: string; name?: string };
  const disease = String(item.meta.disease ?? gt.name ?? '');
  const code = gt.code ? parseIcdCode(gt.code) : null;
  let out = item;
  if (!code) return withFlag(out, 'icd-code-invalid', 0, `no code in ${JSON.stringify(gt)}`);
  if (ctx.icd) {
    const entry = ctx.icd.byCode(gt.code!);
    if (!entry || entry.code.core !== code.core) out = withFlag(out, 'icd-code-invalid', 0, `${gt.code} is not in the clinical edition`);
  }
  if (code.category.startsWith('R')) out = withFlag(out, 'symptom-as-diagnosis', 0.1, `${gt.name} ${gt.code} is a symptom or sign (chapter R), not a disease`);
  else if (ctx.symptomNames?.has(normTerm(disease)) && !ctx.icd?.byName(disease))
    out = withFlag(out, 'symptom-as-diagnosis', 0.5, `${disease} is listed as a symptom`);
  const chapter = code.category[0];
  if ((chapter === 'Q' || chapter === 'P') && ADULT_RE.test(disease)) {
    out = withFlag(
      out,
      'icd-chapter-mismatch',
      0,
      `${disease} is an adult condition, ${gt.code} is in chapter ${chapter} (${chapter === 'Q' ? 'congenital' : 'perinatal'})`,
    );
  } else if (chapter === 'Q' && item.meta.mappedVia === 'loose' && !CONGENITAL_RE.test(disease)) {
    out = withFlag(out, 'icd-chapter-mismatch', 0.3, `${disease} mapped loosely onto congenital ${gt.code}`);
  }
  if (item.meta.mappedVia === 'loose') out = withFlag(out, 'loose-name-mapping', 0.8, `${disease} → ${gt.name}`);
  const truncated = Number(item.meta.truncatedDropped ?? 0);
  if (truncated > 0) out = withFlag(out, 'truncated-finding', 0.9, `${truncated} cut-off finding(s) dropped from the case`);
  const text = item.prompt.map((m) => m.content).join('\n');
  if (/\.\.\.|…/.test(text.replace(/…\}|\{"diagnosis"[^}]*\}/g, ''))) out = withFlag(out, 'truncated-finding', 0, 'the case still shows a cut-off finding');
  const p = item.meta.presentation as Presentation | undefined;
  if (p) {
    // Symptom-only cases need several findings few other diseases share to point at one diagnosis.
    if (p.rare < MIN_RARE_FINDINGS)
      out = withFlag(out, 'unspecific-presentation', p.rare === 0 ? 0.2 : 0.5, `${p.rare} finding(s) specific to at most ${RARE_DF} diseases`);
    const findings = ((item.meta.symptoms as string[] | undefined) ?? []).length;
    if (findings < MIN_FINDINGS) out = withFlag(out, 'too-few-findings', 0.5, `${findings} finding(s): too few to single out one diagnosis`);
    if (p.nearest && p.nearest.jaccard >= NEAR_DUPLICATE_JACCARD) {
      out = withFlag(out, 'ambiguous-presentation', 0.3, `same findings as ${p.nearest.disease} (Jaccard ${p.nearest.jaccard})`);
    } else if (p.nearest && p.nearest.jaccard >= SIMILAR_JACCARD) {
      out = withFlag(out, 'ambiguous-presentation', 0.5, `findings much like ${p.nearest.disease}'s (Jaccard ${p.nearest.jaccard})`);
    } else if (p.rival && p.rival.share >= RIVAL_SHARE) {
      out = withFlag(out, 'ambiguous-presentation', 0.5, `${p.rival.disease} explains ${Math.round(p.rival.share * 100)}% of the findings (IDF-weighted)`);
    }
  }
  // A "finding" that is a diagnosis in the gold's own category competes with the gold (粘连性肠梗阻 vs 蛔虫性肠梗阻);
  // several other diagnoses among the findings (腕管综合征, 静脉曲张) make the case a list of comorbidities.
  if (ctx.icd) {
    const others: string[] = [];
    for (const s of (item.meta.symptoms as string[] | undefined) ?? []) {
      const hit = ctx.icd.byName(s);
      if (!hit || hit.code.category.startsWith('R')) continue;
      if (hit.code.category === code.category && hit.code.core !== code.core) {
        out = withFlag(out, 'finding-names-diagnosis', 0.3, `finding "${s}" is itself ${hit.code.raw}`);
        break;
      }
      if (hit.code.category !== code.category) others.push(s);
    }
    if (others.length >= MAX_OTHER_DIAGNOSES) out = withFlag(out, 'findings-are-diagnoses', 0.5, `findings name other diseases: ${others.join('、')}`);
  }
  return out;
}

export const kgDiagnosisCheck: QualityCheck = {
  name: 'kg-diagnosis',
  run: (items, ctx) => items.map((it) => (it.task === 'diagnosis' && it.source === 'disease-kg-zh' ? checkOne(it, ctx) : it)),
};
