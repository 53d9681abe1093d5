// `quarkmed sft …`: the training-data factory — build IFT/SFT samples from local data, Best-of-N answers,
// preference pairs, engine formats, and the mixture search over task groups.
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { action, intOption, printJson } from '../action.js';
import { DESCRIPTIONS } from './groups.js';
import { createRng } from '../../core/random.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { readFileSync } from 'node:fs';
import { defaultCachePath } from '../../eval/cache-path.js';
import type { BonRecord } from '../../sft/bon/run-bon.js';
import { SFT_EXPORT_FORMATS } from '../../sft/export/format-names.js';
import { PAIR_FORMATS, parsePairFormats, writePairs } from '../../sft/pairs/export-pairs.js';
import { isSourceName, SOURCE_NAMES, type SourceName } from '../../sft/sources/names.js';

// Each action imports the builders it runs (task registry, sources, models, parquet) when it runs, so
// `quarkmed sft <command> --help` loads only the names and defaults it prints.

const collect = (v: string, prev: string[] = []) => [...prev, v];
const num = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`${flag} expects a number, got "${v}"`);
  return n;
};

function pairOf(flag: string, v: string): { name: string; path: string } {
  const at = v.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError(`${flag} expects NAME=PATH, got "${v}"`);
  return { name: v.slice(0, at), path: v.slice(at + 1) };
}

function sourceOverrides(list: string[] = []): Partial<Record<SourceName, string>> {
  const out: Partial<Record<SourceName, string>> = {};
  for (const v of list) {
    const p = pairOf('--source', v);
    if (!isSourceName(p.name)) throw new InvalidArgumentError(`--source: unknown source "${p.name}"; known: ${SOURCE_NAMES.join(', ')}`);
    out[p.name] = p.path;
  }
  return out;
}

