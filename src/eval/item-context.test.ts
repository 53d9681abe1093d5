// Letter benchmarks read a reply with the item's question and options (session 14, #16/#18): `eval run` passes the
// item to Benchmark.parse, and `eval score` re-reads the question and options the predictions file recorded (the RL
// exam verifier's agreement with it: src/rl/verifiers/exam.test.ts). Sentences of our own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { getBenchmark } from './benchmarks/index.js';
import type { Predictor } from './predictor.js';
import { runEval } from './run-eval.js';
import { scoreRecords } from './score-file.js';
import type { BenchItem, Gold } from './types.js';

const OPTIONS = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
const QUESTION = 'Which is the most appropriate drug for this pregnant woman with chronic hypertension?';
const gold: Gold = { kind: 'choice', letters: 'D' };
const item = { question: QUESTION, options: OPTIONS };

describe('Benchmark.parse with the item', () => {
  const medqa = getBenchmark('medqa-us');

  it('reads an option named by its text, which the letters alone cannot', () => {
    const reply = 'In pregnancy the safest choice here is labetalol.';
    expect(medqa.parse(reply, gold).value).toBeNull();
    expect(medqa.parse(reply, gold, item).value).toBe('D');
  });

  it('reads only the offered letters: a letter beyond the options is no answer', () => {
    expect(medqa.parse('Answer: E', gold).value).toBe('E');
    expect(medqa.parse('Answer: E', gold, item).value).toBeNull();
  });

  it('keeps the rejection floor the question allows: an option named only to be set aside is not the answer', () => {
    expect(medqa.parse('Avoid lisinopril.', gold, item).value).toBeNull();
    // A question asking what to avoid: the rejection is the answer.
    expect(medqa.parse('Avoid lisinopril.', gold, { question: 'Which drug should be avoided in pregnancy?', options: OPTIONS }).value).toBe('A');
  });

  it('a one-answer benchmark reads a set as several answers, never its first letter', () => {
    expect(medqa.parse('Answer: B and D', gold, item).value).toBeNull();
    expect(medqa.parse('Answers: B; D', gold, item).value).toBeNull();
    // CMExam has one- and several-answer items: it reads whatever set is given.
    expect(getBenchmark('cmexam').parse('答案：B、D', { kind: 'choice', letters: 'BD' }, item).value).toBe('BD');
  });
});

describe('eval run and eval score read a reply alike', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qm-item-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records the question and options, and re-scoring the file gives the run its own verdicts', async () => {
    // Answers every item by naming its gold option's text, never its letter.
    const predictor: Predictor = {
      id: 'by-text',
      cacheable: false,
      async predict(it: BenchItem) {
        const letter = it.gold.kind === 'choice' ? it.gold.letters : 'A';
        return { text: `The best answer here is ${it.options[letter]}.`, usage: { promptTokens: 1, completionTokens: 1 }, finishReason: 'stop' as const };
      },
      close: async () => {},
    };
    const out = join(dir, 'run');
    const report = await runEval({
      bench: 'medqa-us',
      data: sharedPath('bench', 'medqa-us-dev.jsonl'),
      out,
      predictor,
      limit: 20,
      concurrency: 2,
      cachePath: null,
    });
    const records = readFileSync(join(out, 'predictions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records[0].item).toMatchObject({ question: expect.any(String), options: expect.any(Object) });
    const rescored = scoreRecords(getBenchmark('medqa-us'), records, 'predictions.jsonl');
    expect(rescored.summary.overall).toEqual(report.summary.overall);
    expect(rescored.rows.map((r) => r.score.correct)).toEqual(records.map((r) => r.correct));
    // Option texts are read: most items answered by text are right (a text another option's contains may not be).
    expect(report.summary.overall.correct).toBeGreaterThanOrEqual(15);
  });
});
