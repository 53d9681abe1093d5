// `quarkmed rl build`: sources → de-duplicated → decontaminated against every evaluation set → stratified
// sample → exported (verl parquet / OpenRLHF JSONL / our JSONL), with a report of what was kept and removed.
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { getIcd10, defaultTermsDir, ICD10_FILE, type Icd10Index } from '../../knowledge/icd10.js';
import { normTerm } from '../../knowledge/term-text.js';
import { createDecontaminator, type Contamination, type DecontamOptions, type EvalText } from './decontam.js';
import { loadEvalDir, loadEvalSet, type EvalSetReport } from './eval-sets.js';
import { exportItems, type ExportFormat } from './export/index.js';
import { itemText, type RlItem } from './item.js';
import { loadQualityContext } from './quality/context.js';
import type { QualityContext } from './quality/types.js';
import { readReviewRecords } from './quality/review-file.js';
import { reviewCheck } from './quality/review.js';
import { mainReason, QUALITY_CHECKS, runQualityStage, type QualityOptions, type QualityReport } from './quality/stage.js';
import { strataCounts, stratifiedSample, type SampleOptions } from './sample.js';
import { loadSource } from './sources/index.js';
import type { SourceReport } from './sources/types.js';

export interface BuildInput {
  source: string;
  path: string;
}

export interface BuildOptions {
  inputs: BuildInput[];
  outDir: string;
  formats: ExportFormat[];
  /** Eval sets as name=path (name may be a benchmark or any label) … */
  evalSets?: { name: string | null; path: string }[];
  /** … and folders of eval files (matched to benchmark loaders by file name). */
  evalDirs?: string[];
  /** Eval set names to leave out of decontamination (e.g. when deliberately training on a dev split). */
  excludeEval?: string[];
  decontam?: DecontamOptions;
  sample?: SampleOptions;
  termsDir?: string;
  /** Share of items held out as a validation split (default 0). */
  valRatio?: number;
  /** Label-quality stage: minimum confidence (default 0.6), or keep low-confidence items. */
  quality?: QualityOptions;
  /** Expert review decision files (`rl review import` output), applied before the quality threshold. */
  reviews?: string[];
}

export interface RemovedItem {
  id: string;
  source: string;
  reason: 'duplicate' | 'contaminated' | 'low-confidence';
  /** For low-confidence items: the flag that cost the most, and the item's confidence. */
  quality?: { code: string; detail?: string; confidence: number };
  contamination?: Contamination;
  duplicateOf?: string;
}

export interface BuildReport {
  at: string;
  sources: SourceReport[];
  evalSets: EvalSetReport[];
  loaded: number;
  /** Label-quality stage: per task and source, kept / excluded (by reason) / corrected. */
  quality: QualityReport;
  duplicates: number;
  contaminated: { total: number; exact: number; near: number; bySet: Record<string, number>; bySource: Record<string, number> };
  sampled: number;
  strata: Record<string, number>;
  splits: Record<string, { items: number; files: string[] }>;
}

/** Text compared for duplicates and contamination: the raw question when the source kept it, else the prompt. */
function contentOf(item: RlItem): string {
  return typeof item.meta.text === 'string' ? item.meta.text : itemText(item);
}

