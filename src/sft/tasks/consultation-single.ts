// Single-turn consultations (Toyhom, Huatuo26M in Chinese; ChatDoctor in English), de-identified and
// compliance-checked like the multi-turn ones.
import { dialogueSamples } from './consultation-multiturn.js';
import type { SftTask } from './types.js';

export const consultationSingle: SftTask = {
  name: 'consultation-single',
  ability: 'generation',
  group: 'dialogue',
  langs: ['zh', 'en'],
  summary: 'single-turn consultation (Toyhom, Huatuo26M, ChatDoctor), de-identified, compliance-checked',
  sources: ['toyhom', 'huatuo26m', 'chatdoctor'],
  async *build(ctx) {
    const dropped: Record<string, number> = {};
    // Half the cap for English (ChatDoctor), a quarter for each Chinese corpus.
    const share = { toyhom: 0.25, huatuo26m: 0.25, chatdoctor: 0.5 } as const;
    for (const name of ['toyhom', 'huatuo26m', 'chatdoctor'] as const) {
      if (ctx.sources.has(name)) yield* dialogueSamples(consultationSingle, ctx, name, await ctx.sources.get(name), dropped, Math.ceil(ctx.max * share[name]));
    }
  },
};
