// POST /openrlhf (alias /get_reward): OpenRLHF's --remote_rm_url contract. Request {query, prompts, labels}
// (query = prompt + response, labels = our compact reward specs); response {rewards, scores, extra_logs}:
// `rewards` drive the advantage, `scores` (0/1 correctness) drive dynamic filtering, `extra_logs` go to wandb.
// Since OpenRLHF 0.9.1 each request carries one sample, and with several URLs every URL but the first gets
// empty lists: an empty request is answered with empty lists. Every number is a JSON float (Python reads 1 as
// int and OpenRLHF would build int64 reward tensors).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { rlErrors } from '../../errors.js';
import { createSpecDecoder } from '../../reward/spec.js';
import type { RewardInput, RewardResult } from '../../reward/engine.js';
import { floatList, floatListObject } from '../float-json.js';
import { BodyTooLargeError, createBodyBuffers } from '../body-buffers.js';
import { scanOpenrlhfBody } from '../openrlhf-body.js';
import { splitQuery, stripEndTokens } from '../query-split.js';
import type { RewardServiceDeps } from '../app.js';

type PooledBody = { body: Buffer; release: () => void };

/** Samples decoded and scored together on the fast path: small enough that their strings die young. */
export const SCORE_CHUNK = 256;

const bodySchema = z.object({
  query: z.array(z.string()),
  prompts: z.array(z.string()).optional(),
  labels: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).optional(),
});

export async function openrlhfRoutes(app: FastifyInstance, deps: RewardServiceDeps): Promise<void> {
  // Bodies reach this plugin's routes as raw bytes in a reused buffer (body-buffers.ts); the fast reader decodes
  // only responses (openrlhf-body.ts), anything else is parsed as ordinary JSON.
  const buffers = createBodyBuffers();
  const limit = app.initialConfig.bodyLimit ?? 1024 ** 3;
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', (req, payload, done) => {
    const length = Number(req.headers['content-length']);
    if (Number.isInteger(length) && length >= 0) {
      buffers.read(payload, length, limit).then(
        (b) => done(null, b),
        (err: Error) => done(err, undefined),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    payload.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    payload.once('error', (err: Error) => done(err, undefined));
    payload.once('end', () =>
      size > limit
        ? done(new BodyTooLargeError(`request body exceeds the limit of ${limit} bytes`), undefined)
        : done(null, { body: Buffer.concat(chunks), release: () => undefined }),
    );
  });

  const score = async (inputs: RewardInput[]) => {
    const results = inputs.length ? await deps.scoreBatch(inputs) : [];
    if (results.length) deps.logger?.log('openrlhf', results);
    return openrlhfBody(results);
  };

  /**
   * The fast path: samples decoded and scored a chunk at a time, so each chunk's response strings die young
   * (see OpenrlhfBodyReader); null when the body is not the exact shape the reader takes.
   */
  const scoreRaw = async (buf: Buffer): Promise<string | null> => {
    const reader = scanOpenrlhfBody(buf);
    if (!reader) return null;
    const decode = createSpecDecoder();
    const n = reader.length;
    // Without a reward log only the numbers of the reply are kept: a result object per sample (scores and reasons
    // per verifier) would survive every young-generation collection of the request.
    const kept: RewardResult[] | null = deps.logger ? new Array(n) : null;
    const cols = newColumns(n);
    for (let from = 0; from < n; from += SCORE_CHUNK) {
      const to = Math.min(n, from + SCORE_CHUNK);
      const inputs: RewardInput[] = new Array(to - from);
      for (let k = from; k < to; k++) {
        const s = reader.sample(k);
        inputs[k - from] = { prompt: s.prompt, response: stripEndTokens(s.response), spec: decode(s.label, k) };
      }
      const scored = await deps.scoreBatch(inputs);
      for (let k = from; k < to; k++) {
        putColumns(cols, k, scored[k - from]);
        if (kept) kept[k] = scored[k - from];
      }
    }
    if (kept && n) deps.logger?.log('openrlhf', kept);
    return columnsBody(cols);
  };

  const parseJson = (buf: Buffer): unknown => {
    try {
      return JSON.parse(buf.toString('utf8'));
    } catch (err) {
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: `body is not JSON: ${(err as Error).message}` });
    }
  };

  const handler = async (body: unknown) => {
    const rawLabels = (body as { labels?: unknown } | null)?.labels;
    if (Array.isArray(rawLabels) && rawLabels.some((l) => l === null || l === undefined || l === '')) {
      throw rlErrors.RL_BATCH_INVALID({
        endpoint: 'POST /openrlhf',
        reason: 'labels are empty: launch OpenRLHF with --label_key label on data from `quarkmed rl build --format openrlhf`',
      });
    }
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success)
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: parsed.error.issues[0].message + ` at ${parsed.error.issues[0].path.join('.')}` });
    const { query, prompts, labels } = parsed.data;
    if (!labels || labels.length !== query.length) {
      throw rlErrors.RL_BATCH_INVALID({
        endpoint: 'POST /openrlhf',
        reason: `labels must be a list as long as query (${query.length}); launch OpenRLHF with --label_key label`,
      });
    }
    if (prompts && prompts.length !== query.length)
      throw rlErrors.RL_BATCH_INVALID({ endpoint: 'POST /openrlhf', reason: 'prompts and query differ in length' });
    const decode = createSpecDecoder();
    const inputs: RewardInput[] = new Array(query.length);
    for (let i = 0; i < query.length; i++) {
      const prompt = prompts?.[i] ?? '';
      inputs[i] = { prompt, response: splitQuery(query[i], prompts?.[i]), spec: decode(labels[i], i) };
    }
    return score(inputs);
  };
  // The body is written by hand (floats, see float-json.ts), so the reply is a ready JSON string.
  const send = async (req: FastifyRequest, reply: FastifyReply) => {
    const raw = req.body as PooledBody | undefined;
    if (!raw || !Buffer.isBuffer(raw.body)) return reply.type('application/json').send(await handler(raw));
    let out: string | null;
    let parsed: unknown;
    try {
      out = await scoreRaw(raw.body);
      if (out === null) parsed = parseJson(raw.body);
    } finally {
      raw.release(); // every string we keep has been decoded out of the buffer
    }
    return reply.type('application/json').send(out ?? (await handler(parsed)));
  };
  app.post('/openrlhf', send);
  app.post('/get_reward', send);
}

