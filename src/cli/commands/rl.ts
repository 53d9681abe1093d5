import { type Command, InvalidArgumentError } from 'commander';
import { action, intOption, printJson } from '../action.js';
import type { BuildInput } from '../../rl/data/build.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../rl/data/export/formats.js';
import { rlErrors } from '../../rl/errors.js';
import { formatBuildReport } from './rl/format-report.js';
import { registerReview } from './rl/review.js';
import type { DifficultyRun } from './rl/difficulty.js';

// Each action imports what it runs (sources, decontamination, verifiers, models, parquet) when it runs, so
// `quarkmed rl <command> --help` loads only the names and defaults it prints.

const collect = (v: string, prev: string[] = []) => [...prev, v];

function formatsOf(list: string): ExportFormat[] {
  const out = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of out) if (!isExportFormat(f)) throw rlErrors.RL_FORMAT_UNKNOWN({ format: f, known: EXPORT_FORMATS.join(', ') });
  return out as ExportFormat[];
}

function pairOf(flag: string, v: string): { name: string; path: string } {
  const at = v.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError(`${flag} expects NAME=PATH, got "${v}"`);
  return { name: v.slice(0, at), path: v.slice(at + 1) };
}

function band(v: string): [number, number] {
  const [lo, hi] = v.split(',').map(Number);
  if (!(lo >= 0 && hi <= 1 && lo <= hi)) throw new InvalidArgumentError(`--band expects LO,HI within 0..1, got "${v}"`);
  return [lo, hi];
}

