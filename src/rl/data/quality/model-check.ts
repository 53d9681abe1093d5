// Model-assisted label checking (the report's "model-assisted, expert-verified"): a configured model drafts an
// answer to each item's own prompt, the reward engine scores the draft against the label, and a draft the label
// does not accept flags the item for expert review ('model-disagrees', with the draft as evidence). A
// disagreement alone lowers confidence only a little: the model may be the one that is wrong.
import { forEachPooled } from '../../../core/pool.js';
import type { ChatBackend } from '../../../models/backend.js';
import type { RewardEngine } from '../../reward/engine.js';
import type { RlItem } from '../item.js';
import { withFlag } from './types.js';

export const MODEL_DISAGREES_FACTOR = 0.9;

export interface ModelCheckOptions {
  parallel?: number;
  maxTokens?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ModelCheckSummary {
  items: number;
  agrees: number;
  disagrees: number;
  errors: number;
}

export async function modelLabelCheck(
  items: readonly RlItem[],
  model: ChatBackend,
  engine: RewardEngine,
  options: ModelCheckOptions = {},
): Promise<{ items: RlItem[]; summary: ModelCheckSummary }> {
  const out = [...items];
  const summary: ModelCheckSummary = { items: items.length, agrees: 0, disagrees: 0, errors: 0 };
  let done = 0;
  await forEachPooled(items, Math.max(1, options.parallel ?? 4), async (item, i) => {
    try {
      const draft = (await model.complete({ messages: item.prompt, temperature: 0, maxTokens: options.maxTokens ?? 1024 })).text;
      const [r] = await engine.score([{ prompt: item.prompt.map((m) => m.content).join('\n'), response: draft, spec: item.reward_spec }]);
      const evidence = `${model.name}: ${r.pred ?? draft.slice(-200)} (reward ${r.reward})`;
      if (r.acc) {
        out[i] = withFlag(item, 'model-agrees', 1, evidence);
        summary.agrees++;
      } else {
        out[i] = withFlag(item, 'model-disagrees', MODEL_DISAGREES_FACTOR, evidence);
        summary.disagrees++;
      }
    } catch (err) {
      summary.errors++;
      out[i] = withFlag(item, 'model-disagrees', 1, `${model.name} failed: ${(err as Error).message.slice(0, 160)}`);
    }
    options.onProgress?.(++done, items.length);
  });
  return { items: out, summary };
}
