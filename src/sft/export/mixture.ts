// Mixture files: {"groups": {"<task group>": ratio, …}} — the shape `sft mix` hands each trial. A sample's
// group is its `group` field (the task's group, else its ability: knowledge, terminology, reasoning, rag,
// dialogue, safety, comprehension, generation). Ratios are normalised; a group with fewer samples than its
// share is repeated (sampled with replacement) and the report says so.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Rng } from '../../core/random.js';
import { sftErrors } from '../errors.js';
import type { SftSample } from '../sample.js';

const mixtureSchema = z.object({ groups: z.record(z.string(), z.number().finite().min(0)) });
export type MixtureFile = z.infer<typeof mixtureSchema>;

export function readMixture(file: string): MixtureFile {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw sftErrors.SFT_MIXTURE_INVALID({ file, reason: `not JSON: ${(err as Error).message}` });
  }
  const p = mixtureSchema.safeParse(v);
  if (!p.success) throw sftErrors.SFT_MIXTURE_INVALID({ file, reason: `expected {"groups": {"<group>": ratio}}: ${p.error.issues[0].message}` });
  if (!Object.values(p.data.groups).some((x) => x > 0)) throw sftErrors.SFT_MIXTURE_INVALID({ file, reason: 'every ratio is 0' });
  return p.data;
}

export interface MixReport {
  total: number;
  groups: Record<string, { ratio: number; available: number; taken: number; repeated: number }>;
}

export function applyMixture(
  samples: readonly SftSample[],
  mix: MixtureFile,
  total: number,
  rng: Rng,
  file = 'mixture',
): { samples: SftSample[]; report: MixReport } {
  const byGroup = new Map<string, SftSample[]>();
  for (const s of samples) {
    const list = byGroup.get(s.group);
    if (list) list.push(s);
    else byGroup.set(s.group, [s]);
  }
  const unknown = Object.keys(mix.groups).filter((g) => mix.groups[g] > 0 && !byGroup.has(g));
  if (unknown.length)
    throw sftErrors.SFT_MIXTURE_INVALID({
      file,
      reason: `no samples in group(s) ${unknown.join(', ')}; groups present: ${[...byGroup.keys()].sort().join(', ')}`,
    });
  const sum = Object.values(mix.groups).reduce((a, b) => a + b, 0);
  const out: SftSample[] = [];
  const report: MixReport = { total: 0, groups: {} };
  for (const [g, ratio] of Object.entries(mix.groups)) {
    const pool = [...(byGroup.get(g) ?? [])];
    const want = Math.round((ratio / sum) * total);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const taken = pool.slice(0, want);
    let repeated = 0;
    while (taken.length < want && pool.length) {
      taken.push(pool[Math.floor(rng() * pool.length)]);
      repeated++;
    }
    out.push(...taken);
    report.groups[g] = { ratio: ratio / sum, available: pool.length, taken: taken.length, repeated };
  }
  report.total = out.length;
  return { samples: out, report };
}
