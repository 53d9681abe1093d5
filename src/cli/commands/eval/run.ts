// `quarkmed eval run`: one benchmark, one model, optional RAG; writes predictions and three reports.
import type { KnowledgeBase } from '../../../retrieval/knowledge-base.js';
import { EVIDENCE_BASELINE, createPredictor, openEvalKnowledgeBase, ragEvidence } from '../../../eval/model-setup.js';
import { resolveModelSpec } from '../../../models/create-backend.js';
import { runEval, RUN_DEFAULTS, type EvalRunOptions } from '../../../eval/run-eval.js';
import { renderMarkdown } from '../../../eval/report/markdown.js';
import type { Predictor } from '../../../eval/predictor.js';
import { printJson } from '../../action.js';
import { createEvalProgress } from './progress.js';

/** Flags that pass straight through to runEval keep its names and meanings. */
type PassThrough = 'bench' | 'data' | 'out' | 'limit' | 'sample' | 'concurrency' | 'temperature' | 'maxTokens' | 'seed' | 'retries';

export interface RunFlags extends Pick<EvalRunOptions, PassThrough> {
  model?: string;
  rag?: boolean;
  db?: string;
  expand?: boolean;
  judge?: string;
  cache?: string | boolean;
  progress?: boolean;
  json?: boolean;
}

export async function runCommand(flags: RunFlags): Promise<void> {
  // The evidence baseline is ours; every other spec (and aliases from config.json) resolves like everywhere else.
  const spec = flags.model?.startsWith(EVIDENCE_BASELINE) ? flags.model : resolveModelSpec(flags.model);
  let kb: KnowledgeBase | undefined;
  const getKb = async () => (kb ??= await openEvalKnowledgeBase(flags.db));
  const closers: Predictor[] = [];
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSigint);
  const progress = createEvalProgress(flags.progress !== false && !flags.json);
  try {
    const predictor = await createPredictor(spec, getKb, { concurrency: flags.concurrency });
    closers.push(predictor);
    const judge = flags.judge ? await createPredictor(flags.judge, getKb) : undefined;
    if (judge) closers.push(judge);
    const evidence = flags.rag ? ragEvidence(await getKb(), { expand: flags.expand !== false }) : undefined;
    const report = await runEval({
      bench: flags.bench,
      data: flags.data,
      out: flags.out,
      predictor,
      judge,
      evidence,
      limit: flags.limit,
      sample: flags.sample,
      concurrency: flags.concurrency ?? RUN_DEFAULTS.concurrency,
      temperature: flags.temperature,
      maxTokens: flags.maxTokens,
      seed: flags.seed,
      retries: flags.retries,
      cachePath: flags.cache === false ? null : typeof flags.cache === 'string' ? flags.cache : undefined,
      signal: controller.signal,
      onStart: ({ total, resumed }) => progress.start(total, resumed),
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    if (flags.json) printJson(report);
    else process.stdout.write(`${renderMarkdown(report)}\nwrote ${flags.out}/predictions.jsonl, report.json, report.md, report.html\n`);
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
    for (const c of closers) await c.close();
    await kb?.close();
  }
}
