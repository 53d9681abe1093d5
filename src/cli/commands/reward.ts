import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { action, intOption, printJson } from '../action.js';
import { formatStats } from './reward/format-stats.js';

// The reward service, the verifiers and the models are imported by the action that runs them, so
// `quarkmed reward <command> --help` loads none of them.

interface ModelFlags {
  terms?: string;
  judge?: string;
  principles?: string;
  principlesModel?: string;
  honesty?: string;
  helpfulness?: string;
  cache?: string;
  concurrency?: number;
}

function modelOptions(o: ModelFlags) {
  return {
    termsDir: o.terms,
    judge: o.judge,
    principlesPath: o.principles,
    principlesModel: o.principlesModel,
    honesty: o.honesty,
    helpfulness: o.helpfulness,
    cachePath: o.cache,
    concurrency: o.concurrency,
  };
}

function withModelFlags(cmd: Command): Command {
  return cmd
    .option('--terms <dir>', 'terminology folder (ICD-10, drug lists); default $QUARKMED_TERMS_DIR or $QUARKMED_HOME/terms')
    .option('--judge <spec>', 'judge model for open answers and the diagnosis fallback (openai:<baseURL>#<model>)')
    .option('--principles <file>', "compliance principles YAML (default: the safety layer's file)")
    .option('--principles-model <spec>', 'model for the compliance verifier (default: --judge)')
    .option('--honesty <spec>', 'honesty reward model: a chat model spec, or rm:<url> for an OpenRLHF serve_rm server')
    .option('--helpfulness <spec>', 'helpfulness reward model: a chat model spec, or rm:<url>')
    .option('--cache <file>', 'SQLite file caching model verdicts across restarts')
    .option('--concurrency <n>', 'model requests in flight per endpoint', intOption('--concurrency'));
}

export function register(program: Command): void {
  const reward = program.command('reward').description('verifiable rewards: the reward service RL trainers call, scoring and stats');

  withModelFlags(
    reward
      .command('serve')
      .description(
        'serve rewards over HTTP: POST /openrlhf (OpenRLHF --reward.remote_url, before 0.10.2 --remote_rm_url), POST /verl (integrations/verl), POST /score',
      )
      .option('--host <host>', 'address to bind', '127.0.0.1')
      .option('--port <port>', 'port', intOption('--port'), 8300)
      .option('--log <file>', 'append one JSONL record per scored response (for `quarkmed reward stats`)')
      .option('--log-sample <p>', 'fraction of responses to log (0–1)', (v) => Number(v)),
  ).action(
    action(async (o: ModelFlags & { host: string; port: number; log?: string; logSample?: number }) => {
      const { startRewardService } = await import('../../rl/service/start.js');
      const { rewardServeBanner } = await import('../../rl/service/banner.js');
      const svc = await startRewardService({ ...modelOptions(o), host: o.host, port: o.port, logPath: o.log, logSample: o.logSample });
      console.error(rewardServeBanner(svc.url));
      const stop = async () => {
        await svc.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    }),
  );

  withModelFlags(
    reward
      .command('score')
      .description("score one response against a reward spec (label JSON) and print every verifier's score and reason")
      .requiredOption('--label <json|@file>', 'reward spec, e.g. \'{"task":"exam","gt":"B"}\' or @spec.json')
      .option('--response <text|@file>', 'the response (default: stdin)')
      .option('--prompt <text>', 'the prompt (model-based verifiers read it)', '')
      .option('--json', 'print JSON'),
  ).action(
    action(async (o: ModelFlags & { label: string; response?: string; prompt: string; json?: boolean }) => {
      const { loadVerifyContext } = await import('../../rl/service/start.js');
      const { createRewardEngine } = await import('../../rl/reward/engine.js');
      const { createModelVerifiers } = await import('../../rl/model/model-verifiers.js');
      const { decodeSpec } = await import('../../rl/reward/spec.js');
      const read = (v: string) => (v.startsWith('@') ? readFileSync(v.slice(1), 'utf8') : v);
      const spec = decodeSpec(read(o.label));
      const response = o.response !== undefined ? read(o.response) : readFileSync(0, 'utf8');
      const models = await createModelVerifiers(modelOptions(o));
      try {
        const engine = createRewardEngine({ ctx: loadVerifyContext(o.terms), models });
        const [r] = await engine.score([{ prompt: o.prompt, response, spec }]);
        if (o.json) printJson(r);
        else {
          console.log(`reward ${r.reward}  acc ${r.acc ? 1 : 0}  format ${r.formatOk ? 'ok' : 'no'}  task ${r.task}${r.pred ? `  pred ${r.pred}` : ''}`);
          for (const [k, v] of Object.entries(r.scores))
            console.log(`  ${k.padEnd(12)} ${String(v).padStart(6)}  ${r.reasons[k as keyof typeof r.reasons] ?? ''}`);
        }
      } finally {
        await models.close();
      }
    }),
  );

  reward
    .command('stats')
    .description('summarise a reward log: per-task reward distribution, pass rate, format-only wins, length growth')
    .argument('<log>', 'JSONL file written by `reward serve --log`')
    .option('--json', 'print JSON')
    .action(
      action(async (log: string, o: { json?: boolean }) => {
        const { readRewardLog, summarizeRewards } = await import('../../rl/stats.js');
        const { records, badLines } = await readRewardLog(log);
        const stats = summarizeRewards(records);
        if (o.json) printJson({ ...stats, badLines });
        else console.log(formatStats(stats, badLines));
      }),
    );
}
