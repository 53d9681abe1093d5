// The run loop with in-process predictors: resume after an interruption, retries, errors, overhead, cache keys.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { cacheKey } from './cache.js';
import type { Predictor } from './predictor.js';
import { runEval } from './run-eval.js';
import type { BenchItem } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'qm-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Answers every item correctly from its gold; counts calls; can fail or abort on demand. */
function oracle(opts: { failFirst?: Set<string>; onCall?: (n: number) => void } = {}): Predictor & { calls: string[] } {
  const calls: string[] = [];
  const failed = new Set<string>();
  return {
    id: 'oracle',
    cacheable: false,
    calls,
    async predict(item: BenchItem) {
      calls.push(item.id);
      opts.onCall?.(calls.length);
      if (opts.failFirst?.has(item.id) && !failed.has(item.id)) {
        failed.add(item.id);
        throw new Error('503 from upstream');
      }
      const answer = item.gold.kind === 'choice' ? item.gold.letters : '';
      return { text: JSON.stringify({ answer }), usage: { promptTokens: 10, completionTokens: 3 }, finishReason: 'stop' as const };
    },
    close: async () => {},
  };
}

describe('runEval', () => {
  const data = sharedPath('bench', 'medqa-us-dev.jsonl');

  it('resumes an interrupted run: finished items are not asked again', async () => {
    const out = join(dir, 'resume');
    const controller = new AbortController();
    const first = oracle({ onCall: (n) => n === 12 && controller.abort(new Error('interrupted')) });
    await runEval({ bench: 'medqa-us', data, out, predictor: first, limit: 30, concurrency: 1, cachePath: null, signal: controller.signal });
    expect(existsSync(join(out, 'predictions.partial.jsonl'))).toBe(true);
    const second = oracle();
    const report = await runEval({ bench: 'medqa-us', data, out, predictor: second, limit: 30, concurrency: 3, cachePath: null });
    expect(first.calls.length + second.calls.length).toBe(30);
    expect(report.summary.overall).toEqual({ correct: 30, total: 30, accuracy: 1 });
    expect(report.notes.join(' ')).toMatch(/12 items were resumed/);
    expect(existsSync(join(out, 'predictions.partial.jsonl'))).toBe(false);
    expect(readFileSync(join(out, 'predictions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(30);
  });

  it('retries failed calls, and measures harness overhead and tokens', async () => {
    const predictor = oracle({ failFirst: new Set(['medqa-us-2', 'medqa-us-5']) });
    const report = await runEval({ bench: 'medqa-us', data, out: join(dir, 'retry'), predictor, limit: 8, concurrency: 2, retries: 1, cachePath: null });
    expect(predictor.calls).toHaveLength(10);
    expect(report.summary.overall.correct).toBe(8);
    expect(report.errors).toBe(0);
    expect(report.tokens).toEqual({ prompt: 80, completion: 24 });
    expect(report.overheadMsPerItem).toBeGreaterThan(0);
  });

  it('records an item as an error (invalid) when retries run out', async () => {
    const predictor = oracle({ failFirst: new Set(['medqa-us-1']) });
    const report = await runEval({ bench: 'medqa-us', data, out: join(dir, 'err'), predictor, limit: 3, concurrency: 1, retries: 0, cachePath: null });
    expect(report.errors).toBe(1);
    expect(report.summary.invalid).toBe(1);
    const first = JSON.parse(readFileSync(join(dir, 'err', 'predictions.jsonl'), 'utf8').split('\n')[0]);
    expect(first.error).toMatch(/503/);
  });

  it('keys the cache on model, messages, temperature, max tokens and seed', () => {
    const base = { model: 'm', messages: [{ role: 'user' as const, content: 'q' }], temperature: 0.6, maxTokens: 100 };
    const k = cacheKey(base);
    expect(cacheKey({ ...base })).toBe(k);
    for (const change of [{ model: 'n' }, { temperature: 0 }, { maxTokens: 50 }, { seed: 1 }, { messages: [{ role: 'user' as const, content: 'q2' }] }]) {
      expect(cacheKey({ ...base, ...change })).not.toBe(k);
    }
  });
});

describe('judge-graded runs (CMB-Clin)', () => {
  it('asks the judge with the rubric and the reference, and scores the grade', async () => {
    const file = join(dir, 'cmb-clin.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      JSON.stringify([
        {
          id: '1',
          title: '案例1',
          description: '男，45岁，胸骨后压榨性疼痛2小时。',
          QA_pairs: [
            { question: '最可能的诊断？', solution: '急性心肌梗死' },
            { question: '首选检查？', solution: '心电图' },
          ],
        },
      ]),
    );
    const answers: Record<string, string> = { '最可能的诊断？': '急性心肌梗死', '首选检查？': '胸片' };
    const model: Predictor = {
      id: 'clin-model',
      cacheable: false,
      predict: async (item) => ({ text: answers[item.question], usage: { promptTokens: 5, completionTokens: 5 }, finishReason: 'stop' }),
      close: async () => {},
    };
    const judgePrompts: string[] = [];
    const judge: Predictor = {
      id: 'judge',
      cacheable: false,
      predict: async (_item, messages) => {
        const content = messages[0].content;
        judgePrompts.push(content);
        const right = content.includes('参考答案：\n急性心肌梗死') && content.includes('考生回答：\n急性心肌梗死');
        return { text: JSON.stringify({ grade: right ? 4 : 1, reason: 'x' }), usage: { promptTokens: 1, completionTokens: 1 }, finishReason: 'stop' };
      },
      close: async () => {},
    };
    const report = await runEval({ bench: 'cmb-clin', data: file, out: join(dir, 'clin'), predictor: model, judge, cachePath: null, concurrency: 1 });
    expect(judgePrompts).toHaveLength(2);
    expect(judgePrompts[0]).toMatch(/评分标准：\n4 分/);
    expect(report.summary.overall).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.summary.meanScore).toBeCloseTo(0.5);
    await expect(runEval({ bench: 'cmb-clin', data: file, out: join(dir, 'clin2'), predictor: model, cachePath: null })).rejects.toThrow(/judge/);
  });
});

describe('fail fast', () => {
  it('stops with EVAL_MODEL_UNAVAILABLE when the first items all fail, instead of scoring everything invalid', async () => {
    let calls = 0;
    const dead: Predictor = {
      id: 'openai:http://127.0.0.1:9/v1#gone',
      cacheable: false,
      predict: async () => {
        calls++;
        throw new Error('connect ECONNREFUSED 127.0.0.1:9');
      },
      close: async () => {},
    };
    await expect(
      runEval({
        bench: 'medqa-us',
        data: sharedPath('bench', 'medqa-us-dev.jsonl'),
        out: join(dir, 'dead'),
        predictor: dead,
        limit: 100,
        retries: 0,
        concurrency: 2,
        cachePath: null,
      }),
    ).rejects.toMatchObject({ code: 'EVAL_MODEL_UNAVAILABLE', message: expect.stringContaining('ECONNREFUSED') });
    expect(calls).toBeLessThan(10);
  });
});
