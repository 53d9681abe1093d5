// Compliance principles: loaded from the one editable YAML file beside this module (also shipped in the package's
// src/ folder, so the compiled dist/ build reads the same file). RAG prompts and the RL verifier both use it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { defineErrors } from '../core/errors.js';

export const safetyErrors = defineErrors({
  SAFETY_PRINCIPLES_MISSING: { status: 500, message: (a: { file: string }) => `principles file not found: ${a.file}` },
  SAFETY_PRINCIPLES_INVALID: {
    status: 500,
    message: (a: { file: string; field: string; reason: string }) => `${a.file}: invalid principles at ${a.field}: ${a.reason}`,
  },
});

const PrincipleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case id'),
  title: z.string().min(1),
  severity: z.enum(['critical', 'major', 'minor']).default('major'),
  zh: z.string().min(1),
  en: z.string().min(1),
  check: z.string().min(1),
});
const FileSchema = z.object({ version: z.literal(1), principles: z.array(PrincipleSchema).min(1) });

export type Principle = z.infer<typeof PrincipleSchema>;

/** src/safety/principles.yaml, whether running from src/ (tsx, vitest) or dist/safety (compiled). */
export function defaultPrinciplesPath(): string {
  const beside = fileURLToPath(new URL('./principles.yaml', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../src/safety/principles.yaml', import.meta.url));
}

export function loadPrinciples(path: string = process.env.QUARKMED_PRINCIPLES ?? defaultPrinciplesPath()): Principle[] {
  if (!existsSync(path)) throw safetyErrors.SAFETY_PRINCIPLES_MISSING({ file: path });
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw safetyErrors.SAFETY_PRINCIPLES_INVALID({ file: path, field: '(yaml)', reason: err instanceof Error ? err.message : String(err) });
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw safetyErrors.SAFETY_PRINCIPLES_INVALID({ file: path, field: issue?.path.join('.') || '(root)', reason: issue?.message ?? 'invalid' });
  }
  const seen = new Set<string>();
  parsed.data.principles.forEach((p, i) => {
    if (seen.has(p.id)) throw safetyErrors.SAFETY_PRINCIPLES_INVALID({ file: path, field: `principles.${i}.id`, reason: `duplicate id "${p.id}"` });
    seen.add(p.id);
  });
  return parsed.data.principles;
}

/** The principles as a numbered list for a system prompt, in the answer's language. */
export function principlesPrompt(principles: Principle[], lang: 'zh' | 'en'): string {
  return principles.map((p, i) => `${i + 1}. ${lang === 'zh' ? p.zh : p.en}`).join('\n');
}

/** The rubric a judge model applies to one response (used by the RL generative verifier). */
export function principlesRubric(principles: Principle[]): string {
  return principles.map((p) => `- [${p.id}] (${p.severity}) ${p.title}: ${p.check}`).join('\n');
}
