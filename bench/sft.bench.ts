// The training-data factory end to end on ../shared/data: `sft build` with the default cap (4,000 per task,
// two instruction variants per fact) decontaminated against every set in bench/ and the triage vignettes;
// then Best-of-N + preference pairs against a local OpenAI-compatible server answering instantly, so the
// figure is the pipeline's own overhead (sampling requests, cache, scoring, writing), not a model's speed.
//   npx tsx bench/sft.bench.ts [--max-per-task N] [--skip-build]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSft } from '../src/sft/build.js';
import { SHARED_DATA } from '../test/helpers/shared-data.js';
import { writeBenchResults, type BenchSection } from './report.js';
import { bonOverhead } from './sft-bon.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const maxPerTask = Number(arg('--max-per-task') ?? 4000);
const out = mkdtempSync(join(tmpdir(), 'sft-bench-'));
const sections: BenchSection[] = [];
const figures: Record<string, unknown> = {};
try {
  if (!process.argv.includes('--skip-build')) {
    const r = await buildSft({ dataRoot: SHARED_DATA, outDir: join(out, 'build'), maxPerTask, evalDirs: [join(SHARED_DATA, 'bench')] });
    figures.build = {
      seconds: r.seconds,
      samples: r.samples,
      taskTypes: r.taskTypes,
      byLang: r.byLang,
      contaminated: r.contaminated,
      duplicates: r.duplicates,
      maxPerTask,
    };
    sections.push({
      title: `sft build (max ${maxPerTask} per task, 2 variants per fact, decontaminated against ${r.evalSets.length} eval sets)`,
      columns: ['task types', 'samples', 'zh', 'en', 'removed: contaminated', 'removed: duplicate', 'seconds'],
      rows: [[r.taskTypes, r.samples, r.byLang.zh ?? 0, r.byLang.en ?? 0, r.contaminated.total, r.duplicates, r.seconds]],
      note: `Contaminated by eval set: ${JSON.stringify(r.contaminated.bySet)}. The 2-core box is shared with other engineers' jobs, so the time is an upper bound.`,
    });
    sections.push({
      title: 'per task',
      columns: ['task', 'ability', 'group', 'samples', 'zh', 'en', 'removed', 'seconds'],
      rows: Object.entries(r.tasks).map(([k, v]) => [k, v.ability, v.group, v.samples, v.zh, v.en, v.removed, v.seconds ?? '']),
    });
  }
  const b = await bonOverhead(join(out, 'bon'));
  figures.bon = b;
  sections.push({
    title: 'Best-of-N and preference pairs against an instant local OpenAI-compatible server',
    columns: [
      'prompts',
      'N',
      'candidates',
      'setup s',
      'run s',
      'pipeline overhead s',
      'candidates/s of overhead',
      'candidates/s of overhead (cached rerun)',
      'candidates/s end to end (in-process server)',
      'pairs',
      'pair building s',
    ],
    rows: [
      [
        b.prompts,
        b.n,
        b.candidates,
        b.setupSeconds,
        b.seconds,
        b.overheadSeconds,
        b.overheadRate,
        b.cachedOverheadRate,
        b.endToEndRate,
        b.pairs,
        b.pairSeconds,
      ],
    ],
    note: "Overhead = the pipeline's own synchronous work (triage of each prompt, cache reads/writes, reward-engine and compliance scoring, selection, writing), summed exactly on one thread; the model's time (HTTP to the local test server, which runs in the same process and competes for the same cores) is excluded. Setup loads the ICD-10/drug verifier context once.",
  });
  writeBenchResults('sft', figures, sections);
} finally {
  rmSync(out, { recursive: true, force: true });
}
