// Quality figures of the curation pipeline from labelled samples kept in bench/data (ids and labels only — the texts
// are read from ../shared/data, never copied): keep/drop decisions per rule, tag precision/recall per language, and
// dialogue turns kept per corpus from a run's manifest. Labels were written by the curation engineer (in-sample).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataRecord } from '../src/data/record.js';
import { readInputs } from '../src/data/readers/index.js';
import { StatsBook } from '../src/data/stats.js';
import { chain, type Step } from '../src/data/step.js';
import { stepRegistry } from '../src/data/steps.js';
import { loadPipelineFile, type PipelineSpec } from '../src/data/pipeline-file.js';
import { corpusInputs } from '../src/data/testing/corpora.js';
import type { BenchSection } from './report.js';

export interface Label {
  id: string;
  label: 'keep' | 'drop';
  note?: string;
}

export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The records with these ids, read from the shared corpora and knowledge sources. */
export async function recordsById(data: string, ids: Set<string>): Promise<Map<string, DataRecord>> {
  const out = new Map<string, DataRecord>();
  // One pass in the order of examples/pipelines/corpora.yaml, so ids (file index + line) match that run's.
  for await (const r of readInputs(Object.values(corpusInputs(data)), '/')) if (ids.has(r.id)) out.set(r.id, r);
  return out;
}

/**
 * The steps of a pipeline file that decide keep/drop: every step before its first barrier (dedup), without
 * de-identification, tagging and token counting (they never drop). `kb` points advice-check at a knowledge base.
 */
export async function decisionSteps(pipelineFile: string, kb?: string): Promise<{ spec: PipelineSpec; steps: Step[] }> {
  const spec = loadPipelineFile(pipelineFile);
  const steps: Step[] = [];
  for (const s of spec.steps) {
    const def = stepRegistry.get(s.name);
    if (def.barrier) break;
    if (s.name === 'deid' || s.name === 'tag' || s.name === 'tokens') continue;
    const options = s.name === 'advice-check' && kb ? { ...(s.options as object), kb } : s.options;
    steps.push(...(await def.create!(options as never, { baseDir: spec.baseDir, seed: spec.seed })));
  }
  return { spec, steps };
}

/** Decisions of the pipeline file's steps before its first barrier. */
export async function decide(pipelineFile: string, records: DataRecord[]): Promise<Map<string, { keep: boolean; rule?: string }>> {
  const { steps } = await decisionSteps(pipelineFile);
  const out = new Map<string, { keep: boolean; rule?: string }>();
  const book = new StatsBook();
  const src = (async function* () {
    yield* records;
  })();
  for await (const r of chain(steps, src, {
    shard: 0,
    seed: 1,
    stats: (n) => book.get(n),
    reject: (r, step, reason) => out.set(r.id, { keep: false, rule: `${step}:${reason}` }),
  }))
    out.set(r.id, { keep: true });
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : '–');

