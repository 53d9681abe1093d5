// The tokens step: metadata.tokens per record; the manifest sums them and says how they were counted.
import { z } from 'zod';
import { defineMap, type Step } from '../step.js';
import type { TokenCounter } from '../../core/tokens.js';

export const tokensOptions = z
  .object({
    /** `qwen3` (bundled), a local tokenizer folder or hf:<repo>; omit for a labelled estimate. */
    tokenizer: z.string().optional(),
  })
  .strict();

export function createTokensStep(counter: TokenCounter): Step {
  return defineMap('tokens', 'annotate', (r) => ({
    ...r,
    metadata: { ...r.metadata, tokens: counter.count(r.text), tokensMethod: counter.method },
  }));
}
