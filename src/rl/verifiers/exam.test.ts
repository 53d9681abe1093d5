import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { splitOptionLines } from '../../eval/benchmarks/cpqexam.js';
import { parseChoice } from '../../eval/benchmarks/choice-scoring.js';
import { getBenchmark } from '../../eval/benchmarks/index.js';
import { verifyExam, type ExamReference } from './exam.js';

type Row = { question: string; option: string; answer: string };
const rows = readFileSync(sharedPath('bench', 'cpqexam-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Row);
const single = rows.find((r) => r.answer.length === 1 && r.option.includes('E.'))!;
const multi = rows.find((r) => r.answer === 'ABCDE' && r.option.includes('F.'))!;
const refOf = (r: Row, extra: Partial<ExamReference> = {}): ExamReference => {
  const optionTexts = splitOptionLines(r.option);
  return { answer: r.answer, options: Object.keys(optionTexts).join(''), optionTexts, ...extra };
};
const wrongOf = (a: string) => (a === 'A' ? 'B' : 'A');

describe('exam verifier on real CPQExam items', () => {
  it('credits the key in JSON, fenced JSON, tags and plain Chinese/English text', () => {
    const ref = refOf(single);
    const k = single.answer;
    for (const r of [
      `{"answer": "${k}"}`,
      '```json\n{"answer": "' + k + '"}\n```',
      `<answer>${k}</answer>`,
      `综合分析，答案：${k}`,
      `The answer is (${k}).`,
      `答案是 ${String.fromCharCode(k.charCodeAt(0) + 0xfee0)}`,
    ]) {
      expect(verifyExam(r, ref, {}), r).toMatchObject({ score: 1, acc: true, pred: k });
    }
  });

  it('scores wrong answers zero and names the prediction', () => {
    const s = verifyExam(`{"answer": "${wrongOf(single.answer)}"}`, refOf(single), {});
    expect(s).toMatchObject({ score: 0, acc: false, reason: `wrong:${wrongOf(single.answer)}`, formatOk: true });
  });

  it('multi-answer: exact sorted set only; listing every option never earns credit', () => {
    const ref = refOf(multi);
    expect(verifyExam('{"answer": "E,D,C,B,A"}', ref, {}).score).toBe(1);
    expect(verifyExam('{"answer": ["A","B","C","D","E","F"]}', ref, {})).toMatchObject({ score: 0, reason: 'every-option-listed' });
    expect(verifyExam('{"answer": "ABC"}', ref, {}).score).toBe(0);
    expect(verifyExam('{"answer": "ABC"}', { ...ref, partial: true }, {})).toMatchObject({ score: 0.3, reason: 'partial-subset' });
    expect(verifyExam('{"answer": "ABCF"}', { ...ref, partial: true }, {}).score).toBe(0);
  });

  it('adversarial: answer only inside the reasoning, conflicting JSON answers, 50,000-character output', () => {
    const ref = refOf(single);
    const k = single.answer;
    expect(verifyExam(`<think>答案：${k}</think>我无法确定。`, ref, {}).score).toBe(0);
    expect(verifyExam(`<think>${'分析'.repeat(100)}`, ref, {}).score).toBe(0);
    expect(verifyExam(`{"answer": "${k}"}\n更正：{"answer": "${wrongOf(k)}"}`, ref, {})).toMatchObject({ score: 0, reason: 'conflicting-answers' });
    expect(verifyExam(`<answer>${k}</answer><answer>${wrongOf(k)}</answer>`, ref, {}).reason).toBe('conflicting-answers');
    const long = `${'这是一段很长的推理。'.repeat(5000)}\n{"answer": "${k}"}`;
    expect(long.length).toBeGreaterThan(50_000);
    // Speed belongs in bench/ (bench/reward.bench.ts measures verifier throughput), not in a unit test.
    expect(verifyExam(long, ref, {}).score).toBe(1);
  });

  it('strict mode accepts only the requested format', () => {
    const k = single.answer;
    expect(verifyExam(`答案：${k}`, refOf(single, { strict: 'json' }), {})).toMatchObject({ score: 0, reason: 'no-json-answer' });
    expect(verifyExam(`<answer>${k}</answer>`, refOf(single, { strict: 'json' }), {}).score).toBe(0);
    expect(verifyExam(`{"answer":"${k}"}`, refOf(single, { strict: 'json' }), {}).score).toBe(1);
    expect(verifyExam(`<answer>${k}</answer>`, refOf(single, { strict: 'tag' }), {}).score).toBe(1);
  });

  it('agrees with the evaluation scorer on plain replies across the dev set', () => {
    let disagreements = 0;
    for (const r of rows.slice(0, 300)) {
      const optionTexts = splitOptionLines(r.option);
      for (const reply of [`答案：${r.answer}`, `我选 ${wrongOf(r.answer)}`, `The answer is ${r.answer}`, `{"answer": "${r.answer.split('').join(',')}"}`]) {
        const evalPred = parseChoice(reply, { kind: 'choice', letters: r.answer }, { question: r.question, options: optionTexts }).value ?? '';
        const ours = verifyExam(reply, { ...refOf(r), question: r.question }, {});
        if ((ours.pred ?? '') !== evalPred && ours.reason !== 'every-option-listed') disagreements++;
      }
    }
    expect(disagreements).toBe(0);
  });
});

describe('verifyExam: the rejection floor (session 13)', () => {
  const optionTexts = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
  it('never credits an option the response names only to reject it, when the question asks for nothing set aside', () => {
    const ref = { answer: 'A', optionTexts, question: 'Which is the most appropriate drug for this pregnant woman?' };
    expect(verifyExam('Avoid lisinopril.', ref, {})).toMatchObject({ score: 0, acc: false });
    expect(verifyExam('Lisinopril should be avoided in pregnancy.', ref, {}).score).toBe(0);
  });
  it('credits the rejection when the question asks what to avoid', () => {
    expect(verifyExam('Avoid lisinopril.', { answer: 'A', optionTexts, question: 'Which drug should be avoided?' }, {}).score).toBe(1);
  });
});

describe('verifyExam reads a reply as a letter benchmark given the same item (session 14)', () => {
  const optionTexts = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
  const question = 'Which is the most appropriate drug for this pregnant woman with chronic hypertension?';
  it("same prediction as MedQA's Benchmark.parse with the question and options", () => {
    const medqa = getBenchmark('medqa-us');
    for (const reply of [
      'In pregnancy the safest choice here is labetalol.',
      'Avoid lisinopril.',
      'Answer: B and D',
      'Answers: B; D',
      'The answer is D.',
      '{"answer": "Labetalol"}',
    ]) {
      const evalPred = medqa.parse(reply, { kind: 'choice', letters: 'D' }, { question, options: optionTexts }).value ?? '';
      expect(verifyExam(reply, { answer: 'D', optionTexts, question }, {}).pred ?? '', reply).toBe(evalPred);
    }
  });
});
