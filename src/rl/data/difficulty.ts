// Difficulty filtering by pass@k against the current policy (any OpenAI-compatible endpoint): sample k answers
// per item, score them with the same reward engine the trainer uses, keep items whose accuracy lies inside the
// band (too easy and hopeless items teach GRPO nothing: every rollout gets the same reward).
import { forEachPooled } from '../../core/pool.js';
import type { ChatBackend } from '../../models/backend.js';
import type { RewardEngine } from '../reward/engine.js';
import type { RlItem } from './item.js';

export interface DifficultyOptions {
  k: number;
  /** Keep items with lo ≤ accuracy ≤ hi (default 0.125 … 0.875). */
  band?: [number, number];
  temperature?: number;
  maxTokens?: number;
  /** Items sampled at once (each makes k requests; the backend's own limit paces them). Default 4. */
  parallel?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DifficultyRecord {
  id: string;
  task: string;
  k: number;
  correct: number;
  acc: number;
  meanReward: number;
  kept: boolean;
  reason: 'in-band' | 'too-easy' | 'too-hard' | 'error';
  error?: string;
}

export function inBand(acc: number, band: [number, number]): DifficultyRecord['reason'] {
  if (acc < band[0]) return 'too-hard';
  if (acc > band[1]) return 'too-easy';
  return 'in-band';
}

export async function measureDifficulty(
  items: readonly RlItem[],
  policy: ChatBackend,
  engine: RewardEngine,
  options: DifficultyOptions,
): Promise<{ kept: RlItem[]; records: DifficultyRecord[] }> {
  const band = options.band ?? [0.125, 0.875];
  const records = new Array<DifficultyRecord>(items.length);
  let done = 0;
  await forEachPooled(items, Math.max(1, options.parallel ?? 4), async (item, i) => {
    try {
      const texts = await Promise.all(
        Array.from({ length: options.k }, (_, s) =>
          policy.complete({ messages: item.prompt, temperature: options.temperature ?? 1, maxTokens: options.maxTokens ?? 2048, seed: s }).then((r) => r.text),
        ),
      );
      const prompt = item.prompt.map((m) => m.content).join('\n');
      const results = await engine.score(texts.map((response) => ({ prompt, response, spec: item.reward_spec })));
      const correct = results.filter((r) => r.acc).length;
      const acc = correct / options.k;
      const reason = inBand(acc, band);
      records[i] = {
        id: item.id,
        task: item.task,
        k: options.k,
        correct,
        acc,
        meanReward: results.reduce((a, r) => a + r.reward, 0) / options.k,
        kept: reason === 'in-band',
        reason,
      };
    } catch (err) {
      records[i] = {
        id: item.id,
        task: item.task,
        k: options.k,
        correct: 0,
        acc: 0,
        meanReward: 0,
        kept: false,
        reason: 'error',
        error: (err as Error).message,
      };
    }
    options.onProgress?.(++done, items.length);
  });
  return { kept: items.filter((_, i) => records[i].kept), records };
}
