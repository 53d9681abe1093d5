// `quarkmed sft bon`: for each prompt, N candidates from each configured model (openai: specs; concurrency,
// retries and a resumable SQLite cache as in the eval harness), scored (bon/score.ts), the best kept when it
// reaches the threshold; every candidate and its score is recorded (the losers feed `sft pairs`).
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { forEachPooled } from '../../core/pool.js';
import { cacheKey, openEvalCache } from '../../eval/cache.js';
import { createBackend } from '../../models/create-backend.js';
import type { ChatBackend, ChatMessage } from '../../models/backend.js';
import { createModelVerifiers } from '../../rl/model/model-verifiers.js';
import { createRewardEngine } from '../../rl/reward/engine.js';
import type { RewardSpec } from '../../rl/reward/spec.js';
import { loadVerifyContext } from '../../rl/service/start.js';
import { triage } from '../../safety/triage.js';
import { sftErrors } from '../errors.js';
import { promptMessages, type SftSample } from '../sample.js';
import { combine, ruleParts, type PromptFacts, type ScoreParts } from './score.js';

export interface BonOptions {
  samples: SftSample[];
  models: string[];
  n: number;
  outDir: string;
  threshold?: number;
  temperature?: number;
  maxTokens?: number;
  concurrency?: number;
  cachePath: string;
  /** Judge model spec for the principle verifier (adds a `judge` part). */
  judge?: string;
  termsDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Candidate {
  model: string;
  k: number;
  text: string;
  score: number;
  parts: ScoreParts;
  cached: boolean;
  error?: string;
}

export interface BonRecord {
  id: string;
  task: string;
  lang: string;
  prompt: ChatMessage[];
  best: Candidate | null;
  kept: boolean;
  candidates: Candidate[];
}

export interface BonReport {
  prompts: number;
  candidates: number;
  failed: number;
  fromCache: number;
  kept: number;
  belowThreshold: number;
  /** Wall time, of which loading models/verifiers (setup) … */
  seconds: number;
  setupSeconds: number;
  /** … and the pipeline's own synchronous work (triage, cache, scoring, selection, writing), excluding the model. */
  overheadSeconds: number;
  files: string[];
}

export async function runBestOfN(o: BonOptions): Promise<BonReport> {
  if (!o.models.length) throw sftErrors.SFT_OPTION_INVALID({ option: '--model', reason: 'give at least one model spec (openai:<baseURL>#<model>)' });
  if (!(o.n >= 1)) throw sftErrors.SFT_OPTION_INVALID({ option: '-n', reason: `must be at least 1 (got ${o.n})` });
  const started = Date.now();
  let overheadMs = 0;
  // Everything the pipeline does itself is synchronous, so summed durations are exact (one thread).
  const timed = <T>(f: () => T): T => {
    const t = performance.now();
    try {
      return f();
    } finally {
      overheadMs += performance.now() - t;
    }
  };
  const temperature = o.temperature ?? 0.8;
  const maxTokens = o.maxTokens ?? 1024;
  const concurrency = o.concurrency ?? 8;
  const backends: ChatBackend[] = [];
  for (const spec of o.models) {
    const b = await createBackend(spec, { concurrency, env: o.env });
    if (!b) throw sftErrors.SFT_OPTION_INVALID({ option: '--model', reason: `"${spec}" is not a generating model` });
    backends.push(b);
  }
  const cache = openEvalCache(o.cachePath);
  const models = o.judge ? await createModelVerifiers({ judge: o.judge, concurrency, env: o.env }) : undefined;
  const engine = createRewardEngine({ ctx: o.samples.some((s) => s.reward) ? loadVerifyContext(o.termsDir) : {}, models });
  // One-time initialisation (the triage model, regex tables, the drug-name trie the drug verifier builds on first
  // use) belongs to setup, not to the first candidate's score.
  triage('胸痛');
  const warmed = new Set<string>();
  for (const smp of o.samples) {
    if (!smp.reward || warmed.has(smp.reward.task)) continue;
    warmed.add(smp.reward.task);
    ruleParts(smp, { question: '', lang: smp.lang, triage: 'routine' }, '', engine);
  }
  const records: BonRecord[] = [];
  const report: BonReport = {
    prompts: o.samples.length,
    candidates: 0,
    failed: 0,
    fromCache: 0,
    kept: 0,
    belowThreshold: 0,
    seconds: 0,
    setupSeconds: (Date.now() - started) / 1000,
    overheadSeconds: 0,
    files: [],
  };
  try {
    const jobs = o.samples.map((sample) => ({ sample, prompt: promptMessages(sample) }));
    await forEachPooled(jobs, Math.max(1, Math.ceil(concurrency / Math.max(1, o.n))), async ({ sample, prompt }) => {
      const question = prompt
        .filter((m) => m.role === 'user')
        .map((m) => m.content)
        .join('\n');
      const facts: PromptFacts = { question, lang: sample.lang, triage: timed(() => triage(question).level) };
      const tries = backends.flatMap((b, mi) => Array.from({ length: o.n }, (_, k) => ({ b, spec: o.models[mi], k })));
      const candidates = await Promise.all(
        tries.map(async ({ b, spec, k }): Promise<Candidate> => {
          // The candidate index is the seed: N samples of one prompt are N cache entries, and a rerun resumes.
          const key = cacheKey({ model: spec, messages: prompt, temperature, maxTokens, seed: k });
          let text: string;
          let cached = false;
          const hit = timed(() => cache.get(key));
          if (hit) {
            text = hit.text;
            cached = true;
          } else {
            try {
              const r = await b.complete({ messages: prompt, temperature, maxTokens, seed: k });
              timed(() => cache.put(key, spec, r));
              text = r.text;
            } catch (err) {
              return { model: spec, k, text: '', score: 0, parts: { compliance: 0 }, cached: false, error: err instanceof Error ? err.message : String(err) };
            }
          }
          const parts = timed(() => ruleParts(sample, facts, text, engine));
          if (models) {
            const [j] = await engine.score([{ prompt: question, response: text, spec: { task: 'general', w: { principles: 1 } } as RewardSpec }]);
            parts.judge = j.reward;
          }
          return { model: spec, k, text, score: combine(parts), parts, cached };
        }),
      );
      const best = timed(() => candidates.filter((c) => !c.error && c.text.trim()).reduce<Candidate | null>((a, c) => (!a || c.score > a.score ? c : a), null));
      const kept = !!best && best.score >= (o.threshold ?? 0.5);
      records.push({ id: sample.id, task: sample.task, lang: sample.lang, prompt, best, kept, candidates });
      report.candidates += candidates.length;
      report.failed += candidates.filter((c) => c.error).length;
      report.fromCache += candidates.filter((c) => c.cached).length;
      if (kept) report.kept++;
      else report.belowThreshold++;
    });
  } finally {
    await Promise.all(backends.map((b) => b.close()));
    await models?.close();
    cache.close();
  }
  const writeStart = performance.now();
  const order = new Map(o.samples.map((s, i) => [s.id, i]));
  records.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const byId = new Map(o.samples.map((s) => [s.id, s]));
  const sft = records
    .filter((r) => r.kept && r.best)
    .map((r) => {
      const s = byId.get(r.id)!;
      return {
        ...s,
        id: `${s.id}:bon`,
        provenance: { ...s.provenance, bon: { model: r.best!.model, score: r.best!.score, parts: r.best!.parts } },
        messages: [...r.prompt, { role: 'assistant' as const, content: r.best!.text }],
      };
    });
  const files = [join(o.outDir, 'bon.jsonl'), join(o.outDir, 'sft.jsonl')];
  writeFileAtomic(files[0], records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  writeFileAtomic(files[1], sft.map((r) => JSON.stringify(r)).join('\n') + (sft.length ? '\n' : ''));
  report.files = files;
  overheadMs += performance.now() - writeStart;
  report.overheadSeconds = Math.round(overheadMs) / 1000;
  report.setupSeconds = Math.round(report.setupSeconds * 100) / 100;
  report.seconds = Math.round((Date.now() - started) / 10) / 100;
  writeFileAtomic(join(o.outDir, 'bon-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