export async function buildRlData(options: BuildOptions): Promise<BuildReport> {
  let icd: Icd10Index | undefined;
  let terms: QualityContext | undefined;
  const termsOf = () => (terms ??= loadQualityContext(options.termsDir ?? defaultTermsDir()));
  const ctx = {
    icd: () => (icd ??= getIcd10(join(options.termsDir ?? defaultTermsDir(), ICD10_FILE))),
    terms: () => {
      const t = termsOf();
      return { drugs: t.drugs, indications: t.indications, symptomNames: t.symptomNames };
    },
  };
  const sources: SourceReport[] = [];
  const all: RlItem[] = [];
  for (const input of options.inputs) {
    const { items, report } = await loadSource(input.source, input.path, ctx);
    sources.push(report);
    all.push(...items);
  }

  const removed: RemovedItem[] = [];
  // Label quality first: near-duplicate contradictions must be seen before the duplicate pass keeps one copy.
  const reviews = (options.reviews ?? []).flatMap((f) => readReviewRecords(f));
  const checks = reviews.length ? [...(options.quality?.checks ?? QUALITY_CHECKS), reviewCheck(reviews)] : options.quality?.checks;
  const quality = runQualityStage(all, termsOf(), { ...options.quality, checks });
  for (const it of quality.excluded) {
    const why = mainReason(it);
    const confidence = (it.meta.quality as { confidence: number }).confidence;
    removed.push({ id: it.id, source: it.source, reason: 'low-confidence', quality: { code: why?.code ?? 'unknown', detail: why?.detail, confidence } });
  }
  const seenIds = new Set<string>();
  const seenText = new Map<string, string>();
  const unique: RlItem[] = [];
  for (const it of quality.kept) {
    const key = normTerm(itemText(it));
    const dupOf = seenIds.has(it.id) ? it.id : seenText.get(key);
    if (dupOf) {
      removed.push({ id: it.id, source: it.source, reason: 'duplicate', duplicateOf: dupOf });
      continue;
    }
    seenIds.add(it.id);
    seenText.set(key, it.id);
    unique.push(it);
  }

  const evalTexts: EvalText[] = [];
  const evalSets: EvalSetReport[] = [];
  const exclude = new Set(options.excludeEval ?? []);
  for (const dir of options.evalDirs ?? []) {
    const { texts, reports } = await loadEvalDir(dir);
    for (const r of reports) if (!exclude.has(r.set)) evalSets.push(r);
    evalTexts.push(...texts.filter((t) => !exclude.has(t.set)));
  }
  for (const e of options.evalSets ?? []) {
    const { texts, report } = await loadEvalSet(e.name, e.path);
    if (exclude.has(report.set)) continue;
    evalSets.push(report);
    evalTexts.push(...texts);
  }
  const contaminated = { total: 0, exact: 0, near: 0, bySet: {} as Record<string, number>, bySource: {} as Record<string, number> };
  let clean = unique;
  if (evalTexts.length > 0) {
    const deco = createDecontaminator(evalTexts, options.decontam);
    clean = [];
    for (const it of unique) {
      const hit = deco.check(contentOf(it));
      if (!hit) {
        clean.push(it);
        continue;
      }
      contaminated.total++;
      contaminated[hit.kind]++;
      contaminated.bySet[hit.set] = (contaminated.bySet[hit.set] ?? 0) + 1;
      contaminated.bySource[it.source] = (contaminated.bySource[it.source] ?? 0) + 1;
      removed.push({ id: it.id, source: it.source, reason: 'contaminated', contamination: hit });
    }
  }

  const sampled = stratifiedSample(clean, options.sample);
  const nVal = Math.round(sampled.length * (options.valRatio ?? 0));
  const splits: Record<string, RlItem[]> = nVal > 0 ? { val: sampled.slice(0, nVal), train: sampled.slice(nVal) } : { train: sampled };
  const splitReport: BuildReport['splits'] = {};
  for (const [split, items] of Object.entries(splits)) {
    const files: string[] = [];
    for (const f of options.formats) files.push(await exportItems(items, f, options.outDir, split));
    splitReport[split] = { items: items.length, files };
  }

  const report: BuildReport = {
    at: new Date().toISOString(),
    sources,
    evalSets,
    loaded: all.length,
    quality: quality.report,
    duplicates: removed.filter((r) => r.reason === 'duplicate').length,
    contaminated,
    sampled: sampled.length,
    strata: strataCounts(sampled),
    splits: splitReport,
  };
  writeFileAtomic(join(options.outDir, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileAtomic(join(options.outDir, 'removed.jsonl'), removed.map((r) => JSON.stringify(r)).join('\n') + (removed.length ? '\n' : ''));
  // The excluded items themselves (with their flags), for `quarkmed rl review export`.
  writeFileAtomic(join(options.outDir, 'excluded.jsonl'), quality.excluded.map((r) => JSON.stringify(r)).join('\n') + (quality.excluded.length ? '\n' : ''));
  return report;
}
