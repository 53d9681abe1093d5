// Multi-turn consultation from real dialogues (CMtMedQA history pairs, medicalgpt ShareGPT), de-identified and
// checked by the compliance rules (see dialogue-clean.ts); the whole history is kept as turns.
import { type Rng, shuffle } from '../../core/random.js';
import type { Dialogue } from '../sources/dialogues.js';
import type { SftSample } from '../sample.js';
import { cleanDialogue, langOf, redactorFor } from './dialogue-clean.js';
import type { SftTask, TaskContext } from './types.js';

/** Seeded shuffle of indexes: corpora are read in random order so a capped task is a uniform sample. */
export function shuffledIndexes(n: number, rng: Rng): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    rng,
  );
}

/**
 * De-identified, compliance-checked samples from one corpus, at most `limit` (triage of every user turn is the
 * costly step, so a capped build reads only as many dialogues as it keeps, in random order).
 */
export async function* dialogueSamples(
  task: SftTask,
  ctx: TaskContext,
  source: string,
  dialogues: readonly Dialogue[],
  dropped: Record<string, number>,
  limit = ctx.max,
): AsyncGenerator<SftSample> {
  const redactor = await redactorFor(ctx.sources);
  let n = 0;
  for (const i of shuffledIndexes(dialogues.length, ctx.rng)) {
    if (n >= limit) return;
    const d = dialogues[i];
    const v = cleanDialogue(d.turns, redactor);
    if (!v.ok) {
      dropped[v.reason] = (dropped[v.reason] ?? 0) + 1;
      continue;
    }
    n++;
    yield {
      id: `${task.name}:${source}:${d.id}`,
      task: task.name,
      ability: task.ability,
      group: task.group ?? task.ability,
      lang: langOf(v.messages.map((m) => m.content).join('')),
      source,
      provenance: {
        file: d.file,
        id: d.id,
        turns: v.messages.length,
        phiRedacted: v.phiSpans,
        triage: v.triage,
        ...(d.department ? { department: d.department } : {}),
      },
      messages: v.messages,
    };
  }
}

export const consultationMultiturn: SftTask = {
  name: 'consultation-multiturn',
  ability: 'generation',
  group: 'dialogue',
  langs: ['zh'],
  summary: 'multi-turn consultation (CMtMedQA, medicalgpt), de-identified, compliance-checked',
  sources: ['cmtmedqa', 'medicalgpt'],
  async *build(ctx) {
    const dropped: Record<string, number> = {};
    const half = Math.ceil(ctx.max / 2);
    if (ctx.sources.has('cmtmedqa'))
      yield* dialogueSamples(consultationMultiturn, ctx, 'cmtmedqa', (await ctx.sources.get('cmtmedqa')).dialogues, dropped, half);
    if (ctx.sources.has('medicalgpt')) yield* dialogueSamples(consultationMultiturn, ctx, 'medicalgpt', await ctx.sources.get('medicalgpt'), dropped, half);
  },
};