export function register(program: Command): void {
  const sft = program.command('sft').description(DESCRIPTIONS.sft);

  sft
    .command('tasks')
    .description('list the task builders')
    .option('--json', 'as JSON')
    .action(
      action(async (o: { json?: boolean }) => {
        const { sftTasks } = await import('../../sft/tasks/index.js');
        const rows = sftTasks.names().map((n) => {
          const t = sftTasks.get(n);
          return { name: n, ability: t.ability, group: t.group ?? t.ability, langs: t.langs.join('+'), sources: t.sources.join(','), summary: t.summary };
        });
        if (o.json) return printJson(rows);
        for (const r of rows) console.log(`${r.name.padEnd(24)} ${r.ability.padEnd(13)} ${r.group.padEnd(12)} ${r.langs.padEnd(6)} ${r.summary}`);
      }),
    );

  sft
    .command('build')
    .description('build SFT samples from local data (--data ROOT in the shared-data layout), decontaminated against eval sets')
    .requiredOption('--data <root>', 'data root (kb/, terms/, bench/, rl/, corpus/ — the ../shared/data layout)')
    .requiredOption('--out <dir>', 'output folder (sft-00000.jsonl …, build-report.json, removed.jsonl)')
    .option('--tasks <list>', 'comma-separated task names (default: all; see `sft tasks`)')
    .option('--max-per-task <n>', 'samples per task at most (balanced across languages)', intOption('--max-per-task'), 4000)
    .option('--variants <n>', 'instruction templates per fact (output-stability pairs)', intOption('--variants'), 2)
    .option('--seed <n>', 'seed', intOption('--seed'), 13)
    .option('--source <name=path>', `override one source's path, repeatable (${SOURCE_NAMES.join(', ')})`, collect)
    .option('--eval-dir <dir>', 'folder of evaluation sets to decontaminate against, repeatable (default: <data>/bench)', collect)
    .option('--eval <name=path>', 'one evaluation set, repeatable', collect)
    .option('--exclude-eval <name>', 'leave an eval set out of decontamination, repeatable', collect)
    .option('--no-vignettes', 'do not decontaminate against the triage vignettes')
    .option('--threshold <x>', 'near-duplicate n-gram containment (0–1)', num('--threshold'), 0.5)
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (o: {
          data: string;
          out: string;
          tasks?: string;
          maxPerTask: number;
          variants: number;
          seed: number;
          source?: string[];
          evalDir?: string[];
          eval?: string[];
          excludeEval?: string[];
          vignettes: boolean;
          threshold: number;
          json?: boolean;
        }) => {
          const { buildSft } = await import('../../sft/build.js');
          const report = await buildSft({
            dataRoot: o.data,
            outDir: o.out,
            tasks: o.tasks
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            maxPerTask: o.maxPerTask,
            variants: o.variants,
            seed: o.seed,
            sourceOverrides: sourceOverrides(o.source),
            evalDirs: o.evalDir ?? [join(o.data, 'bench')],
            evalSets: (o.eval ?? []).map((v) => pairOf('--eval', v)),
            excludeEval: o.excludeEval,
            vignettes: o.vignettes,
            decontam: { threshold: o.threshold },
          });
          if (o.json) return printJson(report);
          for (const [name, t] of Object.entries(report.tasks))
            console.log(
              `${name.padEnd(24)} ${String(t.samples).padStart(6)}  zh ${t.zh} en ${t.en}  removed ${t.removed}${t.skipped ? `  (skipped: ${t.skipped})` : ''}`,
            );
          console.log(
            `${report.samples} samples, ${report.taskTypes} task types, zh ${report.byLang.zh ?? 0} / en ${report.byLang.en ?? 0}; removed ${report.contaminated.total} contaminated ${JSON.stringify(report.contaminated.bySet)}, ${report.duplicates} duplicates; ${report.seconds}s → ${o.out}`,
          );
        },
      ),
    );

  sft
    .command('bon')
    .description('Best-of-N: sample N candidates per prompt from one or more models, score, keep the best above a threshold')
    .requiredOption('--prompts <file|dir>', 'SFT samples (JSONL or a build folder); the final assistant turn, if any, is dropped')
    .requiredOption('--model <spec>', 'openai:<baseURL>#<model>, repeatable', collect)
    .requiredOption('--out <dir>', 'output folder (bon.jsonl with every candidate, sft.jsonl with the kept answers)')
    .option('-n, --n <n>', 'candidates per prompt per model', intOption('-n'), 4)
    .option('--threshold <x>', 'keep the best only at or above this score (0–1)', num('--threshold'), 0.5)
    .option('--judge <spec>', 'judge model for the principle verifier (adds a judge part to the score)')
    .option('--temperature <x>', 'sampling temperature', num('--temperature'), 0.8)
    .option('--max-tokens <n>', 'max tokens per candidate', intOption('--max-tokens'), 1024)
    .option('--concurrency <n>', 'requests in flight', intOption('--concurrency'), 8)
    .option('--cache <file>', 'completion cache (SQLite; a rerun resumes)', defaultCachePath())
    .option('--terms <dir>', 'terminology folder for the rule verifiers (ICD-10, drugs)')
    .option('--tasks <list>', 'only prompts of these tasks')
    .option('--limit <n>', 'first N prompts only', intOption('--limit'))
    .action(
      action(
        async (o: {
          prompts: string;
          model: string[];
          out: string;
          n: number;
          threshold: number;
          judge?: string;
          temperature: number;
          maxTokens: number;
          concurrency: number;
          cache: string;
          terms?: string;
          tasks?: string;
          limit?: number;
        }) => {
          const { readSamples } = await import('../../sft/read-samples.js');
          const { runBestOfN } = await import('../../sft/bon/run-bon.js');
          const only = o.tasks ? new Set(o.tasks.split(',').map((s) => s.trim())) : null;
          let samples = readSamples(o.prompts).filter((s) => !only || only.has(s.task));
          if (o.limit) samples = samples.slice(0, o.limit);
          const r = await runBestOfN({
            samples,
            models: o.model,
            n: o.n,
            outDir: o.out,
            threshold: o.threshold,
            judge: o.judge,
            temperature: o.temperature,
            maxTokens: o.maxTokens,
            concurrency: o.concurrency,
            cachePath: o.cache,
            termsDir: o.terms,
          });
          console.log(
            `${r.prompts} prompts, ${r.candidates} candidates (${r.fromCache} cached, ${r.failed} failed); kept ${r.kept}, below threshold ${r.belowThreshold}; ${r.seconds}s → ${o.out}`,
          );
        },
      ),
    );

  sft
    .command('pairs')
    .description('preference pairs from Best-of-N scores (margin, ties dropped, length-balanced) and/or consistency pairs')
    .option('--bon <file>', 'bon.jsonl from `sft bon`')
    .option('--consistency <file|dir>', 'SFT samples whose answers end in a final line (exam letters, calculator results)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--margin <x>', 'minimum score gap between chosen and rejected', num('--margin'), 0.1)
    .option('--length-tolerance <x>', 'allowed excess share of chosen-longer pairs over 50%', num('--length-tolerance'), 0.05)
    .option('--format <list>', `comma-separated: ${PAIR_FORMATS.join(', ')}`, 'openrlhf,trl,jsonl')
    .option('--seed <n>', 'seed', intOption('--seed'), 13)
    .action(
      action(async (o: { bon?: string; consistency?: string; out: string; margin: number; lengthTolerance: number; format: string; seed: number }) => {
        if (!o.bon && !o.consistency) throw new InvalidArgumentError('give --bon FILE and/or --consistency FILE');
        const formats = parsePairFormats(o.format);
        const { buildPairs } = await import('../../sft/pairs/build-pairs.js');
        const { consistencyPairs } = await import('../../sft/pairs/consistency.js');
        const { readSamples } = await import('../../sft/read-samples.js');
        if (o.bon) {
          const records = readFileSync(o.bon, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l) as BonRecord);
          const { pairs, report } = buildPairs(records, { margin: o.margin, lengthTolerance: o.lengthTolerance });
          writePairs(pairs, formats, o.out, 'pairs');
          writeFileAtomic(join(o.out, 'pairs-report.json'), `${JSON.stringify(report, null, 2)}\n`);
          console.log(
            `${report.pairs} pairs from ${report.records} prompts (dropped: ${JSON.stringify(report.dropped)}; chosen longer ${report.chosenLongerShare})`,
          );
        }
        if (o.consistency) {
          const pairs = consistencyPairs(readSamples(o.consistency), createRng(o.seed));
          writePairs(pairs, formats, o.out, 'consistency');
          console.log(`${pairs.length} consistency pairs`);
        }
      }),
    );

  sft
    .command('export')
    .description('write SFT samples in training-engine formats, optionally sampled by a mixture file')
    .requiredOption('--in <file|dir>', 'SFT samples (a build folder or JSONL)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--format <list>', `comma-separated: ${SFT_EXPORT_FORMATS.join(', ')}`, 'chat')
    .option('--mixture <file>', 'sample by task group: {"groups": {"<group>": ratio}} (groups: `sft tasks`)')
    .option('--total <n>', 'samples to draw with --mixture (default: as many as the input has)', intOption('--total'))
    .option('--val-ratio <x>', 'share held out as a val split', num('--val-ratio'), 0)
    .option('--seed <n>', 'seed', intOption('--seed'), 13)
    .action(
      action(async (o: { in: string; out: string; format: string; mixture?: string; total?: number; valRatio: number; seed: number }) => {
        const { exportSamples, parseExportFormats } = await import('../../sft/export/formats.js');
        const { applyMixture, readMixture } = await import('../../sft/export/mixture.js');
        const { readSamples } = await import('../../sft/read-samples.js');
        const formats = parseExportFormats(o.format);
        const rng = createRng(o.seed);
        let samples = readSamples(o.in);
        if (o.mixture) {
          const mixed = applyMixture(samples, readMixture(o.mixture), o.total ?? samples.length, rng, o.mixture);
          samples = mixed.samples;
          writeFileAtomic(join(o.out, 'mixture-report.json'), `${JSON.stringify(mixed.report, null, 2)}\n`);
        }
        const nVal = Math.round(samples.length * o.valRatio);
        // Builds are written task by task: shuffle before holding out, or val would be the first tasks only.
        if (nVal > 0) {
          samples = [...samples];
          for (let i = samples.length - 1; i > 0; i--) {
            const j = Math.floor(rng() * (i + 1));
            [samples[i], samples[j]] = [samples[j], samples[i]];
          }
        }
        const splits: [string, typeof samples][] =
          nVal > 0
            ? [
                ['val', samples.slice(0, nVal)],
                ['train', samples.slice(nVal)],
              ]
            : [['train', samples]];
        for (const [split, list] of splits)
          for (const f of formats) for (const file of exportSamples(list, f, o.out, split)) console.log(`${split} ${f}: ${list.length} → ${file}`);
      }),
    );

  sft
    .command('mix')
    .description('Bayesian optimisation (GP + expected improvement) over task-group ratios; runs --trial per mixture, resumable')
    .requiredOption('--groups <list>', 'comma-separated task groups (see `sft tasks`)')
    .requiredOption('--trial <command>', 'trains + evaluates one mixture and prints a score; {mix} → mixture JSON file ({"groups": {…}})')
    .requiredOption('--state <dir>', 'folder for trials.jsonl (a rerun resumes)')
    .option('--trials <n>', 'trials in total', intOption('--trials'), 40)
    .option('--min-share <x>', 'smallest share any group may get', num('--min-share'), 0.02)
    .option('--seed <n>', 'seed', intOption('--seed'), 13)
    .option('--timeout <seconds>', 'per-trial timeout', intOption('--timeout'), 24 * 3600)
    .action(
      action(async (o: { groups: string; trial: string; state: string; trials: number; minShare: number; seed: number; timeout: number }) => {
        const { runMixSearch } = await import('../../sft/mix/run-search.js');
        const r = await runMixSearch({
          groups: o.groups
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          minShare: o.minShare,
          trialCommand: o.trial,
          trials: o.trials,
          stateDir: o.state,
          seed: o.seed,
          timeoutMs: o.timeout * 1000,
          onTrial: (t) => console.log(`trial ${t.trial}: ${t.score ?? `failed (${t.error})`} ${JSON.stringify(t.mixture)}`),
        });
        console.log(r.best ? `best: trial ${r.best.trial} score ${r.best.score} ${JSON.stringify(r.best.mixture)} (${r.file})` : `no trial scored (${r.file})`);
      }),
    );

  // ---- more `sft` subcommands from other modules go here (the coordinator wires `recipe` as its own group) ----
}
