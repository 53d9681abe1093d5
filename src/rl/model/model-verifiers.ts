// The model-based verifiers' endpoints, created once from spec strings: a judge (open answers, diagnosis
// fallback), a compliance verifier (principles), and honesty / helpfulness reward models. A reward-model spec
// is either a chat model spec (openai:<baseURL>#<model>, llama:…) or `rm:<url>` for an OpenRLHF serve_rm server.
import { createBackend } from '../../models/create-backend.js';
import { rlErrors } from '../errors.js';
import type { CompliancePrinciple } from '../verifiers/principles.js';
import { squashReward, type RewardModelAspect } from '../verifiers/reward-model.js';
import { createModelCache, type ModelCache } from './cache.js';
import { createModelCaller, type ModelCaller } from './model-caller.js';
import { loadCompliancePrinciples } from './principles-source.js';

export type RewardModelEndpoint = { kind: 'chat'; caller: ModelCaller } | { kind: 'rm'; url: string; calls: number };

export interface ModelVerifiers {
  judge?: ModelCaller;
  principles?: { caller: ModelCaller; list: CompliancePrinciple[] };
  honesty?: RewardModelEndpoint;
  helpfulness?: RewardModelEndpoint;
  cache: ModelCache;
  close(): Promise<void>;
}

export interface ModelVerifierOptions {
  /** Judge for open answers and the diagnosis fallback. */
  judge?: string;
  /** Model for the compliance verifier (defaults to the judge). */
  principlesModel?: string;
  /** Principles YAML (defaults to the safety layer's file). */
  principlesPath?: string;
  honesty?: string;
  helpfulness?: string;
  /** SQLite file caching verdicts across restarts. */
  cachePath?: string;
  /** Requests in flight per model endpoint (default 16). */
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
}

export async function createModelVerifiers(options: ModelVerifierOptions = {}): Promise<ModelVerifiers> {
  const cache = createModelCache({ path: options.cachePath });
  const callers: ModelCaller[] = [];
  const caller = async (spec: string | undefined): Promise<ModelCaller | undefined> => {
    if (!spec || spec === 'none') return undefined;
    const backend = await createBackend(spec, { concurrency: options.concurrency ?? 16, env: options.env });
    if (!backend) return undefined;
    const c = createModelCaller(backend, cache);
    callers.push(c);
    return c;
  };
  const endpoint = async (spec: string | undefined): Promise<RewardModelEndpoint | undefined> => {
    if (!spec || spec === 'none') return undefined;
    if (spec.startsWith('rm:')) return { kind: 'rm', url: spec.slice(3), calls: 0 };
    const c = await caller(spec);
    return c ? { kind: 'chat', caller: c } : undefined;
  };
  const judge = await caller(options.judge);
  let principles: ModelVerifiers['principles'];
  const pModel = options.principlesModel ? await caller(options.principlesModel) : judge;
  if (options.principlesPath && !pModel) {
    throw rlErrors.RL_JUDGE_MISSING({ verifier: 'principles', flag: '--judge MODEL or --principles-model MODEL' });
  }
  if (pModel && (options.principlesPath || options.principlesModel || options.judge)) {
    try {
      principles = { caller: pModel, list: loadCompliancePrinciples(options.principlesPath) };
    } catch (err) {
      // No principles file anywhere: the compliance verifier stays off and says so when asked for.
      if (options.principlesPath || options.principlesModel) throw err;
    }
  }
  return {
    judge,
    principles,
    honesty: await endpoint(options.honesty),
    helpfulness: await endpoint(options.helpfulness),
    cache,
    async close() {
      await Promise.all(callers.map((c) => c.close()));
      cache.close();
    },
  };
}

/** POST a batch to an OpenRLHF-style RM server and squash its raw rewards to (0, 1). */
export async function callRemoteRewardModel(ep: Extract<RewardModelEndpoint, { kind: 'rm' }>, aspect: RewardModelAspect, queries: string[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < queries.length; i += 256) {
    const chunk = queries.slice(i, i + 256);
    ep.calls++;
    const res = await fetch(ep.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: chunk }) });
    if (!res.ok) throw rlErrors.RL_BATCH_INVALID({ endpoint: `${aspect} RM ${ep.url}`, reason: `HTTP ${res.status}` });
    const body = (await res.json()) as { rewards?: unknown };
    if (!Array.isArray(body.rewards) || body.rewards.length !== chunk.length) {
      throw rlErrors.RL_BATCH_INVALID({ endpoint: `${aspect} RM ${ep.url}`, reason: 'response lacks a rewards list of the batch length' });
    }
    for (const r of body.rewards) out.push(squashReward(typeof r === 'number' ? r : Number(r)));
  }
  return out;
}
