// Vignette evaluation shared by the unit test and bench/safety.bench.ts: sensitivity (emergencies caught),
// specificity (non-emergencies not escalated to emergency) and exact-level agreement, per category.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { triage } from './triage.js';
import type { TriageLevel } from './types.js';

const VignetteSchema = z.object({
  id: z.string(),
  category: z.string(),
  lang: z.enum(['zh', 'en']),
  expected: z.enum(['emergency', 'urgent', 'routine']),
  redFlag: z.string().nullable(),
  text: z.string().min(1),
  /** "holdout": written after the rules and scored once before any rule change (see README). */
  split: z.string().default('dev'),
});
export type Vignette = z.infer<typeof VignetteSchema>;

/**
 * A vignette file beside this module (src/, under tsx and vitest) or, compiled to dist/safety, in src/safety: the build
 * copies no data files, and `quarkmed sft build` decontaminates against these (it stopped with ENOENT on
 * dist/safety/vignettes.jsonl after `npm ci`). As principles.ts finds principles.yaml.
 */
function vignetteFile(name: string): URL {
  const beside = new URL(`./${name}`, import.meta.url);
  return existsSync(beside) ? beside : new URL(`../../src/safety/${name}`, import.meta.url);
}

export const VIGNETTES_PATH = vignetteFile('vignettes.jsonl');
/** Written after the rules, without reading them; scored once before any rule change (see README). */
export const HELDOUT_VIGNETTES_PATH = vignetteFile('vignettes-heldout.jsonl');
/** Blind batch C: written without reading the rules or other vignettes; its first-sight score is in bench/safety.bench.ts. */
export const BLIND_C_VIGNETTES_PATH = vignetteFile('vignettes-blind-c.jsonl');
/** Blind batch D: same protocol as C (its writer's redFlag/category labels are guesses; scoring uses only `expected`). */
export const BLIND_D_VIGNETTES_PATH = vignetteFile('vignettes-blind-d.jsonl');

export function loadVignettes(path: string | URL = VIGNETTES_PATH): Vignette[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Vignette[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = VignetteSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${String(path)}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid vignette'}`);
    out.push(parsed.data);
  });
  return out;
}

export interface VignetteOutcome {
  vignette: Vignette;
  got: TriageLevel;
  reasons: string[];
}

export interface TriageScores {
  n: number;
  emergencies: number;
  sensitivity: number;
  specificity: number;
  exactLevel: number;
  misses: VignetteOutcome[];
  falseAlarms: VignetteOutcome[];
  perCategory: { category: string; n: number; sensitivity: number | null; specificity: number | null }[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function scoreTriage(vignettes: Vignette[]): TriageScores {
  const outcomes = vignettes.map((v) => {
    const t = triage(v.text);
    return { vignette: v, got: t.level, reasons: t.reasons };
  });
  const em = outcomes.filter((o) => o.vignette.expected === 'emergency');
  const non = outcomes.filter((o) => o.vignette.expected !== 'emergency');
  const misses = em.filter((o) => o.got !== 'emergency');
  const falseAlarms = non.filter((o) => o.got === 'emergency');
  const cats = [...new Set(vignettes.map((v) => v.category))].sort();
  return {
    n: outcomes.length,
    emergencies: em.length,
    sensitivity: (em.length - misses.length) / Math.max(1, em.length),
    specificity: (non.length - falseAlarms.length) / Math.max(1, non.length),
    exactLevel: outcomes.filter((o) => o.got === o.vignette.expected).length / Math.max(1, outcomes.length),
    misses,
    falseAlarms,
    perCategory: cats.map((category) => {
      const c = outcomes.filter((o) => o.vignette.category === category);
      const ce = c.filter((o) => o.vignette.expected === 'emergency');
      const cn = c.filter((o) => o.vignette.expected !== 'emergency');
      return {
        category,
        n: c.length,
        sensitivity: ratio(ce.filter((o) => o.got === 'emergency').length, ce.length),
        specificity: ratio(cn.filter((o) => o.got !== 'emergency').length, cn.length),
      };
    }),
  };
}