interface Columns {
  rewards: Float64Array;
  scores: Float64Array;
  formatOk: Float64Array;
  formatOnly: Float64Array;
  chars: Float64Array;
}

function newColumns(n: number): Columns {
  return {
    rewards: new Float64Array(n),
    scores: new Float64Array(n),
    formatOk: new Float64Array(n),
    formatOnly: new Float64Array(n),
    chars: new Float64Array(n),
  };
}

function putColumns(c: Columns, i: number, r: RewardResult): void {
  c.rewards[i] = r.reward;
  c.scores[i] = r.acc ? 1 : 0;
  c.formatOk[i] = r.formatOk ? 1 : 0;
  c.formatOnly[i] = r.formatOk && !r.acc ? 1 : 0;
  c.chars[i] = r.responseChars;
}

function columnsBody(c: Columns): string {
  const logs = floatListObject({ qm_acc: c.scores, qm_format_ok: c.formatOk, qm_format_only: c.formatOnly, qm_response_chars: c.chars });
  return `{"rewards":${floatList(c.rewards)},"scores":${floatList(c.scores)},"extra_logs":${logs}}`;
}

/** The response body: `rewards`, `scores` and `extra_logs`, every number a Python float. */
export function openrlhfBody(results: readonly RewardResult[]): string {
  const c = newColumns(results.length);
  for (let i = 0; i < results.length; i++) putColumns(c, i, results[i]);
  return columnsBody(c);
}
