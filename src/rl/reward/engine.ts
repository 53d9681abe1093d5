// The reward engine: one batch of (prompt, response, spec) in, one weighted reward per item out.
// Rule verifiers run inline (pure, synchronous); model verifiers are collected across the batch, deduplicated,
// cached and awaited together; a weighted sum combines them. A weighted model verifier with no endpoint is an
// error, never a silent zero.
import { rlErrors } from '../errors.js';
import { callRemoteRewardModel, type ModelVerifiers, type RewardModelEndpoint } from '../model/model-verifiers.js';
import { isRuleVerifier, ruleVerifiers, type VerifierName } from '../verifiers/index.js';
import { diagnosisJudgePrompt, finalAnswerText, openAnswerPrompt, parseDiagnosisJudge, parseOpenAnswer } from '../verifiers/open-answer.js';
import { principlesReward } from '../verifiers/principles.js';
import { parseRewardModelGrade, rewardModelPrompt, type RewardModelAspect } from '../verifiers/reward-model.js';
import type { RuleVerifier, Score, VerifyContext } from '../verifiers/types.js';
import { buildReference } from './references.js';
import { defaultWeights, PRIMARY, type RewardSpec } from './spec.js';

export interface RewardInput {
  prompt: string;
  response: string;
  spec: RewardSpec;
}

export interface RewardResult {
  reward: number;
  /** Primary verifier judged it correct (0/1 "score" for dynamic filtering and pass@k). */
  acc: boolean;
  task: RewardSpec['task'];
  formatOk: boolean;
  scores: Partial<Record<VerifierName, number>>;
  reasons: Partial<Record<VerifierName, string>>;
  pred?: string;
  responseChars: number;
  /** The item id from the spec, when it carries one. */
  id?: string;
}

export interface RewardEngine {
  score(inputs: readonly RewardInput[]): Promise<RewardResult[]>;
  /** Synchronous path for batches with rule verifiers only (the hot path); throws if a model verifier is weighted. */
  scoreRulesOnly(inputs: readonly RewardInput[]): RewardResult[];
}

export interface RewardEngineOptions {
  ctx: VerifyContext;
  models?: ModelVerifiers;
}

type Job = { item: number; verifier: VerifierName; run: () => Promise<Score> };

