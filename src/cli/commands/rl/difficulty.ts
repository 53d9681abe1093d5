import { join } from 'node:path';
import { writeFileAtomic } from '../../../core/atomic-write.js';
import { createBackend } from '../../../models/create-backend.js';
import { measureDifficulty } from '../../../rl/data/difficulty.js';
import { exportItems, type ExportFormat } from '../../../rl/data/export/index.js';
import { readItems } from '../../../rl/data/read-items.js';
import { rlErrors } from '../../../rl/errors.js';
import { createModelVerifiers } from '../../../rl/model/model-verifiers.js';
import { createRewardEngine } from '../../../rl/reward/engine.js';
import { loadVerifyContext } from '../../../rl/service/start.js';

export interface DifficultyRun {
  items: string;
  model: string;
  out: string;
  k: number;
  band: [number, number];
  temperature: number;
  maxTokens: number;
  parallel: number;
  formats: ExportFormat[];
  judge?: string;
  terms?: string;
}

export async function runDifficulty(o: DifficultyRun) {
  const items = readItems(o.items);
  const policy = await createBackend(o.model);
  if (!policy) throw rlErrors.RL_JUDGE_MISSING({ verifier: 'difficulty', flag: '--model openai:<baseURL>#<model>' });
  const models = await createModelVerifiers({ judge: o.judge });
  try {
    const engine = createRewardEngine({ ctx: loadVerifyContext(o.terms), models });
    const { kept, records } = await measureDifficulty(items, policy, engine, {
      k: o.k,
      band: o.band,
      temperature: o.temperature,
      maxTokens: o.maxTokens,
      parallel: o.parallel,
      onProgress: (d, n) => {
        if (process.stderr.isTTY) process.stderr.write(`\rpass@${o.k}: ${d}/${n}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const files = [join(o.out, 'difficulty.jsonl')];
    writeFileAtomic(files[0], records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
    for (const f of o.formats) files.push(await exportItems(kept, f, o.out, 'train'));
    const count = (r: string) => records.filter((x) => x.reason === r).length;
    return { items: items.length, kept: kept.length, tooEasy: count('too-easy'), tooHard: count('too-hard'), errors: count('error'), files };
  } finally {
    await models.close();
    await policy.close();
  }
}
