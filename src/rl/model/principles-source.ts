// Where the generative verifier gets its principles: the safety layer's loader (src/safety/principles.ts,
// the same file the safety layer uses) when present, else the YAML file given with --principles.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { rlErrors } from '../errors.js';
import type { CompliancePrinciple } from '../verifiers/principles.js';

const principleSchema = z.object({
  id: z.string(),
  title: z.string(),
  zh: z.string().optional(),
  en: z.string().optional(),
  rubric: z.string().optional(),
});
const fileSchema = z.union([z.array(principleSchema), z.object({ principles: z.array(principleSchema) }).transform((o) => o.principles)]);

export function readPrinciplesYaml(path: string): CompliancePrinciple[] {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw rlErrors.RL_DATA_INVALID({ file: path, reason: `cannot read principles: ${(err as Error).message}` });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw rlErrors.RL_DATA_INVALID({ file: path, reason: `principles: ${parsed.error.issues[0].message}` });
  return parsed.data;
}

type SafetyModule = { loadPrinciples?: (path?: string) => CompliancePrinciple[] | Promise<CompliancePrinciple[]> };

/** The compliance principles: an explicit YAML path wins; otherwise the safety layer's own file. */
export async function loadCompliancePrinciples(path?: string): Promise<CompliancePrinciple[]> {
  const modulePath = '../../safety/principles.js';
  let safety: SafetyModule | undefined;
  try {
    safety = (await import(modulePath)) as SafetyModule;
  } catch {
    safety = undefined;
  }
  if (safety?.loadPrinciples) {
    const list = await safety.loadPrinciples(path);
    return list.map((p) => ({ id: p.id, title: p.title, zh: p.zh, en: p.en, rubric: p.rubric }));
  }
  if (!path) {
    throw rlErrors.RL_JUDGE_MISSING({ verifier: 'principles', flag: '--principles FILE.yaml (the safety layer\'s principles file)' });
  }
  return readPrinciplesYaml(path);
}
