// Preference-pair files for reward-model and DPO trainers:
//   openrlhf — {prompt: [messages], chosen: [{assistant}], rejected: [{assistant}]} for train_rm / train_dpo with
//              --prompt_key prompt --chosen_key chosen --rejected_key rejected --apply_chat_template (the recipe's
//              command): OpenRLHF's reward_dataset.py then renders apply_chat_template(prompt + chosen), which needs
//              message lists — plain strings (the earlier rows) fail in the tokenizer's chat template;
//   trl      — conversational {prompt: [messages], chosen: [{assistant}], rejected: [{assistant}]} (DPOTrainer, RewardTrainer);
//   jsonl    — everything: ids, task, scores, margin, kind.
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { sftErrors } from '../errors.js';
import type { PreferencePair } from './build-pairs.js';

export const PAIR_FORMATS = ['openrlhf', 'trl', 'jsonl'] as const;
export type PairFormat = (typeof PAIR_FORMATS)[number];

export function parsePairFormats(list: string): PairFormat[] {
  const out = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of out) if (!(PAIR_FORMATS as readonly string[]).includes(f)) throw sftErrors.SFT_FORMAT_UNKNOWN({ format: f, known: PAIR_FORMATS.join(', ') });
  return out as PairFormat[];
}

export function pairRow(p: PreferencePair, f: PairFormat): Record<string, unknown> {
  if (f === 'openrlhf' || f === 'trl')
    return { prompt: p.prompt, chosen: [{ role: 'assistant', content: p.chosen }], rejected: [{ role: 'assistant', content: p.rejected }] };
  return { ...p };
}

export function writePairs(pairs: readonly PreferencePair[], formats: readonly PairFormat[], outDir: string, name = 'pairs'): string[] {
  return formats.map((f) => {
    const file = join(outDir, `${name}.${f}.jsonl`);
    writeFileAtomic(file, pairs.map((p) => JSON.stringify(pairRow(p, f))).join('\n') + (pairs.length ? '\n' : ''));
    return file;
  });
}