function needsModel(name: VerifierName, models: ModelVerifiers | undefined): void {
  const ok =
    name === 'openAnswer'
      ? !!models?.judge
      : name === 'principles'
        ? !!models?.principles
        : name === 'honesty'
          ? !!models?.honesty
          : name === 'helpfulness'
            ? !!models?.helpfulness
            : true;
  if (!ok) {
    const flag = name === 'openAnswer' ? '--judge MODEL' : name === 'principles' ? '--judge MODEL (and --principles FILE)' : `--${name} MODEL|rm:URL`;
    throw rlErrors.RL_JUDGE_MISSING({ verifier: name, flag });
  }
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function createRewardEngine(options: RewardEngineOptions): RewardEngine {
  const { ctx, models } = options;

  function rulePass(input: RewardInput, jobs: Job[] | null, index: number): RewardResult {
    const { spec, response } = input;
    const weights = spec.w ?? defaultWeights(spec);
    const primary = PRIMARY[spec.task];
    const res: RewardResult = { reward: 0, acc: false, task: spec.task, formatOk: false, scores: {}, reasons: {}, responseChars: response.length };
    if (spec.id !== undefined) res.id = spec.id;
    for (const name of Object.keys(weights) as VerifierName[]) {
      if (!weights[name]) continue;
      if (isRuleVerifier(name)) {
        const verifier = ruleVerifiers[name] as RuleVerifier<unknown>;
        const s = verifier(response, buildReference[name](spec), ctx);
        res.scores[name] = s.score;
        res.reasons[name] = s.reason;
        if (name === primary) {
          res.acc = s.acc === true;
          res.pred = s.pred;
          res.formatOk = s.formatOk === true;
          if (name === 'icd' && s.fallback && models?.judge && jobs) {
            const judge = models.judge;
            const gt = buildReference.icd(spec);
            const fallback = s.fallback;
            jobs.push({
              item: index,
              verifier: 'icd',
              run: async () =>
                parseDiagnosisJudge(
                  await judge.ask(diagnosisJudgePrompt({ candidate: fallback, goldName: gt.name ?? gt.code ?? '', goldCode: gt.code }), { json: true }),
                ),
            });
          }
        }
        if (name === 'format' && primary === null) res.formatOk = s.formatOk === true;
        continue;
      }
      if (!jobs) throw rlErrors.RL_JUDGE_MISSING({ verifier: name, flag: 'a model endpoint (rule-only path)' });
      needsModel(name, models);
      jobs.push({ item: index, verifier: name, run: modelJob(name, input) });
    }
    // When the format verifier ran, it is the truth about the requested shape (the primary verifier also
    // accepts unrequested shapes such as {"answer": …} for robustness, which is not "format ok").
    if (res.scores.format !== undefined) res.formatOk = res.scores.format >= 1;
    return res;
  }

  function modelJob(name: VerifierName, input: RewardInput): () => Promise<Score> {
    const m = models!;
    if (name === 'openAnswer') {
      return async () => {
        const text = finalAnswerText(input.response);
        if (!text) return { score: 0, reason: 'no-answer', acc: false };
        const g = input.spec.gt;
        const answer = typeof g === 'string' ? g : JSON.stringify(g);
        const question = typeof input.spec.opt?.question === 'string' ? input.spec.opt.question : undefined;
        return parseOpenAnswer(await m.judge!.ask(openAnswerPrompt(text, { answer, question }), { json: true }));
      };
    }
    if (name === 'principles') {
      const p = m.principles!;
      // The serving path's General Verifier: rules first, the judge only when they pass (verifiers/principles.ts).
      return async () => principlesReward(input.prompt, input.response, (messages) => p.caller.ask(messages, { json: true }), p.list);
    }
    const aspect = name as RewardModelAspect;
    const ep = m[aspect] as RewardModelEndpoint;
    if (ep.kind === 'chat')
      return async () => parseRewardModelGrade(aspect, await ep.caller.ask(rewardModelPrompt(aspect, input.prompt, input.response), { json: true }));
    return async () => {
      throw new Error('remote RM jobs are batched'); // replaced in score()
    };
  }

  function finish(res: RewardResult, spec: RewardSpec): void {
    const weights = spec.w ?? defaultWeights(spec);
    let total = 0;
    for (const [name, w] of Object.entries(weights) as [VerifierName, number][]) total += (res.scores[name] ?? 0) * w;
    res.reward = round(total);
  }

  return {
    scoreRulesOnly(inputs) {
      const out = new Array<RewardResult>(inputs.length);
      for (let i = 0; i < inputs.length; i++) {
        out[i] = rulePass(inputs[i], null, i);
        finish(out[i], inputs[i].spec);
      }
      return out;
    },
    async score(inputs) {
      const jobs: Job[] = [];
      const out = inputs.map((inp, i) => rulePass(inp, jobs, i));
      // Remote RMs take whole batches: group their jobs per aspect.
      const remote: Record<string, Job[]> = {};
      const local: Job[] = [];
      for (const j of jobs) {
        const ep = j.verifier === 'honesty' || j.verifier === 'helpfulness' ? models?.[j.verifier] : undefined;
        if (ep?.kind === 'rm') (remote[j.verifier] ??= []).push(j);
        else local.push(j);
      }
      const applied = (j: Job, s: Score) => {
        const r = out[j.item];
        r.scores[j.verifier] = s.score;
        r.reasons[j.verifier] = j.verifier === 'icd' ? `${r.reasons.icd}→${s.reason}` : s.reason;
        if (PRIMARY[r.task] === j.verifier) r.acc = s.acc === true;
      };
      await Promise.all([
        ...local.map(async (j) => applied(j, await j.run())),
        ...Object.entries(remote).map(async ([aspect, list]) => {
          const ep = models![aspect as RewardModelAspect] as Extract<RewardModelEndpoint, { kind: 'rm' }>;
          const rewards = await callRemoteRewardModel(
            ep,
            aspect as RewardModelAspect,
            list.map((j) => inputs[j.item].prompt + inputs[j.item].response),
          );
          list.forEach((j, k) => applied(j, { score: rewards[k], reason: `${aspect}:rm`, acc: rewards[k] >= 0.5 }));
        }),
      ]);
      out.forEach((r, i) => finish(r, inputs[i].spec));
      return out;
    },
  };
}
