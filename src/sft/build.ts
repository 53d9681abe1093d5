// `quarkmed sft build`: tasks → capped per task → de-duplicated → decontaminated against every evaluation set
// (the RL builder's n-gram check and eval-set loaders, reused) → JSONL shards, with a report of counts and of
// every removed sample.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../core/random.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { normTerm } from '../knowledge/term-text.js';
import { createDecontaminator, type Contamination, type DecontamOptions, type EvalText } from '../rl/data/decontam.js';
import { loadEvalDir, loadEvalSet, type EvalSetReport } from '../rl/data/eval-sets.js';
import { BLIND_C_VIGNETTES_PATH, BLIND_D_VIGNETTES_PATH, HELDOUT_VIGNETTES_PATH, VIGNETTES_PATH } from '../safety/triage-eval.js';
import { fileURLToPath } from 'node:url';
import { createSourceBank, type SourceName } from './sources/bank.js';
import { checkTexts, type SftSample } from './sample.js';
import { sftTasks, type TaskName } from './tasks/index.js';

export interface SftBuildOptions {
  dataRoot: string;
  outDir: string;
  tasks?: string[];
  maxPerTask?: number;
  variants?: number;
  seed?: number;
  sourceOverrides?: Partial<Record<SourceName, string>>;
  evalDirs?: string[];
  evalSets?: { name: string | null; path: string }[];
  excludeEval?: string[];
  /** Also decontaminate against the safety triage vignettes (default true). */
  vignettes?: boolean;
  decontam?: DecontamOptions;
  shardSize?: number;
}

export interface SftRemoved {
  id: string;
  task: string;
  reason: 'duplicate' | 'contaminated';
  contamination?: Contamination;
}

export interface SftBuildReport {
  version: 1;
  at: string;
  dataRoot: string;
  seconds: number;
  tasks: Record<string, { samples: number; zh: number; en: number; ability: string; group: string; removed: number; seconds?: number; skipped?: string }>;
  taskTypes: number;
  samples: number;
  byLang: Record<string, number>;
  byAbility: Record<string, number>;
  byGroup: Record<string, number>;
  sources: Record<string, { path: string; records: number }>;
  evalSets: EvalSetReport[];
  duplicates: number;
  contaminated: { total: number; exact: number; near: number; bySet: Record<string, number>; byTask: Record<string, number> };
  shards: string[];
}

const DEFAULTS = { maxPerTask: 4000, variants: 2, seed: 13, shardSize: 20_000 };

async function evalTexts(o: SftBuildOptions): Promise<{ texts: EvalText[]; sets: EvalSetReport[] }> {
  const texts: EvalText[] = [];
  const sets: EvalSetReport[] = [];
  const exclude = new Set(o.excludeEval ?? []);
  const add = (t: EvalText[], r: EvalSetReport) => {
    if (exclude.has(r.set)) return;
    sets.push(r);
    texts.push(...t);
  };
  for (const dir of o.evalDirs ?? []) {
    const { texts: t, reports } = await loadEvalDir(dir);
    for (const r of reports)
      add(
        t.filter((x) => x.set === r.set),
        r,
      );
  }
  for (const e of o.evalSets ?? []) {
    const { texts: t, report } = await loadEvalSet(e.name, e.path);
    add(t, report);
  }
  if (o.vignettes ?? true) {
    for (const [name, url] of [
      ['triage-vignettes', VIGNETTES_PATH],
      ['triage-heldout', HELDOUT_VIGNETTES_PATH],
      ['triage-blind-c', BLIND_C_VIGNETTES_PATH],
      ['triage-blind-d', BLIND_D_VIGNETTES_PATH],
    ] as const) {
      const { texts: t, report } = await loadEvalSet(name, fileURLToPath(url));
      add(t, report);
    }
  }
  return { texts, sets };
}

