import { type Command, InvalidArgumentError } from 'commander';
import { action, intOption, printJson } from '../action.js';
import { BENCH_NAMES } from '../../eval/benchmarks/names.js';
import type { RunFlags } from './eval/run.js';

// The benchmarks, the harness and the models are imported by the action that runs them, so
// `quarkmed eval <command> --help` loads only the benchmark names it prints.
import { DESCRIPTIONS } from './groups.js';

function numberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${flag} expects a non-negative number, got "${value}"`);
    return n;
  };
}

export function register(program: Command): void {
  const cmd = program.command('eval').description(DESCRIPTIONS.eval);

  cmd
    .command('run')
    .description('run a benchmark against a model; writes predictions.jsonl, report.json, report.md, report.html')
    .requiredOption('--bench <name>', `benchmark (${[...BENCH_NAMES, 'consult'].join(', ')})`)
    .option('--data <path>', 'data file or folder (default $QUARKMED_HOME/bench/NAME after `eval pull`)')
    .option('--model <spec>', 'openai:URL#MODEL, llama:FILE.gguf, or evidence-baseline[?expand=false&k=5] (default $QUARKMED_MODEL)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--rag', 'add retrieved, cited evidence from the knowledge base to each prompt')
    .option('--db <file>', 'knowledge base for --rag and evidence-baseline (default $QUARKMED_HOME/kb.sqlite)')
    .option('--no-expand', 'RAG retrieval without terminology expansion')
    .option('--judge <spec>', 'judge model for judge-graded benchmarks (cmb-clin, consult)')
    .option('--simulator <spec>', 'patient-simulator model for the consult benchmark (default: a scripted patient)')
    .option(
      '--red-flags-kb <path>',
      'consult: knowledge base file (kb.sqlite) or folder of disease pages (disease-kg-zh/, *diseases*.csv) for the case model (default $QUARKMED_RED_FLAGS_KB, else --db, else $QUARKMED_HOME/kb.sqlite when built)',
    )
    .option('--no-red-flags-kb', 'consult: no knowledge-base red flags (the written knowledge only)')
    .option('--limit <n>', 'first N items only', intOption('--limit'))
    .option('--sample <n>', 'N items spread evenly over the file (levels and subjects stay represented)', intOption('--sample'))
    .option('--concurrency <n>', 'requests in flight', intOption('--concurrency'))
    .option('--temperature <t>', 'sampling temperature (paper protocol: 0.6)', numberOption('--temperature'))
    .option('--max-tokens <n>', 'completion token limit (default 2048)', intOption('--max-tokens'))
    .option('--seed <n>', 'sampling seed passed to the backend', intOption('--seed'))
    .option('--retries <n>', 'extra attempts per failed call (default 2)', numberOption('--retries'))
    .option('--cache <file>', 'completion cache (default $QUARKMED_HOME/eval-cache.sqlite)')
    .option('--no-cache', 'do not read or write the completion cache')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print report.json')
    .action(
      action(async (flags: RunFlags & { simulator?: string; redFlagsKb?: string }) =>
        flags.bench === 'consult' ? (await import('./eval/consult.js')).runConsultCommand(flags) : (await import('./eval/run.js')).runCommand(flags),
      ),
    );

  cmd
    .command('score')
    .description('re-score a predictions file (ours or the official CPQExam format) from its pred_str')
    .requiredOption('--bench <name>', 'benchmark whose scorer to use')
    .requiredOption('--predictions <file>', 'predictions.jsonl')
    .option('--json', 'print {overall, invalid, groups} as JSON')
    .action(
      action(async (flags: { bench: string; predictions: string; json?: boolean }) => {
        const { benchmarks } = await import('../../eval/benchmarks/index.js');
        const { scoreFile } = await import('../../eval/score-file.js');
        const bench = benchmarks.get(flags.bench);
        const { summary } = await scoreFile(bench, flags.predictions);
        if (flags.json) {
          printJson(summary);
          return;
        }
        const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
        const out = [
          `${bench.title}: ${summary.overall.correct}/${summary.overall.total} = ${pct(summary.overall.accuracy)} (95% CI ${pct(summary.ci95.low)}–${pct(summary.ci95.high)}); invalid ${summary.invalid}`,
        ];
        for (const [key, groups] of Object.entries(summary.groups)) {
          out.push(`\nby ${key}:`);
          for (const [name, t] of Object.entries(groups)) out.push(`  ${name}: ${pct(t.accuracy)} (${t.correct}/${t.total})`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }),
    );

  cmd
    .command('compare')
    .description('show runs side by side')
    .argument('<dirs...>', 'run output folders (each with report.json)')
    .option('--json', 'print the comparison as JSON')
    .action(
      action(async (dirs: string[], flags: { json?: boolean }) => {
        const { compareReports, loadReport, renderComparison } = await import('../../eval/compare.js');
        const reports = await Promise.all(dirs.map(loadReport));
        const c = compareReports(dirs, reports);
        if (flags.json) printJson(c);
        else process.stdout.write(`${renderComparison(c)}\n`);
      }),
    );

  cmd
    .command('pull')
    .description('download a benchmark from its public home into $QUARKMED_HOME/bench/NAME')
    .argument('<name>', `benchmark (${BENCH_NAMES.join(', ')})`)
    .option('--dest <dir>', 'folder to write into')
    .option('--mirror <url>', 'fetch files as MIRROR/<file name> instead of the public URLs')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (name: string, flags: { dest?: string; mirror?: string; json?: boolean }) => {
        const { pullBenchmark } = await import('../../eval/pull.js');
        const r = await pullBenchmark(name, {
          dest: flags.dest,
          mirror: flags.mirror,
          onFile: (f) => !flags.json && console.error(`fetched ${f.url} → ${f.file} (${f.bytes} bytes)`),
        });
        if (flags.json) printJson(r);
        else process.stdout.write(`${name}: ${r.items} items in ${r.dataPath}\n`);
      }),
    );

  cmd
    .command('list')
    .description('benchmarks, their sources and licences')
    .option('--json', 'print as JSON')
    .action(
      action(async (flags: { json?: boolean }) => {
        const { benchmarks } = await import('../../eval/benchmarks/index.js');
        const { defaultDataPath } = await import('../../eval/run-eval.js');
        const rows = benchmarks.names().map((n) => {
          const b = benchmarks.get(n);
          return {
            name: n,
            title: b.title,
            lang: b.lang,
            homepage: b.source.homepage,
            license: b.source.license,
            defaultData: defaultDataPath(n),
            ...(b.source.manual ? { manual: b.source.manual } : {}),
          };
        });
        if (flags.json) printJson(rows);
        else process.stdout.write(`${rows.map((r) => `${r.name.padEnd(14)} ${r.title} [${r.license}] ${r.homepage}`).join('\n')}\n`);
      }),
    );
}
