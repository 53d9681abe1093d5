import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { verifyNumeric, type NumericReference } from './numeric.js';

const rows = readFileSync(sharedPath('rl', 'medcalc-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Record<string, string>);
const refOf = (r: Record<string, string>): NumericReference => ({
  answer: r['Ground Truth Answer'],
  lower: r['Lower Limit'],
  upper: r['Upper Limit'],
  type: r['Output Type'] as 'decimal' | 'integer',
});

describe('numeric verifier on real MedCalc-Bench rows', () => {
  const decimal = rows.find((r) => r['Output Type'] === 'decimal' && Number(r['Upper Limit']) > Number(r['Lower Limit']))!;
  const integer = rows.find((r) => r['Output Type'] === 'integer' && Number(r['Ground Truth Answer']) > 1)!;

  it('passes answers inside [lower, upper] and fails ones outside', () => {
    const ref = refOf(decimal);
    const lo = Number(decimal['Lower Limit']);
    const hi = Number(decimal['Upper Limit']);
    expect(verifyNumeric(`Therefore the answer is ${decimal['Ground Truth Answer']}.`, ref, {}).acc).toBe(true);
    expect(verifyNumeric(`{"answer": ${(lo + hi) / 2}}`, ref, {}).score).toBe(1);
    expect(verifyNumeric(`{"answer": ${hi * 1.2 + 1}}`, ref, {}).score).toBe(0);
  });

  it('integers compare by Python round(), as the official MedCalc-Bench scorer does', () => {
    const ref = refOf(integer);
    const v = Number(integer['Ground Truth Answer']);
    expect(verifyNumeric(`The score is ${v}.`, ref, {}).score).toBe(1);
    expect(verifyNumeric(`The score is ${v + 0.2}.`, ref, {}).score).toBe(1);
    expect(verifyNumeric(`The score is ${v + 0.7}.`, ref, {})).toMatchObject({ score: 0, reason: `rounds-to:${v + 1}` });
  });

  it('gestational age compares as (weeks, days)', () => {
    expect(verifyNumeric('The gestational age is (14 weeks, 2 days).', { answer: '(14, 2)', type: 'weeks-days' }, {}).score).toBe(1);
    expect(verifyNumeric('{"answer": [14, 3]}', { answer: '(14, 2)', type: 'weeks-days' }, {}).score).toBe(0);
  });

  it('converts units within a family and rejects a unit from another family', () => {
    const ref: NumericReference = { answer: '32.5', lower: '30.875', upper: '34.125', type: 'decimal', unit: 'mL/min' };
    expect(verifyNumeric('Answer: 0.0321 L/min', ref, {}).score).toBe(1);
    expect(verifyNumeric('答案：32.5 mg', ref, {}).reason).toBe('unit-mismatch:mg');
    expect(verifyNumeric('体重 70 kg，答案：76.2 kg', { answer: 76.2, lower: 76, upper: 76.4, unit: 'kg' }, {}).score).toBe(1);
    expect(verifyNumeric('答案：76200 g', { answer: 76.2, lower: 76, upper: 76.4, unit: 'kg' }, {}).score).toBe(1);
  });

  it('compares dates as calendar days', () => {
    const ref: NumericReference = { answer: '10/15/2021', type: 'date' };
    expect(verifyNumeric('Estimated due date: 2021-10-15', ref, {}).score).toBe(1);
    expect(verifyNumeric('{"answer": "10/15/2021"}', ref, {}).score).toBe(1);
    expect(verifyNumeric('预产期：2021年10月16日', ref, {}).score).toBe(0);
  });

  it('adversarial: numbers only in the reasoning, conflicting answers, strict format', () => {
    const ref = refOf(decimal);
    const v = decimal['Ground Truth Answer'];
    expect(verifyNumeric(`<think>${v}</think>I am not sure.`, ref, {}).score).toBe(0);
    expect(verifyNumeric(`{"answer": ${v}} or maybe {"answer": ${Number(v) * 3 + 7}}`, ref, {}).reason).toBe('conflicting-answers');
    expect(verifyNumeric(`The answer is ${v}`, { ...ref, strict: 'json' }, {}).score).toBe(0);
  });

  it('reads gestational age in composite forms (36周3天, 36 weeks 3 days, 36+3周, 36w3d)', () => {
    const ref: NumericReference = { answer: '36,3', type: 'weeks-days' };
    for (const r of ['孕龄36周3天', '{"answer": "36周3天"}', 'Gestational age: 36 weeks 3 days', '{"answer": "(36 weeks, 3 days)"}', '约36+3周', '36w3d']) {
      expect(verifyNumeric(r, ref, {}).score, r).toBe(1);
    }
    expect(verifyNumeric('孕龄36周4天', ref, {}).score).toBe(0);
    expect(verifyNumeric('{"answer": "(36 weeks, 0 days)"}', { answer: '36,0', type: 'weeks-days' }, {}).score).toBe(1);
  });

  it('a decimal answer without limits gets the ±5 % band; units convert or refuse', () => {
    expect(verifyNumeric('{"answer": 25.9}', { answer: '25.238', type: 'decimal' }, {}).score).toBe(1);
    expect(verifyNumeric('{"answer": 27}', { answer: '25.238', type: 'decimal' }, {}).score).toBe(0);
    expect(verifyNumeric('CrCl 25.2 L/min', { answer: '25.238', type: 'decimal', unit: 'mL/min' }, {}).score).toBe(0);
    expect(verifyNumeric('QTc = 0.488 s', { answer: '487.62', lower: '463.239', upper: '512.001', type: 'decimal', unit: 'msec' }, {}).score).toBe(1);
  });
});
