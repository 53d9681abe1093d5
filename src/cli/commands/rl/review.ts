// `quarkmed rl review export|import` and `quarkmed rl label-check`: the model-assisted, expert-verified loop.
// label-check: a model drafts answers to the items' prompts and flags labels its drafts disagree with.
// review export: the doubted items (excluded, corrected, flagged) with evidence, as JSONL or CSV for reviewers.
// review import: the reviewers' decisions validated into review records for `rl build --reviews`.
import type { Command } from 'commander';
import { writeFileAtomic } from '../../../core/atomic-write.js';
import type { RlItem } from '../../../rl/data/item.js';
import { rlErrors } from '../../../rl/errors.js';
import { action, intOption, printJson } from '../../action.js';

// The review sheet, the verifiers and the models are imported by the action that runs them: `--help` needs none.

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerReview(rl: Command): void {
  const review = rl.command('review').description('expert review of doubted RL labels: export the evidence, import the decisions');

  review
    .command('export')
    .description('write items that need an expert (excluded, corrected or flagged) with their evidence, as JSONL or CSV')
    .requiredOption('--items <file>', 'RL items JSONL (train.jsonl, excluded.jsonl or label-check output), repeatable', collect)
    .requiredOption('--out <file>', 'output sheet: .csv or .jsonl')
    .option('--all', 'export every item, not only the doubted ones')
    .action(
      action(async (o: { items: string[]; out: string; all?: boolean }) => {
        const { readItems } = await import('../../../rl/data/read-items.js');
        const { needsReview, reviewRow, rowsToCsv } = await import('../../../rl/data/quality/review.js');
        const items = o.items.flatMap((f) => readItems(f));
        const rows = items.filter((i) => o.all || needsReview(i)).map(reviewRow);
        writeFileAtomic(
          o.out,
          o.out.toLowerCase().endsWith('.csv') ? rowsToCsv(rows) : rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''),
        );
        console.log(
          `${rows.length} of ${items.length} items to review → ${o.out}\nfill in decision (accept | reject | correct), corrected_label (JSON, for correct), reviewer and note; then: quarkmed rl review import --decisions ${o.out} --out reviews.jsonl`,
        );
      }),
    );

  review
    .command('import')
    .description("validate reviewers' decisions (the exported sheet, filled in) into review records for `rl build --reviews`")
    .requiredOption('--decisions <file>', 'the filled-in sheet (.csv or .jsonl)')
    .requiredOption('--out <file>', 'review records (JSONL)')
    .action(
      action(async (o: { decisions: string; out: string }) => {
        const { importDecisions } = await import('../../../rl/data/quality/review-file.js');
        const { records, undecided } = importDecisions(o.decisions);
        writeFileAtomic(o.out, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
        const by = (d: string) => records.filter((r) => r.decision === d).length;
        console.log(
          `${records.length} decisions (accept ${by('accept')}, reject ${by('reject')}, correct ${by('correct')}; ${undecided} rows undecided) → ${o.out}\napply with: quarkmed rl build … --reviews ${o.out}`,
        );
      }),
    );

  rl.command('label-check')
    .description('model-assisted label check: a model answers each item; items whose label rejects the answer are flagged for review')
    .requiredOption('--items <file>', 'RL items JSONL')
    .requiredOption('--model <spec>', 'the checking model: openai:<baseURL>#<model> (or any model spec)')
    .requiredOption('--out <file>', 'the items with model-agrees / model-disagrees flags (JSONL; feed to `rl review export`)')
    .option('--limit <n>', 'check only the first n items', intOption('--limit'))
    .option('--parallel <n>', 'items in flight', intOption('--parallel'), 4)
    .option('--max-tokens <n>', 'tokens per draft', intOption('--max-tokens'), 1024)
    .option('--terms <dir>', 'terminology folder')
    .option('--json', 'print the summary as JSON')
    .action(
      action(async (o: { items: string; model: string; out: string; limit?: number; parallel: number; maxTokens: number; terms?: string; json?: boolean }) => {
        const { readItems } = await import('../../../rl/data/read-items.js');
        const { createBackend } = await import('../../../models/create-backend.js');
        const { createRewardEngine } = await import('../../../rl/reward/engine.js');
        const { loadVerifyContext } = await import('../../../rl/service/start.js');
        const { modelLabelCheck } = await import('../../../rl/data/quality/model-check.js');
        const all = readItems(o.items);
        const items: RlItem[] = o.limit ? all.slice(0, o.limit) : all;
        const model = await createBackend(o.model);
        if (!model) throw rlErrors.RL_JUDGE_MISSING({ verifier: 'label-check', flag: '--model openai:<baseURL>#<model>' });
        try {
          const engine = createRewardEngine({ ctx: loadVerifyContext(o.terms) });
          const { items: checked, summary } = await modelLabelCheck(items, model, engine, { parallel: o.parallel, maxTokens: o.maxTokens });
          writeFileAtomic(o.out, checked.map((i) => JSON.stringify(i)).join('\n') + (checked.length ? '\n' : ''));
          if (o.json) printJson(summary);
          else console.log(`${summary.items} items: model agrees ${summary.agrees}, disagrees ${summary.disagrees}, errors ${summary.errors} → ${o.out}`);
        } finally {
          await model.close();
        }
      }),
    );
}