export async function buildSft(o: SftBuildOptions): Promise<SftBuildReport> {
  const started = Date.now();
  const maxPerTask = o.maxPerTask ?? DEFAULTS.maxPerTask;
  const seed = o.seed ?? DEFAULTS.seed;
  const bank = createSourceBank(o.dataRoot, o.sourceOverrides);
  const names = (o.tasks?.length ? o.tasks : sftTasks.names()) as TaskName[];
  for (const n of names) sftTasks.get(n); // unknown names fail before any work, listing the known ones
  const { texts, sets } = await evalTexts(o);
  const deco = texts.length ? createDecontaminator(texts, o.decontam) : null;

  const report: SftBuildReport = {
    version: 1,
    at: new Date().toISOString(),
    dataRoot: o.dataRoot,
    seconds: 0,
    tasks: {},
    taskTypes: 0,
    samples: 0,
    byLang: {},
    byAbility: {},
    byGroup: {},
    sources: {},
    evalSets: sets,
    duplicates: 0,
    contaminated: { total: 0, exact: 0, near: 0, bySet: {}, byTask: {} },
    shards: [],
  };
  const removed: SftRemoved[] = [];
  const seen = new Set<string>();
  const kept: SftSample[] = [];
  for (const name of names) {
    const task = sftTasks.get(name);
    const entry = { samples: 0, zh: 0, en: 0, ability: task.ability, group: task.group ?? task.ability, removed: 0 } as SftBuildReport['tasks'][string];
    report.tasks[name] = entry;
    const missing = task.sources.filter((s) => !bank.has(s));
    // A task reads several sources; it runs when at least one is present (each builder checks the optional ones).
    if (missing.length === task.sources.length) {
      entry.skipped = `sources missing: ${missing.map((s) => bank.path(s)).join(', ')}`;
      continue;
    }
    const taskStart = Date.now();
    // Each task gets its own RNG stream: adding or removing a task never changes another task's samples.
    const ctx = { sources: bank, rng: createRng(seed ^ hash(name)), variants: o.variants ?? DEFAULTS.variants, max: maxPerTask };
    for (const s of await capTask(task.build(ctx), maxPerTask, createRng(seed ^ hash(name) ^ 0x9e3779b9))) {
      const key = normTerm(s.messages.map((m) => m.content).join('\n'));
      if (seen.has(key)) {
        removed.push({ id: s.id, task: name, reason: 'duplicate' });
        report.duplicates++;
        entry.removed++;
        continue;
      }
      seen.add(key);
      let hit: Contamination | null = null;
      for (const t of deco ? checkTexts(s) : []) if ((hit = deco!.check(t))) break;
      if (hit) {
        removed.push({ id: s.id, task: name, reason: 'contaminated', contamination: hit });
        const c = report.contaminated;
        c.total++;
        c[hit.kind]++;
        c.bySet[hit.set] = (c.bySet[hit.set] ?? 0) + 1;
        c.byTask[name] = (c.byTask[name] ?? 0) + 1;
        entry.removed++;
        continue;
      }
      kept.push(s);
      entry.samples++;
      entry[s.lang]++;
    }
    entry.seconds = Math.round((Date.now() - taskStart) / 100) / 10;
  }

  for (const s of kept) {
    report.byLang[s.lang] = (report.byLang[s.lang] ?? 0) + 1;
    report.byAbility[s.ability] = (report.byAbility[s.ability] ?? 0) + 1;
    report.byGroup[s.group] = (report.byGroup[s.group] ?? 0) + 1;
  }
  report.samples = kept.length;
  report.taskTypes = Object.values(report.tasks).filter((t) => t.samples > 0).length;
  report.sources = bank.loaded();

  // Old shards of a previous build in this folder would be read by export as if they were new: remove them.
  mkdirSync(o.outDir, { recursive: true });
  for (const f of readdirSync(o.outDir)) if (/^sft-\d{5}\.jsonl$/.test(f)) rmSync(join(o.outDir, f));
  const size = o.shardSize ?? DEFAULTS.shardSize;
  for (let i = 0; i < kept.length; i += size) {
    const file = join(o.outDir, `sft-${String(i / size).padStart(5, '0')}.jsonl`);
    writeFileAtomic(
      file,
      kept
        .slice(i, i + size)
        .map((s) => JSON.stringify(s))
        .join('\n') + '\n',
    );
    report.shards.push(file);
  }
  writeFileAtomic(join(o.outDir, 'removed.jsonl'), removed.map((r) => JSON.stringify(r)).join('\n') + (removed.length ? '\n' : ''));
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  writeFileAtomic(join(o.outDir, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/**
 * At most `max` samples of a task, balanced across its languages (a uniform sample per language by reservoir,
 * so a cap never keeps only the first file's records), in the order the task produced them.
 */
export async function capTask(samples: AsyncIterable<SftSample>, max: number, rng: () => number): Promise<SftSample[]> {
  const pools = new Map<string, { seen: number; keep: { i: number; s: SftSample }[] }>();
  let i = 0;
  for await (const s of samples) {
    const p = pools.get(s.lang) ?? { seen: 0, keep: [] };
    pools.set(s.lang, p);
    p.seen++;
    if (p.keep.length < max) p.keep.push({ i, s });
    else {
      const j = Math.floor(rng() * p.seen);
      if (j < max) p.keep[j] = { i, s };
    }
    i++;
  }
  // Equal shares first; a language with fewer samples leaves its share to the others.
  const list = [...pools.values()].sort((a, b) => a.keep.length - b.keep.length);
  const out: { i: number; s: SftSample }[] = [];
  let left = max;
  list.forEach((p, k) => {
    const share = Math.floor(left / (list.length - k));
    for (let a = p.keep.length - 1; a > 0; a--) {
      const b = Math.floor(rng() * (a + 1));
      [p.keep[a], p.keep[b]] = [p.keep[b], p.keep[a]];
    }
    const take = p.keep.slice(0, Math.min(share, p.keep.length));
    out.push(...take);
    left -= take.length;
  });
  return out.sort((a, b) => a.i - b.i).map((x) => x.s);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
