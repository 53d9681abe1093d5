// Pipeline files (YAML or JSON): inputs, steps in order, output. Validated with zod; errors name file and step.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dataErrors } from './errors.js';
import { inputSpecSchema, type InputSpec } from './readers/input-spec.js';
import { stepRegistry, type StepName } from './steps.js';

export const PIPELINE_VERSION = 1;

const outputSchema = z
  .object({
    dir: z.string(),
    format: z.enum(['jsonl', 'parquet']).default('jsonl'),
    /** Records per shard (shards are cut in input order). */
    shardSize: z.number().int().positive().default(10_000),
    /** Scratch folder for stages and completion markers (default <dir>/.work). */
    workDir: z.string().optional(),
  })
  .strict();

const fileSchema = z
  .object({
    version: z.literal(PIPELINE_VERSION).default(PIPELINE_VERSION),
    name: z.string().default('pipeline'),
    seed: z.number().int().default(42),
    inputs: z.array(inputSpecSchema).min(1),
    steps: z.array(z.object({ step: z.string() }).passthrough()).default([]),
    output: outputSchema,
  })
  .strict();

export interface StepSpec {
  name: StepName;
  options: unknown;
}

export interface PipelineSpec {
  version: number;
  name: string;
  seed: number;
  inputs: InputSpec[];
  steps: StepSpec[];
  output: z.output<typeof outputSchema> & { workDir: string };
  /** Absolute path of the file (workers re-read it) and its folder (relative paths resolve here). */
  file: string;
  baseDir: string;
}

export function parsePipeline(raw: unknown, file: string): PipelineSpec {
  const v = (raw as { version?: unknown } | null)?.version;
  if (v !== undefined && v !== PIPELINE_VERSION) throw dataErrors.DATA_VERSION_MISMATCH({ file, found: v, expected: PIPELINE_VERSION });
  const p = fileSchema.safeParse(raw);
  if (!p.success) {
    throw dataErrors.DATA_PIPELINE_INVALID({ file, issues: p.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') });
  }
  const baseDir = dirname(resolve(file));
  const steps: StepSpec[] = p.data.steps.map((s, i) => {
    const { step, ...rest } = s;
    if (!stepRegistry.has(step)) {
      throw dataErrors.DATA_PIPELINE_INVALID({ file, issues: `steps.${i}: unknown step "${step}"; known: ${stepRegistry.names().join(', ')}` });
    }
    const o = stepRegistry.get(step).options.safeParse(rest);
    if (!o.success) {
      throw dataErrors.DATA_PIPELINE_INVALID({
        file,
        issues: `steps.${i} (${step}): ${o.error.issues.map((x) => `${x.path.join('.') || '(options)'}: ${x.message}`).join('; ')}`,
      });
    }
    return { name: step, options: o.data };
  });
  const dir = resolve(baseDir, p.data.output.dir);
  return {
    ...p.data,
    steps,
    output: { ...p.data.output, dir, workDir: p.data.output.workDir ? resolve(baseDir, p.data.output.workDir) : resolve(dir, '.work') },
    file: resolve(file),
    baseDir,
  };
}

export function loadPipelineFile(file: string): PipelineSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw dataErrors.DATA_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw dataErrors.DATA_PIPELINE_INVALID({
      file,
      issues: `not ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  return parsePipeline(raw, file);
}