export function register(program: Command): void {
  const rl = program.command('rl').description('RL data: build, decontaminate, sample, difficulty-filter and export for verl / OpenRLHF');

  rl.command('build')
    .description('build RL items from benchmarks and knowledge, decontaminate against eval sets, sample and export')
    .option('--bench <name>', 'a benchmark of the evaluation harness (its loader is reused)')
    .option('--source <name>', 'an RL source: huatuo-o1 | disease-kg | disease-kg-tests | disease-kg-drugs (or any benchmark name)')
    .option('--data <path>', 'file or folder for --bench / --source')
    .option('--input <name=path>', 'more inputs, repeatable (benchmark or source name)', collect)
    .requiredOption('--out <dir>', 'output folder')
    .option('--format <list>', `comma-separated: ${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--eval-dir <dir>', 'folder of evaluation sets to decontaminate against, repeatable', collect)
    .option('--eval <name=path>', 'one evaluation set, repeatable', collect)
    .option('--exclude-eval <name>', 'leave an eval set out of decontamination, repeatable', collect)
    .option('--threshold <x>', 'near-duplicate n-gram containment (0–1)', (v) => Number(v), 0.5)
    .option('--ngram <n>', 'characters per n-gram', intOption('--ngram'), 12)
    .option('--per-task <n>', 'items per task (stratified by label)', intOption('--per-task'))
    .option('--max <n>', 'items overall', intOption('--max'))
    .option('--seed <n>', 'sampling seed', intOption('--seed'), 42)
    .option('--val-ratio <x>', 'share held out as val split', (v) => Number(v), 0)
    .option('--terms <dir>', 'terminology folder (ICD-10 for disease-KG items)')
    .option('--min-confidence <x>', 'label-quality stage: keep items whose label confidence is at least this (0–1)', (v) => Number(v), 0.6)
    .option(
      '--keep-low-confidence',
      'keep items the label-quality stage doubts (they keep their flags; unreviewed knowledge-graph items stay out: see --trust-unreviewed)',
    )
    .option('--trust-unreviewed', 'train on knowledge-graph (consumer-site) labels no reviewer has accepted (default: held out for `rl review`)')
    .option('--reviews <file>', 'expert review decisions (JSONL from `rl review import`), applied before the quality threshold', collect)
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (o: {
          minConfidence: number;
          keepLowConfidence?: boolean;
          trustUnreviewed?: boolean;
          reviews?: string[];
          bench?: string;
          source?: string;
          data?: string;
          input?: string[];
          out: string;
          format: string;
          evalDir?: string[];
          eval?: string[];
          excludeEval?: string[];
          threshold: number;
          ngram: number;
          perTask?: number;
          max?: number;
          seed: number;
          valRatio: number;
          terms?: string;
          json?: boolean;
        }) => {
          const inputs: BuildInput[] = [];
          const main = o.bench ?? o.source;
          if (main) {
            if (!o.data) throw new Error(`--data PATH is required with ${o.bench ? '--bench' : '--source'}`);
            inputs.push({ source: main, path: o.data });
          }
          for (const v of o.input ?? []) {
            const p = pairOf('--input', v);
            inputs.push({ source: p.name, path: p.path });
          }
          if (inputs.length === 0) {
            const { sourceNames } = await import('../../rl/data/sources/index.js');
            throw new Error(`give --bench NAME --data PATH, --source NAME --data PATH or --input NAME=PATH; sources: ${sourceNames().join(', ')}`);
          }
          const { buildRlData } = await import('../../rl/data/build.js');
          const report = await buildRlData({
            inputs,
            outDir: o.out,
            formats: formatsOf(o.format),
            evalDirs: o.evalDir,
            evalSets: (o.eval ?? []).map((v) => pairOf('--eval', v)),
            excludeEval: o.excludeEval,
            decontam: { threshold: o.threshold, ngram: o.ngram },
            sample: { perTask: o.perTask, max: o.max, seed: o.seed },
            termsDir: o.terms,
            valRatio: o.valRatio,
            quality: { minConfidence: o.minConfidence, keepLow: o.keepLowConfidence, trustUnreviewed: o.trustUnreviewed },
            reviews: o.reviews,
          });
          if (o.json) printJson(report);
          else console.log(formatBuildReport(report));
        },
      ),
    );

  registerReview(rl);

  rl.command('difficulty')
    .description('pass@k of the current policy per item; keep items whose accuracy is inside the band')
    .requiredOption('--items <file>', 'RL items (JSONL from `rl build --format jsonl`)')
    .requiredOption('--model <spec>', 'the policy at an OpenAI-compatible endpoint: openai:<baseURL>#<model>')
    .requiredOption('--out <dir>', 'output folder (kept items, difficulty.jsonl)')
    .option('-k <n>', 'samples per item', intOption('-k'), 8)
    .option('--band <lo,hi>', 'accuracy band to keep', band, [0.125, 0.875] as [number, number])
    .option('--temperature <t>', 'sampling temperature', (v) => Number(v), 1)
    .option('--max-tokens <n>', 'tokens per sample', intOption('--max-tokens'), 2048)
    .option('--parallel <n>', 'items in flight', intOption('--parallel'), 4)
    .option('--format <list>', `export formats for the kept items: ${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--judge <spec>', 'judge model for open-answer items')
    .option('--terms <dir>', 'terminology folder')
    .option('--json', 'print the summary as JSON')
    .action(
      action(async (o: Omit<DifficultyRun, 'formats'> & { format: string; json?: boolean }) => {
        const { runDifficulty } = await import('./rl/difficulty.js');
        const summary = await runDifficulty({ ...o, formats: formatsOf(o.format) });
        if (o.json) printJson(summary);
        else
          console.log(
            `pass@${o.k}: ${summary.items} items → kept ${summary.kept} in band [${o.band.join(', ')}] (too easy ${summary.tooEasy}, too hard ${summary.tooHard}, errors ${summary.errors})\n${summary.files.join('\n')}`,
          );
      }),
    );

  rl.command('resample')
    .description("next epoch's item list: drop items the policy has mastered, from the reward service log")
    .requiredOption('--items <file>', "this epoch's RL items (JSONL)")
    .requiredOption('--log <file>', 'reward log written by `reward serve --log` (records carry item ids)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--mastered <x>', 'pass rate counted as mastered', (v) => Number(v), 0.9)
    .option('--min-seen <n>', 'fewest rollouts before an item can be mastered', intOption('--min-seen'), 8)
    .option('--since-batch <n>', 'only read log batches from this index on (the last epoch)', (v) => Number(v))
    .option('--split <name>', 'output split name', 'next')
    .option('--format <list>', 'export formats', 'jsonl')
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (o: {
          items: string;
          log: string;
          out: string;
          mastered: number;
          minSeen: number;
          sinceBatch?: number;
          split: string;
          format: string;
          json?: boolean;
        }) => {
          const { readItems } = await import('../../rl/data/read-items.js');
          const { readRewardLog } = await import('../../rl/stats.js');
          const { resampleEpoch } = await import('../../rl/data/resample.js');
          const { exportItems } = await import('../../rl/data/export/index.js');
          const items = readItems(o.items);
          const { records } = await readRewardLog(o.log);
          const { kept, report } = resampleEpoch(items, records, { mastered: o.mastered, minSeen: o.minSeen, sinceBatch: o.sinceBatch });
          const files: string[] = [];
          for (const f of formatsOf(o.format)) files.push(await exportItems(kept, f, o.out, o.split));
          if (o.json) printJson({ ...report, files });
          else
            console.log(
              `${report.items} items, ${report.seen} seen in the log, ${report.mastered} mastered and dropped → ${report.kept} for the next epoch\n${files.join('\n')}`,
            );
        },
      ),
    );
}
