// data deid | dedup | classify train|apply | synth-kg
import { type Command, InvalidArgumentError } from 'commander';
import { action, intOption, printJson } from '../../action.js';
import { openAtomicStream } from '../../../core/atomic-write.js';
import type { PhiType } from '../../../core/phi-types.js';
import { phiClassesHelp } from '../phi-help.js';
import { typesOption } from '../phi-types-option.js';
import { dataErrors } from '../../../data/errors.js';

// The de-identifier, dedup, classifier, synthesiser and models are imported by the action that runs them, so
// `quarkmed data <tool> --help` loads none of them.
const runnerFor = async (workers: number) =>
  workers > 1
    ? (await import('../../../data/executors/threads.js')).createThreadRunner(workers)
    : (await import('../../../data/executors/local.js')).createLocalRunner();

const num =
  (flag: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new InvalidArgumentError(`${flag} expects a number, got "${v}"`);
    return n;
  };

export function registerToolCommands(data: Command): void {
  data
    .command('deid <in> [out]')
    .description(
      'De-identify one field of a JSONL file (same records out), or a whole .txt/.md document: every Safe Harbor class, typed placeholders; --dry-run lists the spans',
    )
    .option('--field <name>', 'field to de-identify', 'text')
    .option('--dry-run', 'write nothing; report counts by type and list the spans found')
    .option('--types <list>', 'only these identifier types, e.g. NAME,PHONE,SSN (default all)', typesOption)
    .option('--pseudonymize', 'same value → same numbered placeholder within a record ([NAME_1] … [NAME_1])')
    .option('--no-keep-year', 'replace dates as [DATE] instead of [DATE:1985]')
    .option('--terms <dir>', 'terms folder whose medical words are never names (default $QUARKMED_TERMS)')
    .option('--rules-only', 'rules without the learned tagger: about twice as fast and fewer false redactions, lower recall of names, employers and addresses')
    .option('--examples <n>', 'spans listed in the report', intOption('--examples'), 20)
    .option('--json', 'print the report as JSON')
    .addHelpText('after', phiClassesHelp())
    .action(
      action(
        async (
          input: string,
          output: string | undefined,
          o: {
            field: string;
            dryRun?: boolean;
            types?: PhiType[];
            pseudonymize?: boolean;
            keepYear: boolean;
            terms?: string;
            rulesOnly?: boolean;
            examples: number;
            json?: boolean;
          },
        ) => {
          if (!o.dryRun && !output) throw dataErrors.DATA_STEP_OPTIONS({ step: 'deid', issues: 'give <out>, or --dry-run' });
          const { loadPhiRedactor } = await import('../../../data/deid/redactor.js');
          const { deidJsonlFile, deidTextFile, isTextDocument } = await import('../../../data/deid/dry-run.js');
          const redactor = await loadPhiRedactor({
            types: o.types,
            pseudonymize: o.pseudonymize,
            keepYear: o.keepYear,
            termsDir: o.terms,
            rulesOnly: o.rulesOnly,
          });
          // A .txt/.md document is one record read whole; anything else is JSONL with the text in --field.
          const report = isTextDocument(input)
            ? await deidTextFile(input, output, redactor, { dryRun: !!o.dryRun, maxExamples: o.examples })
            : await deidJsonlFile(input, output, redactor, { field: o.field, dryRun: !!o.dryRun, maxExamples: o.examples });
          if (o.json) return printJson(report);
          console.log(`${report.records} records, ${report.recordsChanged} with PHI, ${report.spans} spans ${o.dryRun ? 'would be replaced' : 'replaced'}`);
          for (const [t, n] of Object.entries(report.byType).sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(12)} ${n}`);
          if (o.dryRun)
            for (const e of report.examples) console.log(`  line ${e.line} ${e.type} ${e.start}-${e.end}: "${e.text}" → ${e.placeholder}   …${e.context}…`);
        },
      ),
    );

  data
    .command('dedup <in> <out>')
    .description('Remove exact and near-duplicate rows from a JSONL file (staged MinHash/LSH); kept rows get dedup_cluster')
    .option('--field <name>', 'text field', 'text')
    .option('--mode <mode>', 'exact | near | both', 'both')
    .option('--threshold <j>', 'confirm near candidates at this estimated Jaccard', num('--threshold'), 0.7)
    .option('--bands <n>', 'LSH bands', intOption('--bands'), 20)
    .option('--rows <n>', 'rows per band', intOption('--rows'), 5)
    .option('--seed <n>', 'MinHash seed', intOption('--seed'), 42)
    .option('--workers <n>', 'worker threads', intOption('--workers'), 1)
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (
          input: string,
          output: string,
          o: { field: string; mode: string; threshold: number; bands: number; rows: number; seed: number; workers: number; json?: boolean },
        ) => {
          if (!['exact', 'near', 'both'].includes(o.mode))
            throw dataErrors.DATA_STEP_OPTIONS({ step: 'dedup', issues: `--mode must be exact, near or both (got "${o.mode}")` });
          const { dedupJsonlFile } = await import('../../../data/dedup/dedup-file.js');
          const runner = await runnerFor(o.workers);
          try {
            const r = await dedupJsonlFile(input, output, runner, {
              field: o.field,
              mode: o.mode as 'both',
              seed: o.seed,
              near: { verifyThreshold: o.threshold, bands: o.bands, rows: o.rows },
            });
            if (o.json) printJson(r);
            else
              console.log(
                `${r.records} rows → ${r.kept} kept; exact duplicates removed ${r.exactRemoved}, near duplicates removed ${r.nearRemoved} (${r.clusters} clusters)`,
              );
          } finally {
            await runner.close();
          }
        },
      ),
    );

  const classify = data.command('classify').description('Medical-relevance classifier (hashed n-gram logistic regression)');
  classify
    .command('train')
    .description('Train on labelled JSONL files; saves a small versioned model file')
    .requiredOption('--out <model>', 'model file to write (JSON)')
    .option('--pos <files...>', 'JSONL files of relevant (medical) examples')
    .option('--neg <files...>', 'JSONL files of non-relevant examples')
    .option('--labelled <files...>', 'JSONL files with a label field')
    .option('--label-field <name>', 'label field for --labelled', 'label')
    .option('--field <name>', 'text field (dotted paths allowed)', 'text')
    .option('--epochs <n>', 'SGD epochs', intOption('--epochs'), 8)
    .option('--holdout <fraction>', 'held-out share for the reported accuracy', num('--holdout'), 0.2)
    .option('--seed <n>', 'seed', intOption('--seed'), 42)
    .option('--json', 'print the training report as JSON')
    .action(
      action(
        async (o: {
          out: string;
          pos?: string[];
          neg?: string[];
          labelled?: string[];
          labelField: string;
          field: string;
          epochs: number;
          holdout: number;
          seed: number;
          json?: boolean;
        }) => {
          const { readExamples, splitHoldout } = await import('../../../data/classifier/labelled-data.js');
          const { saveRelevanceModel, scoreRelevance, trainRelevance } = await import('../../../data/classifier/model.js');
          const ex = [
            ...(o.pos ? await readExamples(o.pos, o.field, 1) : []),
            ...(o.neg ? await readExamples(o.neg, o.field, 0) : []),
            ...(o.labelled ? await readExamples(o.labelled, o.field, { labelField: o.labelField }) : []),
          ];
          const pos = ex.filter((e) => e.label === 1).length;
          if (pos === 0 || pos === ex.length)
            throw dataErrors.DATA_STEP_OPTIONS({ step: 'classify train', issues: `need both classes (got ${pos} positive of ${ex.length})` });
          const { train, test } = splitHoldout(ex, o.holdout, o.seed);
          const model = trainRelevance(train, { epochs: o.epochs, seed: o.seed });
          let tp = 0,
            fp = 0,
            fn = 0,
            correct = 0;
          for (const e of test) {
            const y = scoreRelevance(model, e.text) >= 0.5 ? 1 : 0;
            if (y === e.label) correct++;
            if (y === 1 && e.label === 1) tp++;
            if (y === 1 && e.label === 0) fp++;
            if (y === 0 && e.label === 1) fn++;
          }
          saveRelevanceModel(model, o.out);
          const report = {
            model: o.out,
            train: train.length,
            heldOut: test.length,
            trainAccuracy: +model.training.trainAccuracy.toFixed(4),
            heldOutAccuracy: test.length ? +(correct / test.length).toFixed(4) : null,
            heldOutPrecision: tp + fp ? +(tp / (tp + fp)).toFixed(4) : null,
            heldOutRecall: tp + fn ? +(tp / (tp + fn)).toFixed(4) : null,
            weights: model.weights.size,
          };
          if (o.json) printJson(report);
          else
            console.log(
              `saved ${o.out} (${report.weights} weights): train ${report.train}, held-out ${report.heldOut}, accuracy ${report.heldOutAccuracy ?? '–'}, precision ${report.heldOutPrecision ?? '–'}, recall ${report.heldOutRecall ?? '–'}`,
            );
        },
      ),
    );
  classify
    .command('apply <model> <in> <out>')
    .description('Score a JSONL file: adds a `relevance` field; --filter drops rows below the threshold')
    .option('--field <name>', 'text field', 'text')
    .option('--threshold <p>', 'threshold for --filter', num('--threshold'), 0.5)
    .option('--filter', 'drop rows below the threshold')
    .action(
      action(async (modelFile: string, input: string, output: string, o: { field: string; threshold: number; filter?: boolean }) => {
        const { loadRelevanceModel, scoreRelevance } = await import('../../../data/classifier/model.js');
        const { fieldText } = await import('../../../data/readers/fields.js');
        const { readJsonlRows } = await import('../../../data/readers/jsonl.js');
        const model = loadRelevanceModel(modelFile);
        // Bad input found half-way leaves no output file (core/atomic-write.ts).
        const out = openAtomicStream(output);
        let n = 0,
          kept = 0;
        try {
          for await (const { line, row: parsed } of readJsonlRows(input)) {
            const row = parsed as Record<string, unknown>;
            const t = fieldText(row, o.field);
            if (t === undefined) throw dataErrors.DATA_FIELD_MISSING({ file: input, line, field: o.field });
            n++;
            const relevance = +scoreRelevance(model, t).toFixed(4);
            if (o.filter && relevance < o.threshold) continue;
            kept++;
            await out.write(`${JSON.stringify({ ...row, relevance })}\n`);
          }
        } catch (err) {
          await out.discard();
          throw err;
        }
        await out.commit();
        console.log(`${n} rows scored, ${kept} written to ${output}`);
      }),
    );

  data
    .command('synth-kg <kg> <out>')
    .description(
      'Verbalise disease-KG triples (a KG .json file or a folder of them) into Chinese and English sentences, kept only if the back-check finds every triple and no negation, extra entity or garbled text',
    )
    .option('--lang <langs>', 'zh, en or zh,en', 'zh,en')
    .option('--model <spec>', 'verbalise with a chat model (see `quarkmed ask --help` for specs); default: templates')
    .option('--per-sentence <n>', 'triples per sentence', intOption('--per-sentence'), 4)
    .option('--limit <n>', 'only the first N diseases', intOption('--limit'))
    .option('--seed <n>', 'template choice seed', intOption('--seed'), 42)
    .option('--json', 'print the report as JSON')
    .action(
      action(async (kg: string, out: string, o: { lang: string; model?: string; perSentence: number; limit?: number; seed: number; json?: boolean }) => {
        const langs = o.lang.split(',').map((s) => s.trim());
        for (const l of langs) if (l !== 'zh' && l !== 'en') throw dataErrors.DATA_STEP_OPTIONS({ step: 'synth-kg', issues: `--lang: "${l}" is not zh or en` });
        const { createModelVerbaliser, synthesizeKg } = await import('../../../data/synth/synthesize.js');
        const backend = o.model ? await (await import('../../../models/create-backend.js')).createBackend(o.model) : null;
        try {
          const r = await synthesizeKg(kg, out, {
            langs: langs as ('zh' | 'en')[],
            seed: o.seed,
            perSentence: o.perSentence,
            limit: o.limit,
            verbaliser: backend ? createModelVerbaliser(backend) : undefined,
          });
          if (o.json) printJson(r);
          else
            console.log(
              `${r.diseases} diseases, ${r.triples} triples → ${r.sentences} sentences; kept ${r.kept}, rejected ${r.rejected} by the back-check ${JSON.stringify(r.rejectedBy)}` +
                (r.skippedNoEnglish ? `; ${r.skippedNoEnglish} English groups left out (no English names: English output stays English)` : ''),
            );
        } finally {
          await backend?.close();
        }
      }),
    );
}