export async function curationSection(
  data: string,
  labelsFile: string,
  pipelineFile: string,
): Promise<{ section: BenchSection; figures: Record<string, unknown> } | null> {
  const labels = readJsonl<Label>(labelsFile);
  if (!labels.length) return null;
  const recs = await recordsById(data, new Set(labels.map((l) => l.id)));
  const found = labels.filter((l) => recs.has(l.id));
  const decisions = await decide(
    pipelineFile,
    found.map((l) => recs.get(l.id)!),
  );
  const rows: (string | number)[][] = [];
  const byRule = new Map<string, { dropped: number; wrong: number }>();
  let drops = 0,
    falseDrops = 0,
    keeps = 0,
    falseKeeps = 0,
    acDrops = 0;
  const bySource = new Map<string, { n: number; falseDrops: number; falseKeeps: number }>();
  for (const l of found) {
    const d = decisions.get(l.id)!;
    const r = recs.get(l.id)!;
    const s = bySource.get(r.source) ?? { n: 0, falseDrops: 0, falseKeeps: 0 };
    s.n++;
    if (!d.keep) {
      drops++;
      const a = String(r.metadata.authority ?? '');
      if (/^[ABC]$/.test(a)) acDrops++;
      const e = byRule.get(d.rule!) ?? { dropped: 0, wrong: 0 };
      e.dropped++;
      if (l.label === 'keep') {
        falseDrops++;
        e.wrong++;
        s.falseDrops++;
      }
      byRule.set(d.rule!, e);
    } else {
      keeps++;
      if (l.label === 'drop') {
        falseKeeps++;
        s.falseKeeps++;
      }
    }
    bySource.set(r.source, s);
  }
  const labelledKeep = found.filter((l) => l.label === 'keep').length;
  rows.push(['all', found.length, pct(falseDrops, labelledKeep), pct(falseKeeps, found.length - labelledKeep), pct(falseDrops, drops)]);
  for (const [src, s] of [...bySource].sort()) rows.push([`source ${src}`, s.n, String(s.falseDrops), String(s.falseKeeps), '']);
  for (const [rule, e] of [...byRule].sort()) rows.push([`rule ${rule}`, e.dropped, '', '', pct(e.wrong, e.dropped)]);
  return {
    figures: {
      labelled: found.length,
      drops,
      keeps,
      falseDrops,
      falseKeeps,
      authorityACDrops: acDrops,
      falseDropRateOfGood: labelledKeep ? falseDrops / labelledKeep : 0,
    },
    section: {
      title: `Keep/drop decisions on a labelled sample (${found.length} records, IN-SAMPLE: labelled by the curation engineer)`,
      columns: ['slice', 'records (drops for a rule)', 'false drops (of records labelled keep)', 'false keeps (of records labelled drop)', 'wrong among drops'],
      rows,
      note: `Sample: drops of every rule plus kept records of every source from a run of examples/pipelines/corpora.yaml, labelled keep/drop by reading (bench/data/curation-labels.jsonl: ids and labels). Decisions by bench/curation-decisions.ts logic over ${pipelineFile.split('/').slice(-2).join('/')}. Authority A–C records dropped: ${acDrops}.`,
    },
  };
}

export interface TagLabel {
  id: string;
  lang: 'zh' | 'en';
  /** Tags the tagger produced, each judged. */
  judged: { tag: string; correct: boolean }[];
  /** Entities (type:name) a reader finds that the tagger missed. */
  missed: string[];
}

export function tagSection(labelsFile: string): { section: BenchSection; figures: Record<string, unknown> } | null {
  const labels = readJsonl<TagLabel>(labelsFile);
  if (!labels.length) return null;
  const rows: (string | number)[][] = [];
  const figures: Record<string, unknown> = {};
  for (const lang of ['zh', 'en'] as const) {
    for (const kind of ['entity', 'icd'] as const) {
      const ls = labels.filter((l) => l.lang === lang);
      const judged = ls.flatMap((l) => l.judged.filter((j) => (kind === 'icd') === j.tag.startsWith('icd:')));
      const correct = judged.filter((j) => j.correct).length;
      const missed = ls.flatMap((l) => l.missed.filter((m) => (kind === 'icd') === m.startsWith('icd:'))).length;
      const p = judged.length ? correct / judged.length : NaN;
      const r = correct + missed ? correct / (correct + missed) : NaN;
      figures[`${lang}_${kind}`] = { records: ls.length, tags: judged.length, precision: p, recall: r };
      rows.push([lang, kind, ls.length, judged.length, Number.isNaN(p) ? '–' : p.toFixed(3), Number.isNaN(r) ? '–' : r.toFixed(3)]);
    }
  }
  return {
    figures,
    section: {
      title: 'Entity and ICD-10 tags on a labelled sample (IN-SAMPLE: labelled by the curation engineer)',
      columns: ['language', 'tags', 'records', 'tags judged', 'precision', 'recall'],
      rows,
      note: 'Every tag the tag step wrote for the sampled records judged right or wrong in context; recall counts entities a reader found that the tagger missed (bench/data/tag-labels.jsonl).',
    },
  };
}

