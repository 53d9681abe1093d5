// What `quarkmed recipe init` needs to fill in: the base model, where data and outputs live, the hardware, the
// trainer per stage. Defaults follow the QuarkMed report (RL stage 1: 32 rollouts; stage 2: 8 samples, KL 0.01).
import { z } from 'zod';

export const recipeOptionsSchema = z.object({
  /** Base or instruct model (a Hugging Face id or a local path). */
  model: z.string().min(1).default('Qwen/Qwen2.5-7B'),
  /** Folder holding the public data (the layout of `quarkmed eval pull` / shared data: bench/, rl/, kb/, corpus/, terms/). */
  data: z.string().min(1).default('data'),
  /** Where stages write datasets and checkpoints. */
  work: z.string().min(1).default('runs/quarkmed'),
  gpus: z.number().int().min(1).default(8),
  sftEngine: z.enum(['verl', 'llamafactory']).default('verl'),
  /** Chat template name for LLaMA-Factory. */
  template: z.string().min(1).default('qwen'),
  rewardPort: z.number().int().min(1).max(65535).default(8300),
  stage1Rollouts: z.number().int().min(2).default(32),
  stage2Rollouts: z.number().int().min(2).default(8),
  stage2Kl: z.number().min(0).default(0.01),
  /** Judge / principle model for open answers and the General Verifier (openai:<baseURL>#<model>). */
  judge: z.string().default('openai:http://127.0.0.1:8000/v1#Qwen2.5-72B-Instruct'),
  /** The QuarkMed-TS checkout whose integrations/ the RL stages call (recipe init fills in its own). */
  repo: z.string().min(1).default('.'),
});

export type RecipeOptions = z.infer<typeof recipeOptionsSchema>;
