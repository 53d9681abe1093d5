// data run | submit | worker | stats | steps
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { action, intOption, printJson } from '../../action.js';
import type { TaskRunner } from '../../../data/executors/runner.js';
import type { Manifest } from '../../../data/writers/manifest.js';
import { dirname } from 'node:path';

// The pipeline, its steps and the executors (worker threads, BullMQ) are imported by the action that runs them, so
// `quarkmed data <command> --help` loads none of them.

function summary(m: Manifest): string {
  const tokens = m.tokens.method === 'none' ? '' : `, ${m.tokens.total} tokens${m.tokens.method === 'estimate' ? ' (estimate)' : ''}`;
  return `${m.input.records} records in → ${m.output.records} out in ${m.output.shards} ${m.format} shard(s)${tokens}; exact dups removed ${m.duplicates.exact.removed}, near dups removed ${m.duplicates.near.removed}`;
}

async function runWith(file: string, runner: TaskRunner, opts: { fresh?: boolean; json?: boolean }): Promise<void> {
  const { loadPipelineFile } = await import('../../../data/pipeline-file.js');
  const { runPipeline } = await import('../../../data/executors/coordinator.js');
  const spec = loadPipelineFile(file);
  try {
    const tty = process.stderr.isTTY && !opts.json;
    let current = { stage: '', total: 0, done: 0 };
    const t0 = Date.now();
    const m = await runPipeline(spec, runner, {
      fresh: opts.fresh,
      onStage: (stage, total, skipped) => {
        if (opts.json) return;
        if (tty && current.stage) process.stderr.write('\n');
        current = { stage, total, done: skipped };
        process.stderr.write(`${stage}: ${total} task(s)${skipped ? `, ${skipped} already done` : ''}${tty ? '' : '\n'}`);
      },
      onTask: () => {
        current.done++;
        if (tty) process.stderr.write(`\r${current.stage}: ${current.done}/${current.total} task(s) · ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      },
    });
    if (tty) process.stderr.write('\n');
    if (opts.json) printJson(m);
    else {
      const missing = Object.entries(m.input.missingFields ?? {}).map(([f, n]) => `${f} (${n} records)`);
      console.log(
        `${summary(m)}\nmanifest: ${resolve(spec.output.dir, 'manifest.json')}\nreport:   ${resolve(spec.output.dir, 'stats.html')}` +
          (m.rejects ? `\nrejects:  ${resolve(spec.output.dir, m.rejects.file)} (${m.rejects.records} records, each with step and reason)` : '') +
          (missing.length ? `\nfields that yielded no text: ${missing.join(', ')}` : ''),
      );
    }
  } finally {
    await runner.close();
  }
}

export function registerPipelineCommands(data: Command): void {
  data
    .command('run <pipeline>')
    .description('Run a pipeline file (YAML/JSON) on this machine; reruns skip finished shards')
    .option('--workers <n>', 'worker threads (1 = in-process)', intOption('--workers'), 1)
    .option('--fresh', 'discard earlier work for this output folder')
    .option('--json', 'print the manifest as JSON')
    .action(
      action(async (file: string, o: { workers: number; fresh?: boolean; json?: boolean }) => {
        const runner =
          o.workers > 1
            ? (await import('../../../data/executors/threads.js')).createThreadRunner(o.workers)
            : (await import('../../../data/executors/local.js')).createLocalRunner();
        await runWith(file, runner, o);
      }),
    );

  data
    .command('submit <pipeline>')
    .description('Run a pipeline with its tasks distributed through BullMQ on Redis (start `data worker`s first)')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://10.0.0.5:6379')
    .option('--queue <name>', 'queue name', 'quarkmed-data')
    .option('--fresh', 'discard earlier work for this output folder')
    .option('--json', 'print the manifest as JSON')
    .action(
      action(async (file: string, o: { redis: string; queue: string; fresh?: boolean; json?: boolean }) => {
        const { createBullRunner } = await import('../../../data/executors/bullmq.js');
        await runWith(file, createBullRunner(o.redis, o.queue), o);
      }),
    );

  data
    .command('worker')
    .description('Process pipeline tasks from Redis until stopped (Ctrl-C); run one per core')
    .requiredOption('--redis <url>', 'Redis URL')
    .option('--queue <name>', 'queue name', 'quarkmed-data')
    .option('--concurrency <n>', 'tasks at once in this process', intOption('--concurrency'), 1)
    .action(
      action(async (o: { redis: string; queue: string; concurrency: number }) => {
        const { startDataWorker } = await import('../../../data/executors/bullmq.js');
        const worker = startDataWorker(o.redis, {
          queueName: o.queue,
          concurrency: o.concurrency,
          onTask: (key, ms) => process.stderr.write(`done ${key} (${ms.toFixed(0)} ms)\n`),
        });
        worker.on('failed', (job, err) => process.stderr.write(`failed ${job?.id ?? '?'}: ${err.message}\n`));
        await worker.waitUntilReady();
        process.stderr.write(`data worker ready on ${o.redis} (queue ${o.queue})\n`);
        await new Promise<void>((res) => {
          const stop = (): void => {
            void worker.close().then(() => res());
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      }),
    );

  data
    .command('stats <manifest>')
    .description('Statistics report (Markdown + HTML with charts) from a run manifest')
    .option('--out <dir>', 'folder for stats.md and stats.html (default: beside the manifest)')
    .option('--json', 'print the manifest')
    .action(
      action(async (file: string, o: { out?: string; json?: boolean }) => {
        const { readManifest } = await import('../../../data/writers/manifest.js');
        const { renderMarkdown, writeStatsReport } = await import('../../../data/report/stats-report.js');
        const m = readManifest(file);
        const written = writeStatsReport(m, o.out ?? dirname(resolve(file)));
        if (o.json) printJson(m);
        else console.log(`${renderMarkdown(m)}\n\nwritten: ${written.markdown}, ${written.html}`);
      }),
    );

  data
    .command('steps')
    .description('List the steps a pipeline file may use')
    .action(
      action(async () => {
        const { stepRegistry } = await import('../../../data/steps.js');
        for (const n of stepRegistry.names()) console.log(`${n.padEnd(14)} ${stepRegistry.get(n).describe}`);
      }),
    );
}