/** Dialogue turns kept per source, from an output folder (shards + rejects) and the raw inputs. */
export async function turnsSection(data: string, outDir: string): Promise<{ section: BenchSection; figures: Record<string, unknown> } | null> {
  const manifestFile = join(outDir, 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as { shards: { file?: string }[]; steps: Record<string, { counters: Record<string, number> }> };
  const kept = new Map<string, { records: number; turns: number; trimmed: number }>();
  for (const s of m.shards) {
    if (!s.file) continue;
    for (const line of readFileSync(join(outDir, s.file), 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as DataRecord;
      const k = kept.get(r.source) ?? { records: 0, turns: 0, trimmed: 0 };
      k.records++;
      k.turns += r.messages?.filter((x) => x.role !== 'system').length ?? 0;
      kept.set(r.source, k);
    }
  }
  const rejectsFile = join(outDir, 'rejects.jsonl');
  const rejected = new Map<string, { records: number; turns: number; dup: number; dupTurns: number }>();
  for (const line of existsSync(rejectsFile) ? readFileSync(rejectsFile, 'utf8').split('\n') : []) {
    if (!line) continue;
    const r = JSON.parse(line) as { source: string; reason: string; messages?: { role: string }[] };
    const k = rejected.get(r.source) ?? { records: 0, turns: 0, dup: 0, dupTurns: 0 };
    const t = r.messages?.filter((x) => x.role !== 'system').length ?? 0;
    if (r.reason.startsWith('duplicate')) {
      k.dup++;
      k.dupTurns += t;
    } else {
      k.records++;
      k.turns += t;
    }
    rejected.set(r.source, k);
  }
  const rows: (string | number)[][] = [];
  const figures: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(corpusInputs(data))) {
    if (!spec.dialogue) continue;
    let raw = 0,
      rawRecords = 0;
    for await (const r of readInputs([spec], '/')) {
      rawRecords++;
      raw += r.messages?.filter((x) => x.role !== 'system').length ?? 0;
    }
    const src = spec.source ?? name;
    const k = kept.get(src) ?? { records: 0, turns: 0, trimmed: 0 };
    const rj = rejected.get(src) ?? { records: 0, turns: 0, dup: 0, dupTurns: 0 };
    // Content turns: read minus courtesy turns trimmed (thank-you exchanges carry no content) minus duplicates.
    const courtesy = Math.max(0, raw - k.turns - rj.turns - rj.dupTurns);
    const content = raw - courtesy - rj.dupTurns;
    figures[src] = {
      records: rawRecords,
      turnsRead: raw,
      turnsWritten: k.turns,
      courtesyTrimmed: courtesy,
      duplicateTurns: rj.dupTurns,
      droppedTurns: rj.turns,
      keptShare: content ? k.turns / content : 0,
    };
    rows.push([src, rawRecords, raw, courtesy, rj.dupTurns, rj.turns, k.turns, content ? `${((100 * k.turns) / content).toFixed(2)}%` : '–']);
  }
  return {
    figures,
    section: {
      title: 'Dialogue turns kept (examples/pipelines/corpora.yaml over the six corpora and two knowledge sources)',
      columns: [
        'corpus',
        'records',
        'turns read',
        'courtesy turns trimmed',
        'turns in duplicates',
        'turns in dropped records',
        'turns written',
        'content turns kept (≥ 99%)',
      ],
      rows,
      note: "Before: CMtMedQA history yielded nothing (82% of its dialogue text lost) and records were flat text. Content turns = turns read − trailing thank-you/you're-welcome turns trimmed − turns of exact/near duplicates removed; kept share = turns written / content turns.",
    },
  };
}
